package sdq.store;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Predicate;
import sdq.deck.CardId;

/**
 * The distinct names (card ids, deck names) met in a pass over the log, each made into a string
 * once: a name written as ASCII bytes is found by a 64-bit hash and its bytes, so a million
 * lines that name a hundred thousand cards make a hundred thousand strings, not a million.
 */
final class ByteNames {
    private long[] hashes = new long[1 << 10];
    private int[] slots = new int[1 << 10]; // index + 1 of the name in each slot, 0 when free
    private byte[][] bytes = new byte[256][];
    private String[] names = new String[256];
    private CardId[] ids = new CardId[256];
    private int count;

    /**
     * The index of the name in {@code b[from, to)}, which is ASCII, entered if new and
     * {@code valid}; -1 if it is not valid (an invalid name is looked at again each time).
     */
    int index(byte[] b, int from, int to, Predicate<String> valid) {
        long h = LogBytes.hash(b, from, to);
        int mask = slots.length - 1;
        int slot = slot(h) & mask;
        while (slots[slot] != 0) {
            int k = slots[slot] - 1;
            if (hashes[slot] == h && Arrays.equals(bytes[k], 0, bytes[k].length, b, from, to)) {
                return k;
            }
            slot = (slot + 1) & mask;
        }
        String name = new String(b, from, to - from, StandardCharsets.ISO_8859_1);
        if (!valid.test(name)) {
            return -1;
        }
        if (count == names.length) {
            bytes = Arrays.copyOf(bytes, count * 2);
            names = Arrays.copyOf(names, count * 2);
            ids = Arrays.copyOf(ids, count * 2);
        }
        bytes[count] = Arrays.copyOfRange(b, from, to);
        names[count] = name;
        hashes[slot] = h;
        slots[slot] = ++count;
        if (count * 2 > slots.length) {
            grow();
        }
        return count - 1;
    }

    /** The name at {@code index} as a card id (it passed {@link CardId#isValid}). */
    CardId card(int index) {
        CardId id = ids[index];
        if (id == null) {
            id = new CardId(names[index]);
            ids[index] = id;
        }
        return id;
    }

    /** The hash's bits mixed (MurmurHash3's finalizer): FNV's low bits alone crowd ids that differ in their last digits. */
    private static int slot(long h) {
        h = (h ^ (h >>> 33)) * 0xff51afd7ed558ccdL;
        h = (h ^ (h >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return (int) (h ^ (h >>> 33));
    }

    private void grow() {
        long[] oldHashes = hashes;
        int[] oldSlots = slots;
        hashes = new long[oldSlots.length * 2];
        slots = new int[oldSlots.length * 2];
        int mask = slots.length - 1;
        for (int s = 0; s < oldSlots.length; s++) {
            if (oldSlots[s] != 0) {
                long h = oldHashes[s];
                int slot = slot(h) & mask;
                while (slots[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                hashes[slot] = h;
                slots[slot] = oldSlots[s];
            }
        }
    }
}
