package sdq.ingest.cards;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import sdq.ingest.doc.Block;
import sdq.ingest.doc.Inline;

/**
 * A paragraph of glossary lines, each a term, a dash and what it means ("Quorum — the fewest
 * replicas that must agree"): as notes apps export a list of terms, or as people type one. Each
 * line is a card, the term its question. A dash between words of a sentence is no glossary: the
 * term is at most six words and every line of the paragraph must be one.
 */
final class Glossary {
    /** A term, an em or en dash (or {@code --}) set off by spaces, and its meaning. */
    private static final Pattern LINE = Pattern.compile("^(\\S.{0,59}?)\\s+(?:[—–]|--)\\s+(\\S.*)$");
    /** Under a heading that names a glossary, also a hyphen ("CAP - ...") or a colon ("CAP: ..."). */
    private static final Pattern LOOSE_LINE = Pattern.compile("^(\\S.{0,59}?)(?:\\s+(?:[—–-]|--)\\s+|\\s*[:：]\\s+)(\\S.*)$");

    /** A list item led by a bold term and a colon or dash: "**Quorum:** the fewest ...", "**Quorum** — the fewest ...". */
    private static final Pattern BOLD_TERM = Pattern.compile(
            "^(\\*\\*|__)(?:([^*_]{1,60}?)\\s*[:：]\\1|([^*_]{1,60}?)\\1\\s*(?:[:：]|--|[—–-]))\\s*(\\S.*)$");

    /**
     * A heading that says terms follow, as a whole: "Glossary", "Key terms", "Networking
     * vocabulary", "Glossary of caching terms", "Cheat sheet". Not a heading with the word in
     * it ("Short-term storage", "Terms of service", "Long-term plans").
     */
    private static final Pattern GLOSSARY_HEADING = Pattern.compile("(?iu)^(?:(?:[\\p{L}\\p{N}&/'’-]+\\s+){0,5}"
            + "(?:glossary|terms?|terminology|definitions?|vocabulary|jargon|acronyms|abbreviations|keywords|key\\s+words"
            + "|cheat\\s*-?\\s*sheet)|(?:glossary|definitions|terminology|vocabulary|acronyms|abbreviations"
            + "|cheat\\s*-?\\s*sheet)(?:\\s+(?:of|for|in)\\s+.{1,60}|\\s*[:—–-]\\s*.{1,60}))\\s*[:.]?$");
    /** Words that label a line of notes rather than name a term: "Note: ...", "Source: ...". */
    private static final java.util.Set<String> NOT_TERMS = java.util.Set.of("note", "notes", "nb", "tip", "tips",
            "source", "sources", "todo", "warning", "example", "e.g", "see", "update", "edit", "credit", "credits", "ps",
            "caveat", "remember", "summary", "tldr", "tl;dr");
    /** The most words a term set off by a hyphen or colon has: a longer one is the start of a sentence. */
    private static final int LOOSE_TERM_WORDS = 4;

    /**
     * Whether a list of bold terms under this heading is a glossary: elsewhere ("## Split brain",
     * then "- **Problem:** ...", "- **Fix:** ...") bold leads set out the parts of one explanation.
     */
    static boolean isGlossarySection(String heading) {
        // "Key terms (typed on my phone)": an aside in brackets is not part of the name.
        String plain = Inline.plain(heading).replaceAll("\\([^)]*\\)|\\[[^\\]]*\\]", " ").replaceAll("\\s+", " ").strip();
        return !plain.isEmpty() && GLOSSARY_HEADING.matcher(plain).matches();
    }

    /** One line: the term, what it means, and its line. */
    record Entry(String term, String meaning, int line) {
    }

    /** A list entry: the term, the blocks of its meaning, and its line. */
    record ListEntry(String term, List<Block> meaning, int line) {
    }

    private Glossary() {
    }

    /**
     * The entries, when every item of the list (two or more) starts with a bold term and a colon
     * or dash ("- **Quorum:** the fewest replicas that must agree"); what is under an item goes on
     * its meaning.
     */
    static Optional<List<ListEntry>> of(Block.ListBlock list) {
        if (list.items().size() < 2) {
            return Optional.empty();
        }
        List<ListEntry> out = new ArrayList<>();
        for (Block.Item item : list.items()) {
            if (item.children().isEmpty() || !(item.children().get(0) instanceof Block.Paragraph p)) {
                return Optional.empty();
            }
            Matcher m = BOLD_TERM.matcher(p.lines().get(0).text().strip());
            if (!m.matches()) {
                return Optional.empty();
            }
            String term = (m.group(2) != null ? m.group(2) : m.group(3)).strip();
            String plain = Inline.plain(term);
            if (plain.isEmpty() || plain.split("\\s+").length > 6 || plain.endsWith("?") || plain.endsWith(".")) {
                return Optional.empty();
            }
            List<Block.Line> lines = new ArrayList<>(p.lines());
            lines.set(0, new Block.Line(lines.get(0).number(), m.group(4).strip()));
            List<Block> meaning = new ArrayList<>();
            meaning.add(new Block.Paragraph(lines));
            meaning.addAll(item.children().subList(1, item.children().size()));
            out.add(new ListEntry(term, meaning, item.line()));
        }
        return Optional.of(out);
    }

    /** The entries, when the paragraph is two or more glossary lines and nothing else. */
    static Optional<List<Entry>> of(Block.Paragraph p) {
        return of(p, false);
    }

    /** As {@link #of(Block.Paragraph)}; {@code glossary}: under a heading that names one, a hyphen or colon may set the term off. */
    static Optional<List<Entry>> of(Block.Paragraph p, boolean glossary) {
        if (p.lines().size() < 2) {
            return Optional.empty();
        }
        List<Entry> out = new ArrayList<>();
        for (Block.Line line : p.lines()) {
            String text = line.text().strip();
            Matcher m = LINE.matcher(text);
            boolean loose = false;
            if (!m.matches() && glossary) {
                m = LOOSE_LINE.matcher(text);
                loose = true;
            }
            if (!m.matches()) {
                return Optional.empty();
            }
            String term = m.group(1).replaceFirst("^\\*\\*(.+)\\*\\*$", "$1").strip();
            String plain = Inline.plain(term);
            int words = plain.split("\\s+").length;
            if (words > 6 || plain.endsWith("?") || plain.endsWith(".") || plain.endsWith(",")
                    || loose && (words > LOOSE_TERM_WORDS || NOT_TERMS.contains(plain.toLowerCase(java.util.Locale.ROOT)))) {
                return Optional.empty();
            }
            out.add(new Entry(term, m.group(2).strip(), line.number()));
        }
        return Optional.of(out);
    }
}
