package sdq.ingest.cards;

import java.util.ArrayList;
import java.util.List;
import sdq.ingest.doc.Block;
import sdq.ingest.doc.Document;
import sdq.ingest.doc.Inline;

/**
 * Notes that are a chat with an assistant: turns labelled "User:" / "Assistant:" (there "User:"
 * and "You:" ask), or a chat saved as Markdown with a heading for each turn ("## User", the
 * question, "## ChatGPT", the answer), as browser extensions export one. Those headings name
 * speakers, not sections: they are read as the labels of a transcript ("User:", "ChatGPT:"), so
 * each question is a card and the next turn its answer.
 */
final class Chats {
    private Chats() {
    }

    /**
     * Whether the document is a chat with an assistant: an assistant's turn ("Assistant:",
     * "ChatGPT said:") answers a turn of the one who asks ("User:", "You:"), on the next line or
     * in the next paragraph; at the top or quoted. An assistant named in a list of tools is no chat.
     */
    static boolean isChat(List<Block> blocks) {
        // Paragraphs since the last turn of the one who asks: its label may stand alone, its words below it.
        int since = Integer.MAX_VALUE;
        for (Block b : blocks) {
            if (b instanceof Block.Quote q && isChat(q.children())) {
                return true;
            }
            if (!(b instanceof Block.Paragraph p)) {
                since = Integer.MAX_VALUE;
                continue;
            }
            since = since == Integer.MAX_VALUE ? since : since + 1;
            for (Block.Line l : p.lines()) {
                if (since <= 2 && Labels.isAssistantTurn(l.text())) {
                    return true;
                }
                if (Labels.isAskerTurn(l.text())) {
                    since = 0;
                }
            }
        }
        return false;
    }

    /** The document with its speaker headings as turn labels, when an assistant's heading follows one of the asker's. */
    static Document asTurns(Document document) {
        List<Block> blocks = document.blocks();
        if (!answered(blocks)) {
            return document;
        }
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            if (b instanceof Block.Heading h && (asker(h) || assistant(h))) {
                out.add(Block.Paragraph.of(h.line(), name(h) + ":"));
            } else {
                out.add(b);
            }
        }
        return new Document(document.syntax(), document.title(), out, document.source());
    }

    /** Whether a heading of the asker ("User", "You") is followed, at its level, by an assistant's ("ChatGPT"). */
    private static boolean answered(List<Block> blocks) {
        Block.Heading asked = null;
        for (Block b : blocks) {
            if (!(b instanceof Block.Heading h)) {
                continue;
            }
            if (asked != null && h.level() == asked.level() && assistant(h)) {
                return true;
            }
            asked = asker(h) ? h : asked != null && h.level() > asked.level() ? asked : null;
        }
        return false;
    }

    private static String name(Block.Heading h) {
        return Inline.plain(h.text()).replaceAll("[:：]\\s*$", "").strip();
    }

    private static boolean asker(Block.Heading h) {
        String name = name(h);
        return name.length() <= 20 && Labels.isAskerTurn(name + ":");
    }

    private static boolean assistant(Block.Heading h) {
        String name = name(h);
        return name.length() <= 30 && Labels.isAssistantTurn(name + ":");
    }
}
