package sdq.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import sdq.deck.InvalidInputException;

/**
 * The text of a notes file, whatever its encoding: UTF-8 with or without a byte-order mark,
 * UTF-16 with one, or Windows-1252 when the bytes are not UTF-8. Line breaks become {@code \n}
 * and mojibake is repaired.
 *
 * @param text      the text, with {@code \n} line breaks
 * @param encoding  what the bytes were read as
 * @param repaired  how many mojibake sequences were repaired
 */
public record DecodedText(String text, String encoding, int repaired) {

    /** Decodes the bytes of the file named {@code name}; a binary file is bad input. */
    public static DecodedText of(String name, byte[] bytes) {
        DecodedText raw = decode(name, bytes);
        Mojibake.Repair repair = Mojibake.repair(normalise(raw.text()));
        return new DecodedText(repair.text(), raw.encoding(), repair.repaired());
    }

    /**
     * Decodes a file whose spacing is data (a CSV or TSV file, where a line's trailing tab is an
     * empty field): line breaks become {@code \n} and mojibake is repaired, nothing else.
     */
    public static DecodedText exact(String name, byte[] bytes) {
        DecodedText raw = decode(name, bytes);
        Mojibake.Repair repair = Mojibake.repair(breaks(raw.text()));
        return new DecodedText(repair.text(), raw.encoding(), repair.repaired());
    }

    /**
     * The start of a file as text, to tell what kind of file it is without decoding it all: up to
     * {@code limit} bytes, as UTF-16 when a byte-order mark says so, else as UTF-8 (a byte that is
     * not UTF-8 becomes U+FFFD), without the byte-order mark.
     */
    public static String head(byte[] bytes, int limit) {
        int n = Math.min(bytes.length, limit);
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new String(bytes, 2, Math.max(0, n - 2) & ~1, StandardCharsets.UTF_16BE);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new String(bytes, 2, Math.max(0, n - 2) & ~1, StandardCharsets.UTF_16LE);
        }
        int from = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        return new String(bytes, from, Math.max(0, n - from), StandardCharsets.UTF_8);
    }

    /**
     * A notes file decoded a part at a time, each time it is read: a long file is then never one
     * string (50 MB of notes with one character beyond Latin-1 would be 100 MB of it). A file
     * shorter than {@link Sections#READ_WHOLE} is decoded at once, as {@link #of} does.
     */
    public static TextParts inParts(String name, byte[] bytes) {
        if (bytes.length < Sections.READ_WHOLE) {
            return TextParts.whole(of(name, bytes));
        }
        Source source = source(name, bytes);
        return TextParts.of(name, bytes, source.from(), source.charset(), source.encoding(), false);
    }

    /** As {@link #exact}, a part at a time: a long card file is then never one string. */
    public static TextParts exactParts(String name, byte[] bytes) {
        if (bytes.length < Sections.READ_WHOLE) {
            return TextParts.whole(exact(name, bytes));
        }
        Source source = source(name, bytes);
        return TextParts.of(name, bytes, source.from(), source.charset(), source.encoding(), true);
    }

    /** What the bytes are: where their text starts, its character set ({@code null}: Windows-1252) and its name. */
    private record Source(int from, Charset charset, String encoding) {
    }

    private static Source source(String name, byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Source(3, StandardCharsets.UTF_8, "UTF-8 (with BOM)");
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Source(2, StandardCharsets.UTF_16BE, "UTF-16BE");
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Source(2, StandardCharsets.UTF_16LE, "UTF-16LE");
        }
        rejectBinary(name, bytes);
        return isUtf8(bytes) ? new Source(0, StandardCharsets.UTF_8, "UTF-8") : new Source(0, null, "Windows-1252");
    }

    private static DecodedText decode(String name, byte[] bytes) {
        Source source = source(name, bytes);
        return new DecodedText(text(name, bytes, source.from(), bytes.length, source.charset()), source.encoding(), 0);
    }

    /** The bytes from {@code from} to {@code to} as text in {@code charset} ({@code null}: Windows-1252). */
    private static String text(String name, byte[] bytes, int from, int to, Charset charset) {
        String text = charset == null ? windows1252(bytes, from, to) : new String(bytes, from, to - from, charset);
        if (text.indexOf('\u0000') >= 0) {
            throw new InvalidInputException(name + ": is not a text file (it holds NUL characters);"
                    + " sdq imports text: notes, CSV or TSV, Anki text, YAML cards.");
        }
        return text;
    }

    /** Part of a long file, decoded, with {@code \n} line breaks and mojibake repaired as {@link #of} does. */
    static Mojibake.Repair part(String name, byte[] bytes, int from, int to, Charset charset, boolean exact) {
        String text = text(name, bytes, from, to, charset);
        return Mojibake.repair(exact ? breaks(text) : normalise(text));
    }

    /** {@code \n} line breaks, nothing else changed. */
    private static String breaks(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** Whether the bytes are valid UTF-8; checked through a small buffer, not a copy of the whole text. */
    private static boolean isUtf8(byte[] bytes) {
        java.nio.charset.CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(64 * 1024);
        while (true) {
            java.nio.charset.CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return false;
            }
            if (result.isUnderflow()) {
                return !decoder.flush(out).isError();
            }
            out.clear();
        }
    }

    private static void rejectBinary(String name, byte[] bytes) {
        int controls = 0;
        int sample = Math.min(bytes.length, 8192);
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                int line = 1;
                for (int k = 0; k < i; k++) {
                    line += bytes[k] == '\n' ? 1 : 0;
                }
                throw new InvalidInputException(name + ":" + line + ": is not a text file (a NUL byte at offset "
                        + i + "); sdq imports text: notes, CSV or TSV, Anki text, YAML cards.");
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1B) {
                controls++;
            }
        }
        if (controls >= 8 && controls * 10 > sample) {
            throw new InvalidInputException(name + ": is not a text file (" + controls
                    + " control bytes in the first " + sample + "); sdq imports text: notes, CSV or TSV, Anki text, YAML cards.");
        }
    }

    /** Windows-1252, with the five bytes it leaves undefined read as the C1 controls (as Latin-1). */
    private static String windows1252(byte[] bytes, int from, int to) {
        CharBuffer out = CharBuffer.allocate(to - from);
        for (int i = from; i < to; i++) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80 || b > 0x9F) {
                out.put((char) b);
            } else {
                out.put(Mojibake.windows1252(b));
            }
        }
        out.flip();
        return out.toString();
    }

    /** {@code \n} line breaks, no stray control characters, no trailing spaces. */
    private static String normalise(String text) {
        if (isNormal(text)) {
            return text;
        }
        // A builder, not char arrays: Latin-1 text stays one byte a character (50 MB of notes, not 200).
        StringBuilder out = new StringBuilder(text.length());
        int lineStart = 0;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                if (i + 1 < length && text.charAt(i + 1) == '\n') {
                    continue;
                }
                c = '\n';
            } else if (c == '\f' || c == '\u000B' || c == '\u2028' || c == '\u2029') {
                c = '\n';
            } else if (c == '\uFEFF' || (c < 0x20 && c != '\n' && c != '\t' && c != 0x1B)) {
                continue;
            }
            if (c == '\n') {
                trimEnd(out, lineStart);
                out.append('\n');
                lineStart = out.length();
            } else {
                out.append(c);
            }
        }
        trimEnd(out, lineStart);
        return out.toString();
    }

    private static void trimEnd(StringBuilder out, int lineStart) {
        int n = out.length();
        while (n > lineStart && (out.charAt(n - 1) == ' ' || out.charAt(n - 1) == '\t')) {
            n--;
        }
        out.setLength(n);
    }

    /** Already {@code \n} breaks only, no controls to drop, no spaces before a break. */
    private static boolean isNormal(String text) {
        char previous = '\n';
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 ? c != '\n' && c != '\t' && c != 0x1B : c == '\u2028' || c == '\u2029' || c == '\uFEFF') {
                return false;
            }
            if (c == '\n' && (previous == ' ' || previous == '\t')) {
                return false;
            }
            previous = c;
        }
        return previous != ' ' && previous != '\t';
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
