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
    private final boolean exact;
    /** The mojibake repairs of the last time the text was read to its end. */
    private int repaired;

    private TextParts(DecodedText whole, String name, byte[] bytes, int from, Charset charset, String encoding,
                      boolean exact) {
        this.whole = whole;
        this.name = name;
        this.bytes = bytes;
        this.from = from;
        this.charset = charset;
        this.encoding = encoding;
        this.exact = exact;
        this.repaired = whole == null ? 0 : whole.repaired();
    }

    /** A text decoded at once, as one part. */
    public static TextParts whole(DecodedText text) {
        return new TextParts(text, null, null, 0, null, text.encoding(), false);
    }

    /**
     * The bytes from {@code from} on, in {@code charset} ({@code null}: Windows-1252); {@code
     * exact} keeps each line's spacing (a card file's data), as {@link DecodedText#exact} does.
     */
    static TextParts of(String name, byte[] bytes, int from, Charset charset, String encoding, boolean exact) {
        return new TextParts(null, name, bytes, from, charset, encoding, exact);
    }

    /** How many mojibake sequences were repaired, once the text has been read to its end. */
    public int repaired() {
        return repaired;
    }

    /** The start of the text: up to {@code chars} characters of its first part. */
    public String head(int chars) {
        Iterator<Part> parts = iterator();
        String first = parts.hasNext() ? parts.next().text() : "";
        return first.length() > chars ? first.substring(0, chars) : first;
    }

    /** The whole text as one string: for readers that need it whole (and files they can hold). */
    public String joined() {
        if (whole != null) {
            return whole.text();
        }
        StringBuilder out = new StringBuilder();
        forEach(part -> out.append(part.text()));
        return out.toString();
    }

    /** The text from its start, a part at a time: each call reads it afresh. */
    public java.io.Reader reader() {
        Iterator<Part> parts = iterator();
        return new java.io.Reader() {
            private String current = "";
            private int at;

            @Override
            public int read(char[] buffer, int offset, int length) {
                if (length == 0) {
                    return 0;
                }
                while (at >= current.length()) {
                    if (!parts.hasNext()) {
                        return -1;
                    }
                    current = parts.next().text();
                    at = 0;
                }
                int n = Math.min(length, current.length() - at);
                current.getChars(at, at + n, buffer, offset);
                at += n;
                return n;
            }

            @Override
            public void close() {
                current = "";
            }
        };
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
            private int count;

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
                Mojibake.Repair repair = DecodedText.part(name, bytes, at, end, charset, exact);
                at = end;
                count += repair.repaired();
                if (at >= bytes.length) {
                    repaired = count;
                }
                return new Part(repair.text(), repair.repaired());
            }
        };
    }

    /**
     * Where the part that starts at {@code start} ends: after the first line break once it is big
     * enough; when none comes soon (8 MB on in notes, 64 kB in a card file, whose reader needs no
     * whole lines: a JSON file can be one line) at a character boundary, never between the two
     * characters of a CRLF.
     */
    private int end(int start) {
        int unit = charset == StandardCharsets.UTF_16BE || charset == StandardCharsets.UTF_16LE ? 2 : 1;
        int low = charset == StandardCharsets.UTF_16LE ? 0 : unit - 1;
        long look = (long) start + PART + (exact ? 64 * 1024 : 8 * PART);
        // PART is even: the first unit looked at starts where a UTF-16 code unit does.
        for (int i = start + PART; i + unit <= bytes.length && i < look; i += unit) {
            if (isBreak(i, unit, low, '\n')
                    || isBreak(i, unit, low, '\r') && !(i + 2 * unit <= bytes.length && isBreak(i + unit, unit, low, '\n'))) {
                return i + unit;
            }
        }
        if (look >= bytes.length) {
            return bytes.length;
        }
        int cut = start + PART;
        while (cut < bytes.length && startsInside(cut, unit, low)) {
            cut += unit;
        }
        return cut;
    }

    /**
     * Whether a part cannot end before {@code i}: inside a character, between a CR and its LF, or
     * (in notes, whose lines lose their trailing spaces) after a space.
     */
    private boolean startsInside(int i, int unit, int low) {
        if (isBreak(i - unit, unit, low, '\r') && isBreak(i, unit, low, '\n')) {
            return true;
        }
        if (!exact && (isBreak(i - unit, unit, low, ' ') || isBreak(i - unit, unit, low, '\t'))) {
            return true;
        }
        if (unit == 2) {
            int previous = (bytes[i - 2 + 1 - low] & 0xFF) << 8 | bytes[i - 2 + low] & 0xFF;
            return previous >= 0xD800 && previous <= 0xDBFF;
        }
        return charset == StandardCharsets.UTF_8 && (bytes[i] & 0xC0) == 0x80;
    }

    /** Whether the code unit at {@code i} is {@code c}: its low byte at {@code low}, any other byte zero. */
    private boolean isBreak(int i, int unit, int low, char c) {
        if (bytes[i + low] != c) {
            return false;
        }
        return unit == 1 || bytes[i + 1 - low] == 0;
    }
}
