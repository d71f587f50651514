package sdq.store;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import sdq.schedule.Grade;

/** The fields of a review log line read from its bytes, as {@link LogReviews} reads the lines sdq writes. */
final class LogBytes {
    private static final Grade[] GRADES = Grade.values();
    private static final byte[][] GRADE_WORDS = new byte[GRADES.length][];

    static {
        for (Grade g : GRADES) {
            GRADE_WORDS[g.ordinal()] = g.word().getBytes(StandardCharsets.US_ASCII);
        }
    }

    private LogBytes() {
    }

    /** Whether the last eight bytes are the lower-case hex CRC-32 of the body before the tab. */
    static boolean checksumMatches(CRC32 crc, byte[] b, int body) {
        crc.reset();
        crc.update(b, 0, body);
        long value = crc.getValue();
        for (int k = 0; k < 8; k++) {
            int digit = (int) (value >>> (28 - 4 * k)) & 0xf;
            if (b[body + 1 + k] != "0123456789abcdef".charAt(digit)) {
                return false;
            }
        }
        return true;
    }

    /** The grade written as its word in lower case; null for anything else (the full parser reads keys and other cases). */
    static Grade grade(byte[] b, int from, int to) {
        for (Grade g : GRADES) {
            byte[] word = GRADE_WORDS[g.ordinal()];
            if (to - from == word.length && java.util.Arrays.equals(b, from, to, word, 0, word.length)) {
                return g;
            }
        }
        return null;
    }

    /** A number of one to four plain digits; -1 for anything else (the full parser reads signs and long numbers). */
    static int smallNumber(byte[] b, int from, int to) {
        if (to - from < 1 || to - from > 4) {
            return -1;
        }
        int n = 0;
        for (int i = from; i < to; i++) {
            if (b[i] < '0' || b[i] > '9') {
                return -1;
            }
            n = n * 10 + (b[i] - '0');
        }
        return n;
    }

    /** FNV-1a, 64 bits, over the bytes {@code b[from, to)}: {@link LogReviews#hash} of the same ASCII text. */
    static long hash(byte[] b, int from, int to) {
        long h = 0xcbf29ce484222325L;
        for (int i = from; i < to; i++) {
            h = (h ^ b[i]) * 0x100000001b3L;
        }
        return h;
    }
}
