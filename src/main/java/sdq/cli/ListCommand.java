package sdq.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import sdq.deck.CardId;
import sdq.deck.DeckCard;
import sdq.export.Json;
import sdq.store.Decks;
import sdq.store.ProgressStore;
import sdq.quiz.CardQuery;
import sdq.deck.InvalidInputException;
import sdq.term.MarkdownView;
import sdq.term.TextTable;
import sdq.term.TextTable.Column;

@Command(name = "list", description = "List cards: id, deck, topics and question; --due, --new, --box, --grep and --sort narrow and order them.", sortOptions = false)
final class ListCommand implements Callable<Integer> {
    @ParentCommand
    SdqCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    SelectionOptions select;

    @Mixin
    JsonOption output;

    @Mixin
    HomeOptions homeOptions;

    @Option(names = "--orphans", description = "List cards that have progress but are in no deck now.")
    boolean orphans;

    @Option(names = "--due", description = "Only the cards due today (new cards are due from the start).")
    boolean due;

    @Option(names = "--new", description = "Only the cards never reviewed.")
    boolean fresh;

    @Option(names = "--box", paramLabel = "N", description = "Only the cards in box N.")
    Integer box;

    @Option(names = "--grep", paramLabel = "TEXT", description = "Only the cards whose question or answer holds TEXT"
            + " (in any case).")
    String grep;

    @Option(names = "--sort", paramLabel = "ORDER", description = "due, box or deck (the default: the decks' order).")
    String sort;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Decks decks = root.loadDecks(select.deckOptions, err);
        if (orphans) {
            return orphans(decks, out, err);
        }
        List<DeckCard> cards = select.selection().apply(decks.decks());
        if (due || fresh || box != null || grep != null || sort != null) {
            ProgressStore progress = root.readProgress(homeOptions, err);
            if (box != null && (box < 1 || box > progress.leitner().boxes())) {
                throw new InvalidInputException("--box " + box + ": the boxes are 1 to " + progress.leitner().boxes()
                        + ".");
            }
            CardQuery.Sort order = sort == null ? CardQuery.Sort.DECK_ORDER : switch (sort.toLowerCase(java.util.Locale.ROOT)) {
                case "due" -> CardQuery.Sort.DUE;
                case "box" -> CardQuery.Sort.BOX;
                case "deck" -> CardQuery.Sort.DECK;
                default -> throw new InvalidInputException("--sort " + sort + ": sort by due, box or deck.");
            };
            cards = new CardQuery(due, fresh, box == null ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(box),
                    Optional.ofNullable(grep).filter(g -> !g.isBlank()), order)
                    .apply(cards, progress::state, progress.leitner(), java.time.LocalDate.now(root.env().clock()));
        }
        if (output.json) {
            // A card at a time: 100,000 cards never make one string.
            List<DeckCard> listed = cards;
            Json.writeArray(() -> listed.stream().<Object>map(Json::card).iterator(), out);
            out.println();
            return ExitCode.OK;
        }
        if (cards.isEmpty()) {
            err.println("No cards in " + decks.location().describe() + ".");
            return ExitCode.OK;
        }
        // Rows made as they are printed (twice: once for the column widths), never held together.
        List<DeckCard> listed = cards;
        Iterable<List<String>> rows = () -> listed.stream().map(card -> List.of(card.id().value(), card.deck(),
                String.join(",", card.card().topics()), MarkdownView.oneLine(card.card().question()))).iterator();
        List<Column> columns = List.of(Column.whole("ID"), Column.of("DECK", 24), Column.of("TOPICS", 28),
                Column.flexible("QUESTION"));
        // When the reader goes away (sdq list | head) there is nothing more to say to it.
        int[] printed = {0};
        TextTable.print(columns, rows, root.tableWidth(), root.styles(), line -> {
            out.println(line);
            // checkError flushes: every 64 lines, not after each (100,000 writes to a pipe).
            return ++printed[0] % 64 != 0 || !out.checkError();
        });
        return ExitCode.OK;
    }

    private int orphans(Decks decks, PrintWriter out, PrintWriter err) {
        ProgressStore progress = root.readProgress(homeOptions, err);
        Set<CardId> inDecks = new HashSet<>();
        decks.decks().forEach(d -> d.cards().forEach(c -> inDecks.add(c.id())));
        List<Map<String, Object>> json = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        progress.states().entrySet().stream().filter(e -> !inDecks.contains(e.getKey()))
                .sorted(Map.Entry.comparingByKey()).forEach(e -> {
                    String deck = progress.deckOf(e.getKey()).orElse("");
                    Map<String, Object> o = new LinkedHashMap<>();
                    o.put("id", e.getKey().value());
                    o.put("deck", deck);
                    o.put("box", e.getValue().box());
                    o.put("reviews", e.getValue().reviews());
                    json.add(o);
                    rows.add(List.of(e.getKey().value(), deck, Integer.toString(e.getValue().box()),
                            Integer.toString(e.getValue().reviews())));
                });
        if (output.json) {
            out.println(Json.write(json));
        } else if (rows.isEmpty()) {
            err.println("No orphans: every card with progress is in a deck.");
        } else {
            TextTable.render(List.of(Column.whole("ID"), Column.of("LAST DECK", 40), Column.number("BOX"),
                    Column.number("REVIEWS")), rows, root.tableWidth(), root.styles()).forEach(out::println);
        }
        return ExitCode.OK;
    }
}
