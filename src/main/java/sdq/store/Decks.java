package sdq.store;

import java.util.List;
import java.util.Optional;
import sdq.deck.Deck;
import sdq.deck.DeckCard;
import sdq.deck.InvalidInputException;

/**
 * The decks found in one place: those that loaded, and the files that did not, each with its
 * problem. A broken deck is left out of every command and can be neither read nor written.
 */
public record Decks(DeckLocation location, List<LoadedDeck> loaded, List<MalformedFileException> problems) {
    public Decks {
        loaded = List.copyOf(loaded);
        problems = List.copyOf(problems);
    }

    public List<Deck> decks() {
        return loaded.stream().map(LoadedDeck::deck).toList();
    }

    public Optional<LoadedDeck> find(String name) {
        return loaded.stream().filter(d -> d.deck().name().equals(name)).findFirst();
    }

    /** Where a card is, if it is in one of these decks. */
    public Optional<LoadedDeck> holderOf(DeckCard card) {
        return find(card.deck());
    }

    /** Refuses to write to a deck whose file is broken, so that nothing in it is lost, or to the bundled decks. */
    public void requireWritable(String name) {
        requireWritable(name, true);
    }

    /**
     * As {@link #requireWritable(String)}; {@code writing} false (a dry run, --explain): only a
     * broken file is refused, since the first real import into the library copies the bundled decks.
     */
    public void requireWritable(String name, boolean writing) {
        for (MalformedFileException problem : problems) {
            if (problem.file().endsWith("/" + name + ".yaml") || problem.file().equals(name + ".yaml")
                    || problem.file().endsWith("/" + name + ".yml")) {
                throw new InvalidInputException("Will not write deck '" + name + "': its file is broken ("
                        + problem.getMessage() + "). Fix the file first.");
            }
        }
        if (writing && location.isBundled()) {
            throw new InvalidInputException("The bundled decks cannot be changed. Use --decks DIR"
                    + " (or ./decks, or $SDQ_DECKS) to work on decks of your own.");
        }
    }
}
