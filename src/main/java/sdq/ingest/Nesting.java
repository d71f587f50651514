package sdq.ingest;

/**
 * Notes nested deeper than any notes are (lists hundreds of levels deep, a thousand list or quote
 * markers on a line) are flattened to a depth every front end reads in linear time: indentation
 * beyond 96 columns, and runs of more than 48 markers, are cut. Real notes never come near.
 */
final class Nesting {
    /** Columns of indentation kept. */
    static final int MAX_INDENT = 96;
    /** Markers of one kind kept at the start of a line ({@code ****} in AsciiDoc, {@code >>>>} in Markdown). */
    static final int MAX_MARKERS = 48;

    private Nesting() {
    }

    static String capped(String text) {
        if (!needsCap(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            String line = text.substring(start, end < 0 ? text.length() : end);
            out.append(cap(line));
            if (end < 0) {
                break;
            }
            out.append('\n');
            start = end + 1;
        }
        return out.toString();
    }

    private static boolean needsCap(String text) {
        int indent = 0;
        int markers = 0;
        char marker = 0;
        boolean lineStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                lineStart = true;
                indent = 0;
                markers = 0;
                marker = 0;
            } else if (lineStart && (c == ' ' || c == '\t') && markers == 0) {
                if (++indent > MAX_INDENT) {
                    return true;
                }
            } else if (lineStart && isMarker(c) && (marker == 0 || c == marker || c == ' ')) {
                if (c != ' ') {
                    marker = c;
                    if (++markers > MAX_MARKERS) {
                        return true;
                    }
                }
            } else {
                lineStart = false;
            }
        }
        return false;
    }

    private static boolean isMarker(char c) {
        return c == '*' || c == '>' || c == '-' || c == '.' || c == '#' || c == ':' || c == ' ';
    }

    private static String cap(String line) {
        int indent = 0;
        while (indent < line.length() && (line.charAt(indent) == ' ' || line.charAt(indent) == '\t')) {
            indent++;
        }
        String rest = line.substring(indent);
        String head = indent > MAX_INDENT ? " ".repeat(MAX_INDENT) : line.substring(0, indent);
        int markers = 0;
        int k = 0;
        char marker = rest.isEmpty() ? 0 : rest.charAt(0);
        while (k < rest.length() && (rest.charAt(k) == marker || rest.charAt(k) == ' ') && isMarker(marker)) {
            markers += rest.charAt(k) == marker ? 1 : 0;
            k++;
        }
        if (markers > MAX_MARKERS) {
            rest = String.valueOf(marker).repeat(MAX_MARKERS) + " " + rest.substring(k).stripLeading();
        }
        return head + rest;
    }
}
