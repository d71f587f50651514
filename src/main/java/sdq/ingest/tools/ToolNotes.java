package sdq.ingest.tools;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import sdq.ingest.doc.Block;
import sdq.ingest.doc.FrontMatter;
import sdq.ingest.doc.Document;
import sdq.ingest.doc.MarkdownNotes;

/**
 * A Markdown file with the cards of other tools in it, into blocks: the cards written on lines
 * ({@link LineCards}) stand where their lines were, Logseq's {@code #card} blocks
 * ({@link LogseqCards}) where their blocks were, and the rest is Markdown like any notes.
 */
public final class ToolNotes {
    private ToolNotes() {
    }

    /** Whether a Markdown text holds cards of another tool (or clozes) to read this way. */
    public static boolean holdsCards(String text, Set<Dialect> dialects) {
        return !dialects.isEmpty() || text.contains("{{c") || text.contains("{{cloze") || text.contains("\nC: ")
                || text.startsWith("C: ");
    }

    public static Document read(String text, Set<Dialect> dialects) {
        String[] lines = text.split("\n", -1);
        FrontMatter front = FrontMatter.of(lines);
        for (int i = 0; i < front.lines(); i++) {
            lines[i] = "";
        }
        LineCards.Result cards = LineCards.of(lines, dialects);
        List<Block> blocks = new ArrayList<>(MarkdownNotes.blocks(String.join("\n", cards.lines()), 0));
        if (dialects.contains(Dialect.LOGSEQ)) {
            blocks = LogseqCards.of(blocks);
        }
        blocks.addAll(cards.cards());
        blocks.sort(Comparator.comparingInt(Block::line));
        String syntax = dialects.isEmpty() ? "Markdown"
                : dialects.stream().map(Dialect::shown).collect(Collectors.joining(" and "));
        return new Document(syntax, front.title(), blocks, true);
    }
}
