package sdq.imports;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import sdq.deck.Deck;
import sdq.ingest.DeckNaming;
import sdq.ingest.ReadNote;
import sdq.store.Decks;
import sdq.store.LoadedDeck;

/** Which deck the cards of a file go to, when the command does not say. */
final class DeckNames {
    private final Decks existing;
    /**
     * For each base name, the first suffix not yet seen taken: names only become taken during an
     * import (claimed by a file, or existing), so many files with one title are named in turn,
     * not each by trying every name before it.
     */
    private final java.util.Map<String, Integer> tried = new java.util.HashMap<>();

    DeckNames(Decks existing) {
        this.existing = existing;
    }

    /** A deck as a flashcard file names it, as a deck name: "System Design::Caching" is "caching". */
    static String fromFile(String named) {
        return Deck.isValidName(named) ? named : DeckNaming.fromTitle(named);
    }

    /**
     * The deck a notes file goes to: the one it was imported into before, else one named from
     * its title that no other notes have ({@code claimed}: taken by files of this import).
     */
    String forNotes(Path file, ReadNote note, Set<String> claimed) {
        String fileName = file.getFileName().toString();
        for (Deck deck : existing.decks()) {
            if (deck.source().filter(s -> s.equals(fileName)).isPresent() && !claimed.contains(deck.name())) {
                return deck.name();
            }
        }
        String base = DeckNaming.fromTitle(note.title());
        int n = tried.getOrDefault(base, 1);
        String name = n == 1 ? base : base + "-" + n;
        while (taken(name, fileName) || claimed.contains(name)) {
            n++;
            name = base + "-" + n;
        }
        tried.put(base, n);
        return name;
    }

    /** A deck of that name exists and came from other notes. */
    private boolean taken(String name, String fileName) {
        Optional<Deck> deck = existing.find(name).map(LoadedDeck::deck);
        return deck.isPresent() && !deck.get().source().filter(s -> s.equals(fileName)).isPresent()
                || existing.problems().stream().anyMatch(p -> p.file().endsWith(name + ".yaml"));
    }
}
