package sdq.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Counts, in one pass over a text's words, how often each topic's keywords occur. A keyword is
 * a word, a word prefix ({@code cach*}) or a phrase of words (written with spaces, hyphens or
 * slashes: {@code write-through}, {@code pub/sub}, {@code load balanc*}); text is split into
 * words the same way, so "cache-aside" and "cache aside" are one phrase. A keyword after
 * {@code !} is a word or phrase where the topic's other keywords do not count ({@code mock*}
 * with {@code !mock interview*}: a mock object is testing, a mock interview is not). A keyword
 * after {@code =} matches only in the case it is written in ({@code =PUT}: "PUT rather than
 * POST" is about HTTP, "put the cache in front" is not).
 */
final class KeywordIndex {
    /** A keyword; {@code written}: after {@code =}, the words as written, which match only in that case ("=PUT"). */
    private record Keyword(int topic, String[] words, boolean prefix, boolean not, String[] written) {
    }

    private final int topics;
    /** The keywords by their first word, and the one-word prefixes: [0] those that count, [1] those after {@code !}. */
    @SuppressWarnings("unchecked")
    private final WordTable<Keyword>[] byFirstWord = new WordTable[] {new WordTable<Keyword>(), new WordTable<Keyword>()};
    /**
     * The lengths of the first words of {@link #byFirstWord}'s keywords, by the word's last
     * character (a-z, 0-9, other): a word of another length and ending is looked up no further,
     * and most words of a text are such words.
     */
    private final long[][] firstWordShapes = {new long[37], new long[37]};
    private final PrefixNode[] prefixes = {new PrefixNode(), new PrefixNode()};
    /** Whether any keyword is one after {@code !}. */
    private boolean negatives;

    /** A trie of the one-word prefix keywords, by character (a-z and 0-9 in an array, others in a map). */
    private static final class PrefixNode {
        final PrefixNode[] next = new PrefixNode[36];
        Map<Character, PrefixNode> other;
        List<Keyword> keywords;

        PrefixNode child(char c) {
            int slot = slot(c);
            return slot >= 0 ? next[slot] : other == null ? null : other.get(c);
        }

        PrefixNode childOrNew(char c) {
            int slot = slot(c);
            if (slot >= 0) {
                if (next[slot] == null) {
                    next[slot] = new PrefixNode();
                }
                return next[slot];
            }
            if (other == null) {
                other = new HashMap<>();
            }
            return other.computeIfAbsent(c, x -> new PrefixNode());
        }

        private static int slot(char c) {
            if (c >= 'a' && c <= 'z') {
                return c - 'a';
            }
            return c >= '0' && c <= '9' ? 26 + c - '0' : -1;
        }
    }

    KeywordIndex(List<List<String>> keywordsByTopic) {
        this.topics = keywordsByTopic.size();
        for (int t = 0; t < keywordsByTopic.size(); t++) {
            for (String raw : keywordsByTopic.get(t)) {
                String w = raw.strip().toLowerCase(Locale.ROOT);
                boolean not = w.startsWith("!");
                w = not ? w.substring(1).strip() : w;
                boolean asWritten = w.startsWith("=");
                w = asWritten ? w.substring(1).strip() : w;
                String[] written = asWritten ? words(raw.strip().replaceFirst("^!?\\s*=\\s*", "").replaceFirst("\\*$", ""),
                        false).toArray(String[]::new) : null;
                boolean prefix = w.endsWith("*");
                List<String> words = words(prefix ? w.substring(0, w.length() - 1) : w);
                if (words.isEmpty()) {
                    continue;
                }
                Keyword k = new Keyword(t, words.toArray(String[]::new), prefix, not, written);
                negatives |= not;
                if (prefix && words.size() == 1) {
                    addPrefix(prefixes[not ? 1 : 0], words.get(0), k);
                } else {
                    byFirstWord[not ? 1 : 0].add(words.get(0), k);
                    String first = words.get(0);
                    firstWordShapes[not ? 1 : 0][shapeSlot(first.charAt(first.length() - 1))] |= lengthBit(first.length());
                }
            }
        }
    }

    private static int shapeSlot(char c) {
        return c >= 'a' && c <= 'z' ? c - 'a' : c >= '0' && c <= '9' ? 26 + c - '0' : 36;
    }

    /** A bit for a word's length; all lengths of 63 or more share the last. */
    private static long lengthBit(int length) {
        return 1L << Math.min(length, 63);
    }

    private static void addPrefix(PrefixNode root, String prefix, Keyword k) {
        PrefixNode node = root;
        for (int i = 0; i < prefix.length(); i++) {
            node = node.childOrNew(prefix.charAt(i));
        }
        if (node.keywords == null) {
            node.keywords = new ArrayList<>();
        }
        node.keywords.add(k);
    }

    /**
     * A text's words as places in two copies of its characters, one in lower case and one as
     * written (a word is the same run of characters in both), so that no word is made a string.
     */
    private static final class Words {
        final char[] lower;
        final String written;
        int[] from = new int[16];
        int[] to = new int[16];
        int size;

        Words(String text) {
            written = text;
            lower = new char[text.length()];
            int start = -1;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                char l = lower(c);
                lower[i] = l;
                if (l != 0 && start < 0) {
                    start = i;
                } else if (l == 0 && start >= 0) {
                    add(start, i);
                    start = -1;
                }
            }
            if (start >= 0) {
                add(start, text.length());
            }
        }

        private void add(int start, int end) {
            if (size == from.length) {
                from = java.util.Arrays.copyOf(from, size * 2);
                to = java.util.Arrays.copyOf(to, size * 2);
            }
            from[size] = start;
            to[size++] = end;
        }

        int length(int word) {
            return to[word] - from[word];
        }

        /** Whether word {@code w} is {@code keyword} (or, {@code prefix}, starts with it), in lower case or as written. */
        boolean is(int w, String keyword, boolean prefix, boolean asWritten) {
            int n = to[w] - from[w];
            if (prefix ? n < keyword.length() : n != keyword.length()) {
                return false;
            }
            int at = from[w];
            for (int j = 0; j < keyword.length(); j++) {
                if ((asWritten ? written.charAt(at + j) : lower[at + j]) != keyword.charAt(j)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** A character in lower case when it is a letter or a digit, else 0: what splits a text into words. */
    private static char lower(char c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ? c : 0;
        }
        return Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : 0;
    }

    /** For each topic, in the order given, how many keyword occurrences the text holds. */
    int[] counts(String text) {
        int[] counts = new int[topics];
        if (text.isEmpty()) {
            return counts;
        }
        Words words = new Words(text);
        // seen[t] == i + 1: topic t already counted at word i (one count per place and topic)
        int[] seen = new int[topics];
        // blocked[t] > i: word i is inside a place where topic t's keywords do not count
        int[] blocked = negatives ? new int[topics] : null;
        for (int i = 0; i < words.size; i++) {
            if (negatives) {
                walk(words, i, true, seen, blocked, counts);
            }
            walk(words, i, false, seen, blocked, counts);
        }
        return counts;
    }

    /**
     * Each keyword that matches the words from {@code i}: in the {@code not} pass, a keyword after
     * {@code !} blocks its topic over its words; else a keyword counts for its topic, once a place,
     * where its topic is not blocked.
     */
    private void walk(Words words, int i, boolean not, int[] seen, int[] blocked, int[] counts) {
        int pass = not ? 1 : 0;
        int from = words.from[i];
        int length = words.length(i);
        char last = words.lower[from + length - 1];
        if ((firstWordShapes[pass][shapeSlot(last)] & lengthBit(length)) != 0) {
            List<Keyword> starting = byFirstWord[pass].get(words.lower, from, length);
            if (starting != null) {
                for (Keyword k : starting) {
                    if (matchesFrom(words, i, k.words(), k.prefix(), false)
                            && (k.written() == null || matchesFrom(words, i, k.written(), k.prefix(), true))) {
                        found(k, i, seen, blocked, counts);
                    }
                }
            }
        }
        PrefixNode node = prefixes[pass];
        for (int c = 0; c < length && node != null; c++) {
            node = node.child(words.lower[from + c]);
            if (node != null && node.keywords != null) {
                for (Keyword k : node.keywords) {
                    if (k.written() == null || matchesFrom(words, i, k.written(), k.prefix(), true)) {
                        found(k, i, seen, blocked, counts);
                    }
                }
            }
        }
    }

    private static void found(Keyword k, int i, int[] seen, int[] blocked, int[] counts) {
        int t = k.topic();
        if (k.not()) {
            blocked[t] = Math.max(blocked[t], i + k.words().length);
        } else if (seen[t] != i + 1 && (blocked == null || blocked[t] <= i)) {
            seen[t] = i + 1;
            counts[t]++;
        }
    }

    /**
     * Whether {@code keyword}'s words are the text's from word {@code start} (the last only its
     * start, for a prefix), in lower case or ({@code asWritten}) as written.
     */
    private static boolean matchesFrom(Words words, int start, String[] keyword, boolean prefix, boolean asWritten) {
        if (start + keyword.length > words.size) {
            return false;
        }
        for (int j = 0; j < keyword.length; j++) {
            if (!words.is(start + j, keyword[j], prefix && j == keyword.length - 1, asWritten)) {
                return false;
            }
        }
        return true;
    }

    /** The text's words: runs of letters and digits, lower case. */
    static List<String> words(String text) {
        return words(text, true);
    }

    /** The text's words, in lower case or ({@code lowerCase} false) as written; the same words either way. */
    static List<String> words(String text, boolean lowerCase) {
        Words words = new Words(text);
        List<String> out = new ArrayList<>(words.size);
        for (int w = 0; w < words.size; w++) {
            out.add(lowerCase ? new String(words.lower, words.from[w], words.length(w))
                    : text.substring(words.from[w], words.to[w]));
        }
        return out;
    }
}
