package sdq.store;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import sdq.deck.CardId;
import sdq.deck.Deck;

/**
 * A deck as read from its file: where it lives (a path on disk, or inside the jar when
 * {@code file} is empty) and the line on which each card starts, for editors and messages.
 */
public record LoadedDeck(Deck deck, String location, Optional<Path> file, Map<CardId, Integer> cardLines) {
    public LoadedDeck {
        Objects.requireNonNull(deck, "deck");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(file, "file");
        cardLines = Map.copyOf(cardLines);
    }

    public int lineOf(CardId id) {
        return cardLines.getOrDefault(id, 1);
    }
}
