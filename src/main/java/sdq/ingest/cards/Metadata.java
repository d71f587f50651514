package sdq.ingest.cards;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import sdq.ingest.doc.Block;
import sdq.ingest.doc.Inline;

/**
 * What notes say about a question rather than in answer to it: where it was asked, its
 * difficulty, its tags ("*Asked at: Amazon*", "Companies: Meta", "Tags: #google",
 * "(Asked at: Cloudera)" after the question). It belongs neither to the question nor at the
 * start of the answer; a card keeps it at the end of its answer.
 */
final class Metadata {
    private static final String KEYS = "asked\\s+(?:at|in|by)|companies|company|tags?|difficulty|level|frequency|seen\\s+(?:at|in)"
            + "|categor(?:y|ies)|priority|source|frequently\\s+asked\\s+(?:at|by)";
    private static final Pattern LINE = Pattern.compile("^(?:" + KEYS + ")\\s*:\\s*\\S.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern AFTER_QUESTION = Pattern.compile("\\s*\\((?:" + KEYS + ")\\s*:[^()]*\\)\\s*$",
            Pattern.CASE_INSENSITIVE);

    private Metadata() {
    }

    /** Whether a line of Markdown says something about the question: "*Asked at: Amazon (2023)*". */
    static boolean isLine(String markdown) {
        if (markdown.indexOf(':') < 0) {
            // A key and a colon: without a colon there is no metadata, whatever the markup.
            return false;
        }
        String plain = Inline.plain(markdown).strip();
        if (plain.startsWith("(") && plain.endsWith(")")) {
            plain = plain.substring(1, plain.length() - 1).strip();
        }
        return plain.length() <= 160 && LINE.matcher(plain).matches();
    }

    /** The question without "(Asked at: Cloudera)" after it, and that part; empty when it has none. */
    static Optional<String[]> afterQuestion(String question) {
        if (question.indexOf(')') < 0 || question.indexOf(':') < 0) {
            // "(Key: value)" at the end: there is none without a closing bracket and a colon.
            return Optional.empty();
        }
        Matcher m = AFTER_QUESTION.matcher(question);
        if (!m.find() || m.start() == 0) {
            return Optional.empty();
        }
        String said = question.substring(m.start()).strip();
        return Optional.of(new String[] {question.substring(0, m.start()).strip(), said.substring(1, said.length() - 1)});
    }

    /**
     * The blocks with what they say about the question taken out of their start (leading lines
     * of metadata, whole paragraphs of it), added to {@code said}.
     */
    static List<Block> leading(List<Block> blocks, List<Block> said) {
        List<Block> out = new ArrayList<>(blocks);
        while (!out.isEmpty() && out.get(0) instanceof Block.Paragraph p && isLine(p.lines().get(0).text())) {
            int n = 0;
            while (n < p.lines().size() && isLine(p.lines().get(n).text())) {
                n++;
            }
            said.add(new Block.Paragraph(p.lines().subList(0, n)));
            if (n == p.lines().size()) {
                out.remove(0);
            } else {
                out.set(0, new Block.Paragraph(p.lines().subList(n, p.lines().size())));
            }
        }
        return out;
    }

    /** The blocks without the paragraphs that are all metadata, those added to {@code said}. */
    static List<Block> paragraphs(List<Block> blocks, List<Block> said) {
        List<Block> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Block.Paragraph p && p.lines().stream().allMatch(l -> isLine(l.text()))) {
                said.add(p);
            } else {
                out.add(b);
            }
        }
        return out;
    }
}
