package sdq.deck;

import java.util.regex.Pattern;

/**
 * A card's identity, written once into the deck file and never recomputed, so that progress
 * survives edits of the question or the answer.
 */
public record CardId(String value) implements Comparable<CardId> {
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    public CardId {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("not a card id: '" + value
                    + "' (use letters, digits, '.', '_' or '-', at most 64, e.g. c-3f9a21)");
        }
    }

    public static boolean isValid(String value) {
        return value != null && FORM.matcher(value).matches();
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
