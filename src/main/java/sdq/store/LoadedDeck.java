package sdq.store;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import sdq.deck.CardId;
import sdq.deck.Deck;

/**
 * A deck as read from its file: where it lives (a path on disk, or inside the jar when
 * {@code file} is empty), the line on which each card starts, for editors and messages, and a
 * digest of the file's bytes as read (empty for a bundled deck), so that a writer can tell the
 * file changed since.
 */
public record LoadedDeck(Deck deck, String location, Optional<Path> file, Map<CardId, Integer> cardLines,
                         String digest) {
    public LoadedDeck {
        Objects.requireNonNull(deck, "deck");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(digest, "digest");
        cardLines = Map.copyOf(cardLines);
    }

    public LoadedDeck(Deck deck, String location, Optional<Path> file, Map<CardId, Integer> cardLines) {
        this(deck, location, file, cardLines, "");
    }

    LoadedDeck withDigest(String digest) {
        return new LoadedDeck(deck, location, file, cardLines, digest);
    }

    public int lineOf(CardId id) {
        return cardLines.getOrDefault(id, 1);
    }
}
