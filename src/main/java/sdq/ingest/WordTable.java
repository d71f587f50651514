package sdq.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Lists of values by word, looked up by a run of characters inside a larger array, so that a
 * text's words are never made strings to be looked up (open addressing, linear probing).
 */
final class WordTable<V> {
    private String[] keys = new String[64];
    private List<V>[] values = newValues(64);
    private int size;

    @SuppressWarnings("unchecked")
    private static <V> List<V>[] newValues(int n) {
        return (List<V>[]) new List<?>[n];
    }

    /** Adds {@code value} to the list of {@code word}. */
    void add(String word, V value) {
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int slot = slot(word);
        if (keys[slot] == null) {
            keys[slot] = word;
            values[slot] = new ArrayList<>();
            size++;
        }
        values[slot].add(value);
    }

    /** The values of the word {@code chars[from..from+length)}, or null when it has none. */
    List<V> get(char[] chars, int from, int length) {
        int mask = keys.length - 1;
        for (int i = spread(hash(chars, from, length)) & mask; keys[i] != null; i = (i + 1) & mask) {
            if (same(keys[i], chars, from, length)) {
                return values[i];
            }
        }
        return null;
    }

    private int slot(String word) {
        int mask = keys.length - 1;
        int i = spread(word.hashCode()) & mask;
        while (keys[i] != null && !keys[i].equals(word)) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void grow() {
        String[] oldKeys = keys;
        List<V>[] oldValues = values;
        keys = new String[oldKeys.length * 2];
        values = newValues(oldKeys.length * 2);
        for (int k = 0; k < oldKeys.length; k++) {
            if (oldKeys[k] != null) {
                int slot = slot(oldKeys[k]);
                keys[slot] = oldKeys[k];
                values[slot] = oldValues[k];
            }
        }
    }

    /** The same hash as {@link String#hashCode()} of those characters. */
    private static int hash(char[] chars, int from, int length) {
        int h = 0;
        for (int i = from; i < from + length; i++) {
            h = 31 * h + chars[i];
        }
        return h;
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    private static boolean same(String key, char[] chars, int from, int length) {
        if (key.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (key.charAt(i) != chars[from + i]) {
                return false;
            }
        }
        return true;
    }
}
