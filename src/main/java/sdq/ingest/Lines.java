package sdq.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Small judgements about lines of notes that several extractors share. */
final class Lines {
    private static final Pattern QUESTION_START = Pattern.compile("(?i)^(how|what|why|when|which|who|whom|whose|where"
            + "|is|are|was|were|do|does|did|can|could|should|would|will|shall|may|might|must|have|has"
            + "|explain|describe|design|compare|contrast|define|discuss|walk|give|list|name|outline|implement"
            + "|tell|suppose|imagine|estimate|calculate|propose|build|create|choose|justify|diagnose|debug"
            + "|difference|differentiate|distinguish|summari[sz]e|evaluate|identify|illustrate|elaborate)\\b");
    private static final Pattern NUMBER_PREFIX = Pattern.compile("^(?:(?:question|q)\\s*)?\\d{1,3}\\s*[.):-]\\s+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADING_WORD = Pattern.compile("[\\p{L}\\p{N}&/'’()+.,-]+");
    private Lines() {
    }

    static boolean isBlank(String line) {
        return line.isBlank();
    }

    static int indent(String line) {
        int n = 0;
        while (n < line.length() && (line.charAt(n) == ' ' || line.charAt(n) == '\t')) {
            n += line.charAt(n) == '\t' ? 4 : 1;
        }
        return n;
    }

    /** Text that asks something: ends with '?', or starts like a question or a task. */
    static boolean looksLikeQuestion(String text) {
        String t = withoutNumber(stripEmphasis(text.strip()));
        return t.endsWith("?") || t.endsWith("?\"") || t.endsWith("?”") || QUESTION_START.matcher(t).find();
    }

    /** The text without a leading "12.", "3)", "Question 4:" or "Q5:". */
    static String withoutNumber(String text) {
        return NUMBER_PREFIX.matcher(text.strip()).replaceFirst("");
    }

    static boolean hasNumber(String text) {
        return NUMBER_PREFIX.matcher(text.strip()).find();
    }

    /** The text without surrounding Markdown emphasis markers. */
    static String stripEmphasis(String text) {
        String t = text.strip();
        while (t.length() > 1 && (t.startsWith("**") && t.endsWith("**") || t.startsWith("__") && t.endsWith("__"))) {
            t = t.substring(2, t.length() - 2).strip();
        }
        return t;
    }

    /** Navigation, footer and other page furniture that is never part of a card. */
    static boolean isNoise(String line) {
        return sdq.ingest.doc.Furniture.isNoise(line);
    }

    /**
     * Whether line {@code i} is a heading in plain text: short, unindented, after a blank line,
     * in title case, with no colon and no sentence punctuation at its end.
     */
    static boolean isPlainHeading(List<String> lines, int i) {
        String line = lines.get(i);
        if (line.isBlank() || indent(line) > 0 || (i > 0 && !lines.get(i - 1).isBlank())) {
            return false;
        }
        String t = line.strip();
        if (t.length() > 70 || t.contains(":") || t.matches(".*[.,;!?]$") || t.matches("^[-*+•|#>\\d].*")) {
            return false;
        }
        String[] words = t.split("\\s+");
        if (words.length > 9) {
            return false;
        }
        int long_ = 0;
        int capital = 0;
        for (String word : words) {
            if (!HEADING_WORD.matcher(word).matches()) {
                return false;
            }
            String letters = word.replaceAll("[^\\p{L}]", "");
            if (letters.length() >= 4) {
                long_++;
                capital += Character.isUpperCase(letters.charAt(0)) ? 1 : 0;
            }
        }
        return long_ > 0 && capital * 10 >= long_ * 6;
    }

    /** The lines without leading and trailing blank lines. */
    static List<String> trimBlank(List<String> lines) {
        int from = 0;
        int to = lines.size();
        while (from < to && lines.get(from).isBlank()) {
            from++;
        }
        while (to > from && lines.get(to - 1).isBlank()) {
            to--;
        }
        return lines.subList(from, to);
    }

    /**
     * Lines as one block of text: common indentation removed, trailing spaces dropped, runs of
     * blank lines kept to one, no blank lines at either end.
     */
    static String block(List<String> lines) {
        List<String> trimmed = trimBlank(lines);
        int common = Integer.MAX_VALUE;
        for (String line : trimmed) {
            if (!line.isBlank()) {
                common = Math.min(common, indent(line));
            }
        }
        List<String> out = new ArrayList<>();
        boolean blank = false;
        for (String line : trimmed) {
            if (line.isBlank()) {
                if (!blank) {
                    out.add("");
                }
                blank = true;
                continue;
            }
            blank = false;
            String expanded = line.replace("\t", "    ");
            out.add(expanded.substring(Math.min(common, indent(expanded))).stripTrailing());
        }
        return String.join("\n", out);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
