package sdq.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import sdq.deck.Card;
import sdq.deck.Deck;
import sdq.deck.DeckCard;
import sdq.deck.InvalidInputException;
import sdq.deck.Names;
import sdq.export.Json;
import sdq.store.Decks;
import sdq.term.CardView;

@Command(name = "show", description = "Show one card with its answer rendered for the terminal.",
        sortOptions = false)
final class ShowCommand implements Callable<Integer> {
    @ParentCommand
    SdqCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The card's id, as 'sdq list' shows it (a unique start is enough).")
    String id;

    @Mixin
    DeckOptions deckOptions;

    @Mixin
    JsonOption output;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Decks decks = root.loadDecks(deckOptions, spec.commandLine().getErr());
        DeckCard card = find(decks.decks(), id.trim());
        if (output.json) {
            out.println(Json.write(Json.card(card)));
        } else {
            new CardView(root.styles()).render(card, root.textWidth()).forEach(out::println);
        }
        return ExitCode.OK;
    }

    static DeckCard find(List<Deck> decks, String id) {
        Optional<DeckCard> exact = Optional.empty();
        List<DeckCard> prefixed = new java.util.ArrayList<>();
        List<String> all = new java.util.ArrayList<>();
        for (Deck deck : decks) {
            for (Card card : deck.cards()) {
                String value = card.id().value();
                all.add(value);
                if (value.equals(id) && exact.isEmpty()) {
                    exact = Optional.of(new DeckCard(deck.name(), card));
                } else if (value.startsWith(id)) {
                    prefixed.add(new DeckCard(deck.name(), card));
                }
            }
        }
        if (exact.isPresent()) {
            return exact.get();
        }
        if (prefixed.size() == 1 && !id.isEmpty()) {
            return prefixed.get(0);
        }
        if (prefixed.size() > 1) {
            throw new InvalidInputException("'" + id + "' starts " + prefixed.size() + " card ids ("
                    + String.join(", ", prefixed.stream().limit(5).map(c -> c.id().value()).toList())
                    + (prefixed.size() > 5 ? ", …" : "") + "); give more of the id.");
        }
        List<String> close = Names.closeTo(id, all, 3);
        throw new InvalidInputException("No card has the id '" + id + "'."
                + (close.isEmpty() ? " Run 'sdq list' to see the ids." : " Did you mean " + String.join(" or ", close) + "?"));
    }
}
