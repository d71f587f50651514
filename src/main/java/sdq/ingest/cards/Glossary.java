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

    /** One line: the term, what it means, and its line. */
    record Entry(String term, String meaning, int line) {
    }

    private Glossary() {
    }

    /** The entries, when the paragraph is two or more glossary lines and nothing else. */
    static Optional<List<Entry>> of(Block.Paragraph p) {
        if (p.lines().size() < 2) {
            return Optional.empty();
        }
        List<Entry> out = new ArrayList<>();
        for (Block.Line line : p.lines()) {
            Matcher m = LINE.matcher(line.text().strip());
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
