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

    /** A heading that says terms follow: "Glossary", "Key terms", "Definitions", "Vocabulary", "Cheat sheet". */
    private static final Pattern GLOSSARY_HEADING = Pattern.compile("(?iu).*\\b(?:glossary|terms?|terminology|definitions?"
            + "|vocabulary|jargon|acronyms|abbreviations|keywords|key\\s+words|cheat\\s*-?sheet)\\b.*");

    /**
     * Whether a list of bold terms under this heading is a glossary: elsewhere ("## Split brain",
     * then "- **Problem:** ...", "- **Fix:** ...") bold leads set out the parts of one explanation.
     */
    static boolean isGlossarySection(String heading) {
        return GLOSSARY_HEADING.matcher(Inline.plain(heading)).matches();
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
            Matcher m = (glossary ? LOOSE_LINE : LINE).matcher(line.text().strip());
            if (!m.matches()) {
                return Optional.empty();
            }
            String term = m.group(1).replaceFirst("^\\*\\*(.+)\\*\\*$", "$1").strip();
            String plain = Inline.plain(term);
            if (plain.split("\\s+").length > 6 || plain.endsWith("?") || plain.endsWith(".") || plain.endsWith(",")) {
                return Optional.empty();
            }
            out.add(new Entry(term, m.group(2).strip(), line.number()));
        }
        return Optional.of(out);
    }
}
