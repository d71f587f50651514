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
 * file changed since. The card lines are kept read-only as given, not copied (a deck of 100,000
 * cards would be copied card by card at every start): the readers in this package hand over a
 * map they made for it and keep no other hold on.
 */
public record LoadedDeck(Deck deck, String location, Optional<Path> file, Map<CardId, Integer> cardLines,
                         String digest) {
    public LoadedDeck {
        Objects.requireNonNull(deck, "deck");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(digest, "digest");
        cardLines = java.util.Collections.unmodifiableMap(cardLines);
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
