package sdq.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The text of a notes file in parts of about a megabyte, each ending at a line break, decoded
 * from the bytes each time it is read: the reader goes through a long file a part at a time and
 * never holds it as one string. A short file is one part, decoded once.
 */
public final class TextParts implements Iterable<TextParts.Part> {
    /** The size a part grows to before it ends at the next line break. */
    static final int PART = 1024 * 1024;

    /** One part: its text, with {@code \n} line breaks, and how many mojibake sequences were repaired in it. */
    public record Part(String text, int repaired) {
    }

    private final DecodedText whole;
    private final String name;
    private final byte[] bytes;
    private final int from;
    private final Charset charset;
    private final String encoding;

    private TextParts(DecodedText whole, String name, byte[] bytes, int from, Charset charset, String encoding) {
        this.whole = whole;
        this.name = name;
        this.bytes = bytes;
        this.from = from;
        this.charset = charset;
        this.encoding = encoding;
    }

    static TextParts whole(DecodedText text) {
        return new TextParts(text, null, null, 0, null, text.encoding());
    }

    /** The bytes from {@code from} on, in {@code charset} ({@code null}: Windows-1252). */
    static TextParts of(String name, byte[] bytes, int from, Charset charset, String encoding) {
        return new TextParts(null, name, bytes, from, charset, encoding);
    }

    /** What the bytes were read as. */
    public String encoding() {
        return encoding;
    }

    /** The text when it was decoded at once (a short file); {@code null} for a long one. */
    DecodedText whole() {
        return whole;
    }

    @Override
    public Iterator<Part> iterator() {
        if (whole != null) {
            return java.util.List.of(new Part(whole.text(), whole.repaired())).iterator();
        }
        return new Iterator<>() {
            private int at = from;

            @Override
            public boolean hasNext() {
                return at < bytes.length;
            }

            @Override
            public Part next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                int end = end(at);
                Mojibake.Repair repair = DecodedText.part(name, bytes, at, end, charset);
                at = end;
                return new Part(repair.text(), repair.repaired());
            }
        };
    }

    /** Where the part that starts at {@code start} ends: after the first line break once it is big enough. */
    private int end(int start) {
        int unit = charset == StandardCharsets.UTF_16BE || charset == StandardCharsets.UTF_16LE ? 2 : 1;
        int low = charset == StandardCharsets.UTF_16LE ? 0 : unit - 1;
        // PART is even: the first unit looked at starts where a UTF-16 code unit does.
        for (int i = start + PART; i + unit <= bytes.length; i += unit) {
            if (isBreak(i, unit, low, '\n')
                    || isBreak(i, unit, low, '\r') && !(i + 2 * unit <= bytes.length && isBreak(i + unit, unit, low, '\n'))) {
                return i + unit;
            }
        }
        return bytes.length;
    }

    /** Whether the code unit at {@code i} is {@code c}: its low byte at {@code low}, any other byte zero. */
    private boolean isBreak(int i, int unit, int low, char c) {
        if (bytes[i + low] != c) {
            return false;
        }
        return unit == 1 || bytes[i + 1 - low] == 0;
    }
}
