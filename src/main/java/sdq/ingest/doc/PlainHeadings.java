package sdq.ingest.doc;

import java.util.List;
import java.util.regex.Pattern;

/** The headings of plain-text notes: lines that title what follows them, told by their shape. */
final class PlainHeadings {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}]");
    private static final Pattern HEADING_WORD = Pattern.compile("[\\p{L}\\p{N}&/'’()+.,-]+");

    private PlainHeadings() {
    }

    /**
     * Whether line {@code i} is a heading: short, unindented, after a blank line (or first), in
     * title case (or in sentence case and set apart by two blank lines), with no colon and no
     * sentence punctuation at its end.
     */
    static boolean isHeading(List<String> lines, int i) {
        String line = lines.get(i);
        if (line.isBlank() || PlainLines.indent(line) > 0 || (i > 0 && !lines.get(i - 1).isBlank())) {
            return false;
        }
        String t = line.strip();
        if (t.length() > 70 || t.contains(":") || ".,;!?".indexOf(t.charAt(t.length() - 1)) >= 0
                || "-*+•|#>".indexOf(t.charAt(0)) >= 0 || Character.isDigit(t.charAt(0))) {
            return false;
        }
        String[] words = SPACES.split(t);
        if (words.length > 9) {
            return false;
        }
        int longWords = 0;
        int capital = 0;
        for (String word : words) {
            if (!HEADING_WORD.matcher(word).matches()) {
                return false;
            }
            String letters = NOT_LETTER.matcher(word).replaceAll("");
            if (letters.length() >= 4) {
                longWords++;
                capital += Character.isUpperCase(letters.charAt(0)) ? 1 : 0;
            }
        }
        if (longWords > 0 && capital * 10 >= longWords * 6) {
            return true;
        }
        // "Load balancing", in sentence case, set apart by two blank lines as word processors write titles.
        return words.length <= 6 && Character.isUpperCase(t.codePointAt(0)) && setApart(lines, i);
    }

    /** Two blank lines before line {@code i}, or after it. */
    private static boolean setApart(List<String> lines, int i) {
        boolean before = i >= 2 && lines.get(i - 1).isBlank() && lines.get(i - 2).isBlank();
        boolean after = i + 2 < lines.size() && lines.get(i + 1).isBlank() && lines.get(i + 2).isBlank();
        return before || after;
    }
}
