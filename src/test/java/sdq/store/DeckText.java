package sdq.store;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import sdq.deck.Deck;

/** A deck file's text read as decks/t.yaml: the deck, or the one-line problem it is. */
final class DeckText {
    private DeckText() {
    }

    static Deck read(String yaml) {
        return DeckYaml.read("decks/t.yaml", "t", Optional.empty(), yaml.getBytes(StandardCharsets.UTF_8)).deck();
    }

    static String problem(String yaml) {
        return problem(yaml.getBytes(StandardCharsets.UTF_8));
    }

    static String problem(byte[] bytes) {
        try {
            DeckYaml.read("decks/t.yaml", "t", Optional.empty(), bytes);
        } catch (MalformedFileException e) {
            return e.getMessage();
        }
        throw new AssertionError("expected a MalformedFileException");
    }
}
