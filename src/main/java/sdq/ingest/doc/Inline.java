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
        return t.indexOf('*') >= 0 || t.indexOf('_') >= 0 || t.indexOf('~') >= 0 || t.indexOf('=') >= 0
                || t.indexOf('`') >= 0;
    }

    /** The text with each run of white space one space, none at the ends. */
    private static String spaced(String t) {
        int n = t.length();
        int k = 0;
        // Most text is spaced already (single spaces between words): then it is returned as it is.
        while (k < n) {
            char c = t.charAt(k);
            if (isWhite(c) && (c != ' ' || k == 0 || k + 1 == n || isWhite(t.charAt(k + 1)))) {
                break;
            }
            k++;
        }
        if (k == n) {
            return t;
        }
        char[] out = new char[n];
        t.getChars(0, k, out, 0);
        int length = k;
        boolean pending = false;
        for (; k < n; k++) {
            char c = t.charAt(k);
            if (isWhite(c)) {
                pending = length > 0;
                continue;
            }
            if (pending) {
                out[length++] = ' ';
                pending = false;
            }
            out[length++] = c;
        }
        return new String(out, 0, length);
    }

    /** {@link Character#isWhitespace}, without its table lookup for the common characters. */
    private static boolean isWhite(char c) {
        return c <= ' ' ? c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001C' : c >= '\u0085' && Character.isWhitespace(c);
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
