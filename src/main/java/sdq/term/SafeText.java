package sdq.term;

/**
 * Makes text from decks and notes safe to print: control characters, escape sequences and bidi
 * overrides are shown as visible placeholders instead of reaching the terminal, where they could
 * move the cursor, retitle the window or reorder what the user reads. Only sdq's own code adds
 * escape sequences, after this has run.
 */
public final class SafeText {
    private static final int TAB_WIDTH = 4;

    private SafeText() {
    }

    /** The text with every line break kept as {@code \n} and everything unprintable made visible. */
    public static String clean(String text) {
        if (printableAscii(text)) {
            // Most text is: nothing to replace (sdq list cleans every cell of 100,000 rows).
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int column = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n') {
                out.append('\n');
                column = 0;
            } else if (cp == '\r') {
                if (i < text.length() && text.charAt(i) == '\n') {
                    continue;
                }
                out.append('\n');
                column = 0;
            } else if (cp == '\t') {
                int spaces = TAB_WIDTH - column % TAB_WIDTH;
                out.append(" ".repeat(spaces));
                column += spaces;
            } else if (cp < 0x20) {
                out.appendCodePoint(0x2400 + cp);
                column++;
            } else if (cp == 0x7F) {
                out.append('\u2421');
                column++;
            } else if (isHidden(cp)) {
                String shown = String.format("<U+%04X>", cp);
                out.append(shown);
                column += shown.length();
            } else {
                out.appendCodePoint(cp);
                column++;
            }
        }
        return out.toString();
    }

    /**
     * A rendered line made safe, its styles kept: what the Markdown parser decoded from a
     * character reference ({@code &#27;}, {@code &#x202e;}) is caught here, after rendering,
     * where every line sdq prints passes.
     */
    static org.jline.utils.AttributedString clean(org.jline.utils.AttributedString line) {
        if (isSafe(line.toString()) && line.toString().indexOf('\t') < 0 && line.toString().indexOf('\n') < 0) {
            return line;
        }
        org.jline.utils.AttributedStringBuilder out = new org.jline.utils.AttributedStringBuilder(line.length() + 8);
        String text = line.toString();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            // A tab left in a laid-out line is one column, as the layout counted it.
            String shown = cp == '\t' ? " " : cp >= 0x20 && cp != 0x7F && !isHidden(cp)
                    ? new String(Character.toChars(cp)) : clean(new String(Character.toChars(cp)));
            out.style(line.styleAt(i)).append(shown);
            i = next;
        }
        return out.toAttributedString();
    }

    /** Whether printing the text as it is could move the cursor, retitle the window or reorder the line. */
    public static boolean isSafe(String text) {
        if (printableAscii(text)) {
            return true;
        }
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x20 && cp != '\n' && cp != '\t' || cp == 0x7F || isHidden(cp)) {
                return false;
            }
        }
        return true;
    }

    /** Whether every character is printable ASCII (a space to a tilde), which no terminal reads as anything but itself. */
    private static boolean printableAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                return false;
            }
        }
        return true;
    }

    /** The text made safe, tabs kept as tabs (an export shown on a terminal keeps its columns). */
    public static String cleanKeepingTabs(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                // A line end stays one; a carriage return alone could print over what the line said.
                boolean lineEnd = i + 1 < text.length() && text.charAt(i + 1) == '\n';
                out.append(lineEnd ? "" : "\u240d");
            } else {
                out.append(shown(c));
            }
        }
        return out.toString();
    }

    /** C1 controls, bidi embeddings, overrides and isolates, and unpaired surrogates. */
    private static boolean isHidden(int cp) {
        return (cp >= 0x80 && cp <= 0x9F)
                || (cp >= 0x202A && cp <= 0x202E)
                || (cp >= 0x2066 && cp <= 0x2069)
                || cp == 0x061C || cp == 0x200E || cp == 0x200F
                || (cp >= 0xD800 && cp <= 0xDFFF);
    }

    /**
     * A writer that passes text on made safe, line breaks, carriage returns and tabs kept: for
     * standard error, where messages carry values from decks and notes (names, keys, lines).
     */
    public static java.io.Writer writer(java.io.Writer out) {
        return new java.io.FilterWriter(out) {
            @Override
            public void write(int c) throws java.io.IOException {
                out.write(shown((char) c));
            }

            @Override
            public void write(char[] text, int offset, int length) throws java.io.IOException {
                StringBuilder b = new StringBuilder(length);
                for (int k = offset; k < offset + length; k++) {
                    b.append(shown(text[k]));
                }
                out.write(b.toString());
            }

            @Override
            public void write(String text, int offset, int length) throws java.io.IOException {
                write(text.toCharArray(), offset, length);
            }
        };
    }

    private static String shown(char c) {
        // Surrogates pass: a pair is one character, and a writer may be handed its halves apart.
        if (Character.isSurrogate(c)) {
            return String.valueOf(c);
        }
        if (c == '\n' || c == '\r' || c == '\t') {
            return String.valueOf(c);
        }
        if (c < 0x20) {
            return String.valueOf((char) (0x2400 + c));
        }
        if (c == 0x7F) {
            return "\u2421";
        }
        return isHidden(c) && !Character.isSurrogate(c) ? String.format("<U+%04X>", (int) c) : String.valueOf(c);
    }
}
