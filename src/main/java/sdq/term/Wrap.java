package sdq.term;

import java.util.ArrayList;
import java.util.List;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.WCWidth;

/** Word wrapping of styled text by terminal columns (wide characters count two). */
public final class Wrap {
    private Wrap() {
    }

    static int width(CharSequence text) {
        int columns = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            columns += Math.max(0, WCWidth.wcwidth(cp));
        }
        return columns;
    }

    /**
     * A line of plain text in lines of at most {@code width} columns, broken at spaces; the lines
     * after the first indented two more than it is.
     */
    public static List<String> plain(String line, int width) {
        int indent = 0;
        while (indent < line.length() && line.charAt(indent) == ' ') {
            indent++;
        }
        List<String> out = new ArrayList<>();
        List<AttributedString> wrapped = lines(new AttributedString(line.substring(indent)), Math.max(10, width - indent - 2));
        for (int i = 0; i < wrapped.size(); i++) {
            out.add(" ".repeat(indent + (i == 0 ? 0 : 2)) + wrapped.get(i));
        }
        return out;
    }

    /** Lines of at most {@code width} columns, broken at spaces where possible; '\n' always breaks. */
    static List<AttributedString> lines(AttributedString text, int width) {
        int w = Math.max(1, width);
        List<AttributedString> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                wrapOne(text.subSequence(start, i), w, out);
                start = i + 1;
            }
        }
        return out;
    }

    private static void wrapOne(AttributedString text, int width, List<AttributedString> out) {
        int lineStart = 0;
        int column = 0;
        int lastSpace = -1;
        int i = 0;
        while (i < text.length()) {
            int cp = Character.codePointAt(text, i);
            int cw = Math.max(0, WCWidth.wcwidth(cp));
            if (cp == ' ') {
                lastSpace = i;
            }
            if (column + cw > width && i > lineStart) {
                int end;
                int next;
                if (cp == ' ') {
                    end = i;
                    next = i + 1;
                } else if (lastSpace > lineStart) {
                    end = lastSpace;
                    next = lastSpace + 1;
                } else {
                    end = i;
                    next = i;
                }
                out.add(trimEnd(text.subSequence(lineStart, end)));
                lineStart = next;
                while (lineStart < text.length() && text.charAt(lineStart) == ' ') {
                    lineStart++;
                }
                i = lineStart;
                column = 0;
                lastSpace = -1;
                continue;
            }
            column += cw;
            i += Character.charCount(cp);
        }
        out.add(trimEnd(text.subSequence(lineStart, text.length())));
    }

    private static AttributedString trimEnd(AttributedString s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == ' ') {
            end--;
        }
        return s.subSequence(0, end);
    }

    /** The text cut to {@code width} columns, ending in '…' when it was longer. */
    static AttributedString truncate(AttributedString text, int width) {
        if (width(text) <= width) {
            return text;
        }
        AttributedStringBuilder out = new AttributedStringBuilder();
        int column = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            int cw = Math.max(0, WCWidth.wcwidth(cp));
            if (column + cw > width - 1) {
                break;
            }
            out.style(text.styleAt(i));
            out.append(new String(Character.toChars(cp)));
            column += cw;
            i += Character.charCount(cp);
        }
        AttributedString cut = trimEnd(out.toAttributedString());
        return new AttributedStringBuilder().append(cut).append("…").toAttributedString();
    }

    /** The text padded with spaces to {@code width} columns. */
    static AttributedString pad(AttributedString text, int width) {
        int missing = width - width(text);
        if (missing <= 0) {
            return text;
        }
        return new AttributedStringBuilder().append(text).append(" ".repeat(missing)).toAttributedString();
    }
}
