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

    /** C1 controls, bidi embeddings, overrides and isolates, and unpaired surrogates. */
    private static boolean isHidden(int cp) {
        return (cp >= 0x80 && cp <= 0x9F)
                || (cp >= 0x202A && cp <= 0x202E)
                || (cp >= 0x2066 && cp <= 0x2069)
                || cp == 0x061C || cp == 0x200E || cp == 0x200F
                || (cp >= 0xD800 && cp <= 0xDFFF);
    }
}
