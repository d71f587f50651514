package sdq.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
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
import sdq.schedule.CardState;
import sdq.schedule.Leitner;
import sdq.schedule.Review;
import sdq.store.ProgressStore;
import sdq.term.CardView;

@Command(name = "show", description = "Show one card with its answer rendered for the terminal, its box, due date and every review of it.",
        sortOptions = false)
final class ShowCommand implements Callable<Integer> {
    @ParentCommand
    SdqCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", completionCandidates = Completions.Ids.class, description = "The card's id, as 'sdq list' shows it (a unique start is enough).")
    String id;

    @Mixin
    DeckOptions deckOptions;

    @Mixin
    HomeOptions homeOptions;

    @Mixin
    JsonOption output;

    @Override
    public Integer call() throws java.io.IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Decks decks = root.loadDecks(deckOptions, err);
        DeckCard card = find(decks.decks(), id.trim());
        ProgressStore progress = root.readProgress(homeOptions, err);
        CardState state = progress.state(card.id());
        Leitner leitner = progress.leitner();
        LocalDate today = LocalDate.now(root.env().clock());
        List<Review> history = progress.history(java.util.Set.of(card.id())).getOrDefault(card.id(), List.of());
        if (output.json) {
            Map<String, Object> json = new LinkedHashMap<>(Json.card(card));
            json.put("box", leitner.boxOf(state));
            json.put("due", leitner.due(state, today).toString());
            json.put("reviews", state.reviews());
            json.put("lapses", state.lapses());
            json.put("suspended", progress.suspended().contains(card.id()));
            json.put("history", history.stream().map(r -> {
                Map<String, Object> h = new LinkedHashMap<>();
                h.put("at", r.at().toOffsetDateTime().toString());
                h.put("grade", r.grade().word());
                h.put("box_before", r.boxBefore());
                h.put("box_after", r.boxAfter());
                return h;
            }).toList());
            out.println(Json.write(json));
            return ExitCode.OK;
        }
        new CardView(root.styles()).render(card, root.textWidth()).forEach(out::println);
        out.println();
        LocalDate due = leitner.due(state, today);
        out.println(state.isNew() ? "New: box 1, never reviewed, due today."
                : "Box " + leitner.boxOf(state) + ", due " + (due.isAfter(today) ? due.toString() : "today")
                + "; " + Words.count(state.reviews(), "review") + ", " + state.lapses() + " wrong.");
        if (progress.suspended().contains(card.id())) {
            out.println("Suspended: not quizzed until 'sdq unsuspend " + card.id().value() + "'.");
        }
        for (Review r : history) {
            out.println("  " + r.at().toLocalDate() + "  " + String.format("%-5s", r.grade().word()) + "  box "
                    + r.boxBefore() + " -> " + r.boxAfter());
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
