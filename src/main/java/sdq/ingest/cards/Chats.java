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
        return !interview(blocks) && answersUser(blocks);
    }

    /** Whether an interviewer speaks in the notes: a mock interview, where "Me:" and "You:" answer. */
    private static boolean interview(List<Block> blocks) {
        for (Block b : blocks) {
            if (b instanceof Block.Quote q && interview(q.children())
                    || b instanceof Block.Paragraph p && p.lines().stream().anyMatch(l -> Labels.isInterviewerTurn(l.text()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an assistant's turn follows a turn of the one who asks within two paragraphs; an
     * assistant by a common word ("AI:", "Model:") only after "User:" or "You:", since after
     * "Me:" it may be an action item.
     */
    private static boolean answersUser(List<Block> blocks) {
        // Paragraphs since the last turn of the one who asks: its label may stand alone, its words below it.
        int since = Integer.MAX_VALUE;
        boolean user = false;
        for (Block b : blocks) {
            if (b instanceof Block.Quote q && answersUser(q.children())) {
                return true;
            }
            if (!(b instanceof Block.Paragraph p)) {
                since = Integer.MAX_VALUE;
                continue;
            }
            since = since == Integer.MAX_VALUE ? since : since + 1;
            for (Block.Line l : p.lines()) {
                if (since <= 2 && (Labels.isNamedAssistantTurn(l.text()) || user && Labels.isAssistantTurn(l.text()))) {
                    return true;
                }
                if (Labels.isAskerTurn(l.text())) {
                    since = 0;
                    user = Labels.isUserTurn(l.text());
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

    /**
     * Whether a heading of the asker ("User", "You") is followed, at its level, by an assistant's
     * ("ChatGPT"); an assistant by a common word ("Model", "Bot") only twice or more, since
     * "## User" then "## Model" may be the parts of a design.
     */
    private static boolean answered(List<Block> blocks) {
        Block.Heading asked = null;
        int answers = 0;
        for (Block b : blocks) {
            if (!(b instanceof Block.Heading h)) {
                continue;
            }
            if (asked != null && h.level() == asked.level() && assistant(h)) {
                if (Labels.isNamedAssistantTurn(name(h) + ":")) {
                    return true;
                }
                answers++;
            }
            asked = asker(h) ? h : asked != null && h.level() > asked.level() ? asked : null;
        }
        return answers >= 2;
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
