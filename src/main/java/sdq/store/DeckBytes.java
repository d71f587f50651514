package sdq.store;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The bytes of a deck file, checked before YAML reads them (UTF-8, no tab starting a line, as
 * they are hashed for the deck cache) and then read as text a buffer at a time, never held or
 * decoded whole: a 50 MB deck would be 100 MB of text, and more while it is made.
 */
final class DeckBytes {
    /** Opens the bytes from their start, each time. */
    @FunctionalInterface
    interface Opener {
        InputStream open() throws IOException;
    }

    private static final int BUFFER = 64 * 1024;

    private final String location;
    private final Opener opener;
    private final int start;
    private final byte[] digest;

    /**
     * Hashes the deck file at {@code location} read through {@code opener} (an empty or UTF-16
     * file is a {@link MalformedFileException} at once); the rest of the check is made as
     * {@link #reader} reads: a deck the cache holds for these bytes passed it when it was parsed.
     */
    DeckBytes(String location, Opener opener) throws IOException {
        this.location = location;
        this.opener = opener;
        java.util.zip.CRC32C c = new java.util.zip.CRC32C();
        java.util.zip.CRC32 d = new java.util.zip.CRC32();
        byte[] buffer = new byte[BUFFER];
        int from = -1;
        try (InputStream stream = opener.open()) {
            while (true) {
                int n = stream.readNBytes(buffer, 0, BUFFER);
                c.update(buffer, 0, n);
                d.update(buffer, 0, n);
                if (from < 0) {
                    from = start(buffer, n);
                }
                if (n < BUFFER) {
                    break;
                }
            }
        }
        this.start = from;
        this.digest = java.nio.ByteBuffer.allocate(8).putInt((int) c.getValue()).putInt((int) d.getValue()).array();
    }

    /** The bytes of a file, read from it each time. */
    static DeckBytes of(String location, Path file) throws IOException {
        return new DeckBytes(location, () -> Files.newInputStream(file));
    }

    /** Bytes held already (a deck bundled in the jar, a test's). */
    static DeckBytes of(String location, byte[] bytes) {
        try {
            return new DeckBytes(location, () -> new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The {@link DeckCache#digest(byte[])} of the bytes checked. */
    byte[] digest() {
        return digest;
    }

    /** Where the text starts (after a byte-order mark), or why the file is no deck. */
    private int start(byte[] bytes, int n) {
        if (n == 0) {
            throw new MalformedFileException(location, 0, 0,
                    "the file is empty; a deck needs at least `cards:` (or delete the file)");
        }
        if (n >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            throw new MalformedFileException(location, 1, 1, "the file is UTF-16; save it as UTF-8");
        }
        return n >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
    }

    /**
     * The text, after any byte-order mark, a buffer at a time, checked as it is read (UTF-8
     * throughout, no tab starting a line: a problem is a {@link MalformedFileException} naming
     * its line); {@link #unchanged} then tells whether what it read is what was hashed.
     */
    Reader reader() throws IOException {
        read = new Digesting(opener.open());
        InputStream in = new Checking(read);
        in.skipNBytes(start);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        return new InputStreamReader(in, decoder);
    }

    private Digesting read;

    /** Whether the text the last {@link #reader} read to its end is the bytes checked (the file did not change meanwhile). */
    boolean unchanged() {
        return read != null && java.util.Arrays.equals(read.digest(), digest);
    }

    /** A stream that hashes what passes through it as {@link DeckCache#digest(byte[])} does. */
    private static final class Digesting extends java.io.FilterInputStream {
        private final java.util.zip.CRC32C c = new java.util.zip.CRC32C();
        private final java.util.zip.CRC32 d = new java.util.zip.CRC32();

        Digesting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                c.update(b);
                d.update(b);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                c.update(b, off, n);
                d.update(b, off, n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = 0;
            while (skipped < n && read() >= 0) {
                skipped++;
            }
            return skipped;
        }

        byte[] digest() {
            return java.nio.ByteBuffer.allocate(8).putInt((int) c.getValue()).putInt((int) d.getValue()).array();
        }
    }

    /**
     * A stream that checks the text passing through it before the reader decodes it: a tab
     * that starts a line, or bytes that are not UTF-8, are a {@link MalformedFileException}
     * with the line and column, where the reader's own decoder could say neither.
     */
    private final class Checking extends java.io.FilterInputStream {
        private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        private final CharBuffer chars = CharBuffer.allocate(BUFFER + 16);
        /** What is left of the bytes before (a character cut between reads), then these. */
        private ByteBuffer pending = ByteBuffer.allocate(BUFFER + 8);
        /** Where in the file the first byte of {@link #pending} is. */
        private long base = start;
        private int line = 1;
        private boolean lineStart = true;
        private boolean ended;

        Checking(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            check(b, off, Math.max(n, 0), n < 0);
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            // The byte-order mark: not text, not checked.
            return in.skip(n);
        }

        private void check(byte[] b, int off, int n, boolean last) throws IOException {
            if (ended) {
                return;
            }
            for (int i = off; i < off + n; i++) {
                if (lineStart && b[i] == '\t') {
                    throw new MalformedFileException(location, line, 1, "a tab is used for indentation; YAML needs spaces");
                }
                lineStart = b[i] == '\n';
                if (lineStart) {
                    line++;
                }
            }
            int at = 0;
            while (at < n || last) {
                int take = Math.min(n - at, pending.remaining());
                pending.put(b, off + at, take);
                at += take;
                pending.flip();
                boolean end = last && at == n;
                CoderResult result = decoder.decode(pending, chars, end);
                if (result.isError()) {
                    throw invalid(base + pending.position());
                }
                base += pending.position();
                pending.compact();
                chars.clear();
                if (end) {
                    ended = true;
                    return;
                }
            }
        }
    }

    /** The place of the byte at {@code bad} that is not UTF-8, read again from the start. */
    private MalformedFileException invalid(long bad) throws IOException {
        byte[] head;
        try (InputStream in = opener.open()) {
            head = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, bad + 1));
        }
        int first = start(head, head.length);
        int line = 1;
        int lineStart = first;
        for (int i = first; i < bad; i++) {
            if (head[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = new String(head, lineStart, (int) bad - lineStart, StandardCharsets.UTF_8).length() + 1;
        return new MalformedFileException(location, line, column, String.format(
                "invalid UTF-8 (byte 0x%02X); save the file as UTF-8", head[(int) bad] & 0xFF));
    }
}
