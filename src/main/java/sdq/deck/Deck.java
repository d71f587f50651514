package sdq.deck;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A named list of cards, as kept in one deck file.
 *
 * @param name   the deck's name, which is also its file name without {@code .yaml}
 * @param title  a human title, never blank (defaults to the name)
 * @param source the notes file the deck was imported from, if any
 * @param cards  the cards in file order, ids unique
 */
public record Deck(String name, String title, Optional<String> source, List<Card> cards) {
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}");

    public Deck {
        if (!isValidName(name)) {
            throw new IllegalArgumentException("not a deck name: '" + name
                    + "' (use lower-case letters, digits, '.', '_' or '-')");
        }
        title = title == null || title.isBlank() ? name : title;
        Objects.requireNonNull(source, "source");
        cards = List.copyOf(cards);
        // Sized for all the cards at once: a deck of thousands is not rehashed on the way.
        Set<CardId> seen = new HashSet<>(Math.max(16, (int) (cards.size() / 0.75f) + 1));
        for (Card card : cards) {
            if (!seen.add(card.id())) {
                throw new IllegalArgumentException("deck " + name + ": card id " + card.id()
                        + " is used twice");
            }
        }
    }

    public static boolean isValidName(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    public Optional<Card> card(CardId id) {
        return cards.stream().filter(c -> c.id().equals(id)).findFirst();
    }
}
