package sdq.ingest.cards;

import java.util.ArrayList;
import java.util.List;
import sdq.ingest.doc.Block;
import sdq.ingest.doc.Document;
import sdq.ingest.doc.Inline;

/**
 * A chat saved as Markdown with a heading for each turn ("## User", then the question, "## ChatGPT",
 * then the answer), as browser extensions export one. The headings name speakers, not sections:
 * they are read as the labels of a transcript ("User:", "ChatGPT:"), so each question is a card
 * and the next turn its answer.
 */
final class ChatHeadings {
    private ChatHeadings() {
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
