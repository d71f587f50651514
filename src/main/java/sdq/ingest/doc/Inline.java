package sdq.ingest.doc;

import java.util.regex.Pattern;

/**
 * The words of Markdown inline text without its markup, for judging what a line says (does it
 * ask, is it a label); never for what a card shows, which keeps the Markdown.
 */
public final class Inline {
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\](?:\\([^)]*\\)|\\[[^\\]]*\\])");
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][^<>]{0,300}>");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([!-/:-@\\[-`{-~])");

    private Inline() {
    }

    /** The text of Markdown inline text: no emphasis, code marks, links' addresses or tags. */
    public static String plain(String markdown) {
        String t = markdown;
        if (t.indexOf('[') >= 0) {
            t = IMAGE.matcher(t).replaceAll("$1");
            t = LINK.matcher(t).replaceAll("$1");
        }
        if (t.indexOf('<') >= 0) {
            t = TAG.matcher(t).replaceAll("");
        }
        if (hasMarks(t)) {
            t = withoutMarks(t);
        }
        if (t.indexOf('\\') >= 0) {
            t = ESCAPE.matcher(t).replaceAll("$1");
        }
        return spaced(t);
    }

    /**
     * The text without emphasis and code marks: {@code **}, {@code __}, {@code ~~}, {@code ==},
     * backticks, and a single {@code *} or {@code _} at the edge of a word (not inside one, as in
     * {@code snake_case}).
     */
    private static String withoutMarks(String t) {
        StringBuilder out = new StringBuilder(t.length());
        int n = t.length();
        for (int k = 0; k < n; k++) {
            char c = t.charAt(k);
            char next = k + 1 < n ? t.charAt(k + 1) : 0;
            if ((c == '*' || c == '_' || c == '~' || c == '=') && next == c && (k == 0 || t.charAt(k - 1) != '\\')) {
                k++;
                continue;
            }
            if (c == '`') {
                continue;
            }
            char previous = k > 0 ? t.charAt(k - 1) : 0;
            if (previous == '\\') {
                // An escaped mark is text: the escape goes below, the mark stays.
                out.append(c);
                continue;
            }
            if (c == '*' || c == '_') {
                boolean inWord = Character.isLetterOrDigit(previous) && Character.isLetterOrDigit(next);
                if (!inWord) {
                    continue;
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean hasMarks(String t) {
        for (int k = 0; k < t.length(); k++) {
            char c = t.charAt(k);
            if (c == '*' || c == '_' || c == '~' || c == '=' || c == '`') {
                return true;
            }
        }
        return false;
    }

    /** The text with each run of white space one space, none at the ends. */
    private static String spaced(String t) {
        StringBuilder out = new StringBuilder(t.length());
        boolean pending = false;
        for (int k = 0; k < t.length(); k++) {
            char c = t.charAt(k);
            if (Character.isWhitespace(c)) {
                pending = out.length() > 0;
                continue;
            }
            if (pending) {
                out.append(' ');
                pending = false;
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Whether the whole text is one run of strong emphasis ({@code **...**} or {@code __...__}). */
    public static boolean isAllStrong(String markdown) {
        String t = markdown.strip();
        if (t.length() < 5) {
            return false;
        }
        String mark = t.startsWith("**") ? "**" : t.startsWith("__") ? "__" : null;
        return mark != null && t.endsWith(mark) && t.indexOf(mark, 2) == t.length() - 2;
    }

    /** The text inside one run of strong emphasis, or the text itself. */
    public static String unwrapStrong(String markdown) {
        String t = markdown.strip();
        while (isAllStrong(t)) {
            t = t.substring(2, t.length() - 2).strip();
        }
        return t;
    }
}
