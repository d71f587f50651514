package sdq.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Repairs text that was UTF-8, was read as Windows-1252 or Mac Roman, and was saved again as
 * UTF-8: {@code â€™} back to {@code ’}, {@code ‚Äî} back to {@code —}, {@code üî¥} back to 🔴.
 *
 * <p>A sequence is repaired only when its characters map back to bytes that form one complete,
 * plausible UTF-8 character, so real accented text ({@code São}, {@code pâte}, {@code “École”})
 * stays as it is. Windows-1252 has five bytes with no character, which some tools dropped on the
 * way; a sequence short of exactly one byte is completed with the one that gives a likely
 * character (a common emoji, or the emoji presentation selector).
 */
public final class Mojibake {
    /** Windows-1252, bytes 0x80-0xFF; 0 where the byte has no character. */
    private static final String CP1252 = "\u20ac\u0000\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160"
            + "\u2039\u0152\u0000\u017d\u0000\u0000\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161"
            + "\u203a\u0153\u0000\u017e\u0178\u00a0\u00a1\u00a2\u00a3\u00a4\u00a5\u00a6\u00a7\u00a8\u00a9\u00aa"
            + "\u00ab\u00ac\u00ad\u00ae\u00af\u00b0\u00b1\u00b2\u00b3\u00b4\u00b5\u00b6\u00b7\u00b8\u00b9\u00ba"
            + "\u00bb\u00bc\u00bd\u00be\u00bf\u00c0\u00c1\u00c2\u00c3\u00c4\u00c5\u00c6\u00c7\u00c8\u00c9\u00ca"
            + "\u00cb\u00cc\u00cd\u00ce\u00cf\u00d0\u00d1\u00d2\u00d3\u00d4\u00d5\u00d6\u00d7\u00d8\u00d9\u00da"
            + "\u00db\u00dc\u00dd\u00de\u00df\u00e0\u00e1\u00e2\u00e3\u00e4\u00e5\u00e6\u00e7\u00e8\u00e9\u00ea"
            + "\u00eb\u00ec\u00ed\u00ee\u00ef\u00f0\u00f1\u00f2\u00f3\u00f4\u00f5\u00f6\u00f7\u00f8\u00f9\u00fa"
            + "\u00fb\u00fc\u00fd\u00fe\u00ff";
    /** Mac Roman, bytes 0x80-0xFF. */
    private static final String MAC_ROMAN = "\u00c4\u00c5\u00c7\u00c9\u00d1\u00d6\u00dc\u00e1\u00e0\u00e2"
            + "\u00e4\u00e3\u00e5\u00e7\u00e9\u00e8\u00ea\u00eb\u00ed\u00ec\u00ee\u00ef\u00f1\u00f3\u00f2\u00f4"
            + "\u00f6\u00f5\u00fa\u00f9\u00fb\u00fc\u2020\u00b0\u00a2\u00a3\u00a7\u2022\u00b6\u00df\u00ae\u00a9"
            + "\u2122\u00b4\u00a8\u2260\u00c6\u00d8\u221e\u00b1\u2264\u2265\u00a5\u00b5\u2202\u2211\u220f\u03c0"
            + "\u222b\u00aa\u00ba\u03a9\u00e6\u00f8\u00bf\u00a1\u00ac\u221a\u0192\u2248\u2206\u00ab\u00bb\u2026"
            + "\u00a0\u00c0\u00c3\u00d5\u0152\u0153\u2013\u2014\u201c\u201d\u2018\u2019\u00f7\u25ca\u00ff\u0178"
            + "\u2044\u20ac\u2039\u203a\ufb01\ufb02\u2021\u00b7\u201a\u201e\u2030\u00c2\u00ca\u00c1\u00cb\u00c8"
            + "\u00cd\u00ce\u00cf\u00cc\u00d3\u00d4\uf8ff\u00d2\u00da\u00db\u00d9\u0131\u02c6\u02dc\u00af\u02d8"
            + "\u02d9\u02da\u00b8\u02dd\u02db\u02c7";
    private static final byte[] CP1252_BYTES = reverse(CP1252);
    private static final byte[] MAC_ROMAN_BYTES = reverse(MAC_ROMAN);
    /** The Windows-1252 bytes that have no character, and so were sometimes lost. */
    private static final int[] LOST_BYTES = {0x81, 0x8D, 0x8F, 0x90, 0x9D};
    private static final int WILDCARD = -2;

    /** Characters notes use often; when a lost byte leaves a choice, these win. */
    private static final Set<Integer> COMMON = codePoints(
            "’‘“”—–…•→←↑↓⇒€™"
            + "⚙❓❗✅❌⚠✨⭐⚡✔➡⬆⬇⏱⌛⏳☁☑✏✍❤♻⚖⛔"
            + "🔒🔓🔑📈📉📊📌📍📝📚📖📦📬📱💡💻💾🔥🚀🎯🧠🛠🔧🔨🔍🔎🔗🔴🟡🟢🟠🔵⚫⚪🟣🏗🏢🏠🏆🏁"
            + "😅😀😃😄😁😊😉😎🤔🙂🙃😬😱😢👉👈👆👇👍👎👀👋🙌💪🎉✋🤝🌐🌍🌎🌏🧩🧪🧱🗂🗃🗄🗺🕒🕐⏰📅📆🗓🚦🚨🚧🛡💰💸🪄");

    private Mojibake() {
    }

    /** The character of a Windows-1252 byte; the C1 control of the same value where it has none. */
    static char windows1252(int b) {
        if (b < 0x80) {
            return (char) b;
        }
        char c = CP1252.charAt(b - 0x80);
        return c == 0 ? (char) b : c;
    }

    /** Repaired text and the number of sequences repaired. */
    public record Repair(String text, int repaired) {
    }

    /** A repair found at one place: the character, how many characters it replaces. */
    private record Candidate(int codePoint, int consumed) {
        boolean strong() {
            return consumed > 2 || codePoint > 0x7FF;
        }
    }

    /**
     * The text repaired with whichever of the two code pages explains more of it. One pass only:
     * repaired text can itself look like mojibake ("é’" reads as one CJK character in
     * Windows-1252), so a second pass would damage it. Two-byte repairs ({@code Ã©} for {@code é})
     * are the ones real accented text could look like by chance, so they are made only when the
     * text shows more than one sign of mojibake.
     */
    public static Repair repair(String text) {
        if (isAscii(text)) {
            return new Repair(text, 0);
        }
        Found windows = find(text, CP1252, true);
        Found mac = find(text, MAC_ROMAN, false);
        Found chosen = mac.score() > windows.score() ? mac : windows;
        if (chosen.strong() == 0 && chosen.candidates().size() < 2) {
            return new Repair(text, 0);
        }
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        for (int k = 0; k < chosen.candidates().size(); k++) {
            int at = chosen.positions().get(k);
            Candidate c = chosen.candidates().get(k);
            out.append(text, copied, at).appendCodePoint(c.codePoint());
            copied = at + c.consumed();
        }
        out.append(text, copied, text.length());
        return new Repair(out.toString(), chosen.candidates().size());
    }

    /** The repairs one code page finds, where, and how many are strong (three or four bytes). */
    private record Found(List<Integer> positions, List<Candidate> candidates, int strong) {
        int score() {
            return strong * 3 + candidates.size() - strong;
        }
    }

    private static Found find(String text, String table, boolean windows) {
        List<Integer> positions = new ArrayList<>();
        List<Candidate> candidates = new ArrayList<>();
        int strong = 0;
        for (int i = 0; i < text.length(); ) {
            Candidate c = text.charAt(i) < 0x80 ? null : at(text, i, table, windows);
            if (c == null) {
                i++;
                continue;
            }
            positions.add(i);
            candidates.add(c);
            strong += c.strong() ? 1 : 0;
            i += c.consumed();
        }
        return new Found(positions, candidates, strong);
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }


    /**
     * The character the characters at {@code i} were, read back as bytes of {@code table}. With
     * Windows-1252, a replacement character stands for one of its undefined bytes, and one byte
     * of a sequence may be missing altogether.
     */
    private static Candidate at(String text, int i, String table, boolean windows) {
        int lead = byteOf(text.charAt(i), table, windows);
        int length = sequenceLength(lead);
        if (length == 0) {
            return null;
        }
        int[] bytes = new int[4];
        bytes[0] = lead;
        int have = 1;
        while (have < length && i + have < text.length()) {
            char c = text.charAt(i + have);
            int b = windows && c == '\uFFFD' ? WILDCARD : byteOf(c, table, windows);
            if (b != WILDCARD && (b < 0x80 || b > 0xBF)) {
                break;
            }
            bytes[have++] = b;
        }
        int missing = length - have;
        if (missing > 1 || missing == 1 && !windows) {
            return null;
        }
        int cp = best(bytes, have, length);
        return cp < 0 ? null : new Candidate(cp, have);
    }

    /**
     * The likeliest character for the observed bytes: every way of filling wildcards and one
     * missing byte with an undefined Windows-1252 byte is tried. When there was a choice, only a
     * common character (an emoji notes use, typographic punctuation) is taken; a guess would be
     * worse than the mojibake.
     */
    private static int best(int[] observed, int have, int length) {
        List<int[]> options = new ArrayList<>();
        if (have == length) {
            options.add(observed.clone());
        } else {
            for (int position = 1; position < length; position++) {
                int[] b = new int[4];
                for (int k = 0, j = 0; k < length; k++) {
                    b[k] = k == position ? WILDCARD : observed[j++];
                }
                options.add(b);
            }
        }
        int best = -1;
        int bestScore = 0;
        int plausibleCount = 0;
        boolean guessed = have < length;
        for (int[] option : options) {
            for (int[] filled : fillings(option, length)) {
                guessed |= filled != option;
                int cp = decode(filled, length);
                if (!plausible(cp, length)) {
                    continue;
                }
                plausibleCount++;
                int score = COMMON.contains(cp) || cp == 0xFE0F ? 2 : 1;
                if (score > bestScore) {
                    best = cp;
                    bestScore = score;
                }
            }
        }
        if (!guessed) {
            return best;
        }
        return bestScore == 2 || plausibleCount == 1 ? best : -1;
    }

    /** The byte sequence with each wildcard replaced by each undefined byte, or itself if none. */
    private static List<int[]> fillings(int[] bytes, int length) {
        List<int[]> out = new ArrayList<>();
        out.add(bytes);
        for (int k = 0; k < length; k++) {
            if (bytes[k] != WILDCARD) {
                continue;
            }
            List<int[]> next = new ArrayList<>();
            for (int[] partial : out) {
                for (int lost : LOST_BYTES) {
                    int[] copy = partial.clone();
                    copy[k] = lost;
                    next.add(copy);
                }
            }
            out = next;
        }
        return out;
    }

    private static int byteOf(char c, String table, boolean latin1Fallback) {
        if (c < 0x80) {
            return c;
        }
        if (latin1Fallback && c <= 0x9F) {
            return c;
        }
        byte b = (table == CP1252 ? CP1252_BYTES : MAC_ROMAN_BYTES)[c];
        return b == 0 ? -1 : b & 0xFF;
    }

    /** Character to byte, 0 where the code page has no such character. */
    private static byte[] reverse(String table) {
        byte[] bytes = new byte[65536];
        for (int i = 0; i < table.length(); i++) {
            char c = table.charAt(i);
            if (c != 0) {
                bytes[c] = (byte) (0x80 + i);
            }
        }
        return bytes;
    }

    private static int sequenceLength(int lead) {
        if (lead >= 0xC2 && lead <= 0xDF) {
            return 2;
        }
        if (lead >= 0xE0 && lead <= 0xEF) {
            return 3;
        }
        if (lead >= 0xF0 && lead <= 0xF4) {
            return 4;
        }
        return 0;
    }

    private static int decode(int[] b, int length) {
        for (int k = 1; k < length; k++) {
            if (b[k] < 0x80 || b[k] > 0xBF) {
                return -1;
            }
        }
        int cp;
        switch (length) {
            case 2 -> cp = ((b[0] & 0x1F) << 6) | (b[1] & 0x3F);
            case 3 -> cp = ((b[0] & 0x0F) << 12) | ((b[1] & 0x3F) << 6) | (b[2] & 0x3F);
            default -> cp = ((b[0] & 0x07) << 18) | ((b[1] & 0x3F) << 12) | ((b[2] & 0x3F) << 6) | (b[3] & 0x3F);
        }
        int min = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000;
        return cp < min || cp > 0x10FFFF ? -1 : cp;
    }

    /**
     * Whether a decoded character is one that real text is likely to have held. Two-byte results
     * must be Latin letters or symbols: the other two-byte ranges (Greek, Cyrillic, combining
     * marks) are what accented text such as "“É" would turn into by mistake.
     */
    private static boolean plausible(int cp, int length) {
        if (cp < 0 || !Character.isDefined(cp)) {
            return false;
        }
        if (length == 2) {
            return cp >= 0xA0 && cp <= 0x17F;
        }
        int type = Character.getType(cp);
        return type != Character.PRIVATE_USE && type != Character.SURROGATE && type != Character.CONTROL
                && !(cp >= 0xFDD0 && cp <= 0xFDEF) && (cp & 0xFFFE) != 0xFFFE;
    }

    private static Set<Integer> codePoints(String s) {
        return Set.copyOf(s.codePoints().boxed().toList());
    }
}
