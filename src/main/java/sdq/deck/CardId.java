package sdq.deck;


/**
 * A card's identity, written once into the deck file and never recomputed, so that progress
 * survives edits of the question or the answer.
 */
public record CardId(String value) implements Comparable<CardId> {
    public CardId {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a card id: '" + value
                    + "' (use letters, digits, '.', '_' or '-', at most 64, e.g. c-3f9a21)");
        }
    }

    /** Letters, digits, '.', '_' and '-', at most 64, starting with a letter or digit. */
    public static boolean isValid(String value) {
        if (value == null || value.isEmpty() || value.length() > 64) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean alnum = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
            if (!alnum && (i == 0 || c != '.' && c != '_' && c != '-')) {
                return false;
            }
        }
        return true;
    }

    // Written out, not left to the record: the generated ones go through method handles, which the
    // quick-start JIT (C1 only) does not inline, and a 100,000-card collection looks ids up millions of times.
    @Override
    public boolean equals(Object other) {
        return other instanceof CardId id && value.equals(id.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public int compareTo(CardId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
