package sdq.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import sdq.deck.Selection;

/** Which cards: {@code --topic}, {@code --deck}, {@code --limit}, plus {@code --decks}. */
final class SelectionOptions {
    @Mixin
    DeckOptions deckOptions = new DeckOptions();

    @Option(names = {"-t", "--topic"}, paramLabel = "TOPIC", completionCandidates = Completions.Topics.class,
            description = "Only cards with this topic (repeatable; any case; 'cache' and 'caches' find 'caching').")
    List<String> topics = new ArrayList<>();

    @Option(names = {"-d", "--deck"}, paramLabel = "DECK", completionCandidates = Completions.Decks.class, description = "Only cards of this deck (repeatable).")
    List<String> decks = new ArrayList<>();

    @Option(names = {"-n", "--limit"}, paramLabel = "N", description = "At most N cards (in sdq quiz: the whole"
            + " session, new cards included, however many are due).")
    Integer limit;

    Selection selection() {
        return new Selection(topics, decks, limit == null ? OptionalInt.empty() : OptionalInt.of(limit));
    }
}
