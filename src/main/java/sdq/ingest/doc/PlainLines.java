package sdq.ingest.doc;

import java.util.regex.Pattern;

/** What a line of plain text is: a list item, a table row, a glossary line, a label, the end of a sentence. */
final class PlainLines {
    static final Pattern LABEL_LEAD = Pattern.compile("^[\\p{L}@]{1,12}\\s*\\d{0,3}\\s*[:：.)]\\s|^\\d{1,3}[.)]\\s");
    static final Pattern DELIMITER_ROW = Pattern.compile("^\\|[\\s:|-]+\\|$");
    static final Pattern SPACES = Pattern.compile("\\s+");
    static final Pattern BULLET = Pattern.compile("^(\\s*)([•◦▪‣●○■□·\\-*+–])\\s+(.*)$");
    static final Pattern NUMBERED = Pattern.compile("^(\\s*)(\\d{1,3})[.)]\\s+(.*)$");
    static final Pattern GLUED_BULLET = Pattern.compile("(?<=[.!?)”\"])\\s+-\\s+(?=[A-Z“\"(])");
    /** "Q1:", "Answer:", "Note:" at a line's start: a new paragraph even under a line that runs on (a title). */
    static final Pattern NEW_LABEL = Pattern.compile("^\\s*\\p{Lu}\\p{L}{0,11}\\s*\\d{0,3}\\s*[:：](?:\\s|$)");
    static final Pattern UNDERLINE = Pattern.compile("^\\s*(=+|-+)\\s*$");

    /** A line that asks ("...?") or names a term (a few words, no sentence punctuation, no "Label:" at its start). */
    static boolean termOrQuestion(String line) {
        if (LABEL_LEAD.matcher(line).find()) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        return last == '?' || last == '？' || SPACES.split(line).length <= 8 && ".,;:!".indexOf(last) < 0;
    }

    static boolean endsSentence(String line) {
        String t = line.stripTrailing();
        return t.isEmpty() || ".!?:;)”\"|".indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    static boolean isListLine(String line) {
        return BULLET.matcher(line).matches() || NUMBERED.matcher(line).matches();
    }

    /** Short "Label:" lines, which head what follows, in bold; not "A1: Splitting data by a key:", a label and its text. */
    static String label(String text) {
        if (text.endsWith(":") && text.length() <= 60 && SPACES.split(text).length <= 8 && !text.contains("**")
                && text.indexOf(':') == text.length() - 1) {
            return "**" + text + "**";
        }
        return text;
    }

    /**
     * Whether a line is one of a glossary typed as lines: a term set off by a dash. A term set
     * off by a hyphen starts as a name does (a capital, a digit): "the database - so reads are
     * cheap" is a wrapped sentence. A term has no verb ("Retries are cheap -- ...") and does not
     * end in a number ("Case 1 -- ...", "Step 2 - ..." enumerate, they define nothing).
     */
    static boolean glossaryLine(String line) {
        if (!GLOSSARY_LINE.matcher(line).matches()) {
            return false;
        }
        String[] parts = line.strip().split("\\s+(?:[—–-]|--)\\s+", 2);
        boolean hyphen = !line.contains(" — ") && !line.contains(" – ") && !line.contains(" -- ");
        String[] words = parts[0].split("\\s+");
        if (words.length > 6 || hyphen && Character.isLowerCase(parts[0].codePointAt(0))
                || words.length > 1 && words[words.length - 1].chars().allMatch(Character::isDigit)) {
            return false;
        }
        for (String w : words) {
            if (VERBS.contains(w.toLowerCase(java.util.Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    static boolean isTableLine(String line) {
        String t = line.strip();
        return t.length() > 2 && t.startsWith("|") && t.endsWith("|");
    }

    static int indent(String line) {
        int n = 0;
        while (n < line.length() && (line.charAt(n) == ' ' || line.charAt(n) == '\t')) {
            n += line.charAt(n) == '\t' ? 4 : 1;
        }
        return n;
    }
    /** A heading between two runs of the same rule character: "--- Feedback ---", "=== Caching ===". */
    static final Pattern BANNER = Pattern.compile("([-=*~#_+])\\1{2,}\\s+(\\S.{0,68}?)\\s+\\1{3,}");

    /** A term of a few words, a dash set off by spaces, and a meaning: a line typed into a glossary. */
    static final java.util.regex.Pattern GLOSSARY_LINE = java.util.regex.Pattern.compile(
            "^\\s*[\\p{L}\\p{N}][^.?!:]{0,59}?\\s+(?:[—–-]|--)\\s+\\S.*");

    /** Words that make the words before a dash a sentence ("Retries are cheap -- ..."), not a term. */
    static final java.util.Set<String> VERBS = java.util.Set.of("is", "are", "was", "were", "be", "been",
            "has", "have", "had", "does", "do", "did", "can", "will", "would", "should", "must", "means");

    private PlainLines() {
    }
}
