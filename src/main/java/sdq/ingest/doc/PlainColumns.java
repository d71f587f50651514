package sdq.ingest.doc;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import sdq.deck.CardFields;

/**
 * Two columns of plain text set out with spaces (or tabs): a term at the left margin, its
 * meaning starting at one column further right, a long meaning wrapped onto lines indented to
 * that column; as a glossary printed from a table, or a "TERM  DEFINITION" sheet. Headed by a
 * row that names the two sides ("Term  Definition", "Question  Answer"), the columns are a
 * question-and-answer table; with no header, they are glossary lines when the left column holds
 * terms (a few words, no sentence) and the right one meanings (words, not figures). Anything
 * else (a table of latency figures, aligned code) stays preformatted text.
 */
final class PlainColumns {
    /** A gap between the columns: two spaces or more, or tabs. */
    private static final Pattern GAP = Pattern.compile("\\t+| {2,}");
    /** A row under a header that only underlines it: "----   ----------". */
    private static final Pattern RULE_ROW = Pattern.compile("[-=_]{2,}(?:[ \\t]+[-=_]{2,})*");
    private static final Pattern TERM = Pattern.compile("[\\p{L}\\p{N}][^.?!;:,]{0,59}");

    private PlainColumns() {
    }

    /** The block two columns of {@code lines} (one line each, numbered by {@code numbers}) make, if they are two. */
    static Optional<Block> of(List<String> lines, List<Integer> numbers) {
        List<String[]> rows = new ArrayList<>();
        List<Integer> rowLines = new ArrayList<>();
        int column = -1;
        boolean tabs = false;
        for (int k = 0; k < lines.size(); k++) {
            String line = lines.get(k).stripTrailing();
            if (k == 1 && RULE_ROW.matcher(line.strip()).matches()) {
                continue;
            }
            if (!line.isEmpty() && Character.isWhitespace(line.charAt(0))) {
                // A meaning wrapped onto the next line, indented to where the meanings start.
                String rest = line.stripLeading();
                boolean under = tabs ? line.startsWith("\t") : line.length() - rest.length() == column;
                if (rows.isEmpty() || !under || rest.isEmpty()) {
                    return Optional.empty();
                }
                String[] last = rows.get(rows.size() - 1);
                last[1] = last[1] + " " + rest;
                continue;
            }
            String left;
            String right;
            if (!rows.isEmpty() && !tabs) {
                // At the meanings' column, after a space: a term too long for its column may leave only one.
                if (line.length() <= column || line.charAt(column - 1) != ' ' || line.charAt(column) == ' ') {
                    return Optional.empty();
                }
                left = line.substring(0, column).strip();
                right = line.substring(column).strip();
            } else {
                java.util.regex.Matcher gap = GAP.matcher(line);
                if (!gap.find() || gap.end() == line.length() || !rows.isEmpty() && !gap.group().startsWith("\t")) {
                    return Optional.empty();
                }
                tabs = gap.group().startsWith("\t");
                column = gap.end();
                left = line.substring(0, gap.start()).strip();
                right = line.substring(gap.end()).strip();
            }
            if (left.isEmpty() || GAP.matcher(right).find()) {
                return Optional.empty(); // a third column
            }
            rows.add(new String[] {left, right});
            rowLines.add(numbers.get(k));
        }
        if (rows.size() < 3) {
            return Optional.empty();
        }
        int line = numbers.get(0);
        int endLine = numbers.get(numbers.size() - 1);
        List<String> header = List.of(rows.get(0)[0], rows.get(0)[1]);
        boolean underlined = lines.size() > 1 && RULE_ROW.matcher(lines.get(1).strip()).matches();
        if (CardFields.find(header, CardFields.Field.QUESTION).isPresent()
                && CardFields.find(header, CardFields.Field.ANSWER).isPresent()) {
            List<List<String>> body = new ArrayList<>();
            for (String[] r : rows.subList(1, rows.size())) {
                body.add(List.of(Markdown.escape(r[0]), Markdown.escape(r[1])));
            }
            List<String> escaped = header.stream().map(Markdown::escape).toList();
            return Optional.of(new Block.Table(escaped, body, Markdown.table(escaped, body), line, endLine));
        }
        if (underlined) {
            return Optional.empty(); // headed, but not by a question and an answer
        }
        int words = 0;
        for (String[] r : rows) {
            if (!TERM.matcher(r[0]).matches() || r[0].split("\\s+").length > 6 || !r[1].matches(".*\\p{L}{2,}.*")) {
                return Optional.empty();
            }
            words += r[1].split("\\s+").length;
        }
        if (words < rows.size() * 3) {
            return Optional.empty(); // figures ("0.5 ns"), not meanings
        }
        List<Block.Line> glossary = new ArrayList<>();
        for (int k = 0; k < rows.size(); k++) {
            glossary.add(new Block.Line(rowLines.get(k), Markdown.escape(rows.get(k)[0]) + " — "
                    + Markdown.escape(rows.get(k)[1], false)));
        }
        return Optional.of(new Block.Paragraph(glossary));
    }
}
