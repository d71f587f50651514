package sdq.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** The start of a text read through a reader, and a look at its lines, without holding it whole. */
final class Heads {
    private Heads() {
    }

    /** Up to {@code limit} characters from the start of the text. */
    static String of(Supplier<Reader> text, int limit) {
        char[] buffer = new char[limit];
        int n = 0;
        try (Reader in = text.get()) {
            for (int got; n < limit && (got = in.read(buffer, n, limit - n)) > 0; ) {
                n += got;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new String(buffer, 0, n);
    }

    /** Whether any line of the text is one {@code test} accepts. */
    static boolean anyLine(Supplier<Reader> text, Predicate<String> test) {
        try (BufferedReader in = new BufferedReader(text.get(), 1 << 16)) {
            for (String line; (line = in.readLine()) != null; ) {
                if (test.test(line)) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The reader, {@code count} characters on. */
    static Reader skip(Reader in, int count) {
        try {
            for (long left = count; left > 0; ) {
                long skipped = in.skip(left);
                if (skipped <= 0) {
                    break;
                }
                left -= skipped;
            }
            return in;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
