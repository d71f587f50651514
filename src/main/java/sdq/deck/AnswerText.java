package sdq.deck;

import java.nio.charset.StandardCharsets;

/**
 * A card's answer as a deck holds it: a string, or its UTF-8 bytes inside a larger buffer (a
 * deck read back from the deck cache), decoded the first time the answer is read. A session
 * shows a few answers of a collection of 100,000: the others are never made strings. Two
 * answers are equal when their text is.
 */
public final class AnswerText {
    private final byte[] bytes;
    private final int offset;
    private final int length;
    /** The text, once decoded (or as given). A race decodes it twice, to the same string: harmless. */
    private String text;

    private AnswerText(String text, byte[] bytes, int offset, int length) {
        this.text = text;
        this.bytes = bytes;
        this.offset = offset;
        this.length = length;
    }

    public static AnswerText of(String text) {
        return new AnswerText(java.util.Objects.requireNonNull(text, "answer"), null, 0, 0);
    }

    /**
     * The answer whose UTF-8 bytes are {@code length} bytes of {@code buffer} from {@code offset}.
     * The buffer is kept, not copied: it must never change.
     */
    public static AnswerText utf8(byte[] buffer, int offset, int length) {
        java.util.Objects.checkFromIndexSize(offset, length, buffer.length);
        return new AnswerText(null, buffer, offset, length);
    }

    /** The text. */
    public String text() {
        String t = text;
        if (t == null) {
            t = new String(bytes, offset, length, StandardCharsets.UTF_8);
            text = t;
        }
        return t;
    }

    /** Whether the text is empty or white space only; for bytes, told without decoding them when they are ASCII. */
    public boolean isBlank() {
        if (text != null) {
            return text.isBlank();
        }
        for (int i = offset; i < offset + length; i++) {
            byte b = bytes[i];
            if (b < 0) {
                // Beyond ASCII (an ideographic space, say): as String.isBlank says.
                return text().isBlank();
            }
            if (!Character.isWhitespace(b)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AnswerText a && text().equals(a.text());
    }

    @Override
    public int hashCode() {
        return text().hashCode();
    }

    @Override
    public String toString() {
        return text();
    }
}
