package sdq.store;

import java.nio.file.Path;
import java.util.Optional;
import sdq.deck.Deck;

/**
 * The deck file format, version 1: one YAML document per deck, read with safe loading only
 * (every scalar read as the exact string written, no tags, no duplicate keys, bounded size and
 * aliases) and written tidy for hand editing and git diffs (fixed key order, block scalars for
 * multi-line text, no {@code !!} tags).
 */
public final class DeckYaml {
    /** The format version this code reads and writes. */
    public static final int VERSION = 1;

    private DeckYaml() {
    }

    /**
     * Reads a deck from the bytes of its file.
     *
     * @param location how to name the file in messages, e.g. {@code decks/caching.yaml}
     * @param name     the deck's name, from its file name
     * @param file     the file on disk, or empty for a deck bundled in the jar
     * @throws MalformedFileException naming the place and the problem
     */
    /** The most text a deck may hold: a deck file is refused beyond it, so no import writes one bigger. */
    public static final int MAX_TEXT = DeckReader.MAX_CODE_POINTS;

    public static LoadedDeck read(String location, String name, Optional<Path> file, byte[] bytes) {
        return new DeckReader(location, name).read(bytes, file);
    }

    /** The text of a deck file; reading it back gives an equal deck. */
    public static String write(Deck deck) {
        return DeckWriter.write(deck);
    }

    /** As {@link #write(Deck)}, to {@code out} a card at a time: a large deck is never one string. */
    public static void write(Deck deck, java.io.Writer out) throws java.io.IOException {
        DeckWriter.write(deck, out);
    }
}
