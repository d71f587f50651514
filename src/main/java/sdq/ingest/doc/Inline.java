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
    private static final Pattern MARKS = Pattern.compile("\\*\\*|__|~~|==|`+|(?<![\\p{L}\\p{N}\\\\])[*_]|[*_](?![\\p{L}\\p{N}])");
    private static final Pattern SPACES = Pattern.compile("\\s+");

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
        t = MARKS.matcher(t).replaceAll("");
        if (t.indexOf('\\') >= 0) {
            t = ESCAPE.matcher(t).replaceAll("$1");
        }
        return SPACES.matcher(t).replaceAll(" ").strip();
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
