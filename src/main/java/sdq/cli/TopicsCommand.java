package sdq.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import sdq.deck.DeckCard;
import sdq.export.Json;
import sdq.store.Decks;
import sdq.term.TextTable;
import sdq.term.TextTable.Column;

@Command(name = "topics", description = "List the topics with their number of cards.", sortOptions = false)
final class TopicsCommand implements Callable<Integer> {
    @ParentCommand
    SdqCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    SelectionOptions select;

    @Mixin
    JsonOption output;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Decks decks = root.loadDecks(select.deckOptions, spec.commandLine().getErr());
        List<DeckCard> cards = select.selection().apply(decks.decks());
        Map<String, Integer> counts = new TreeMap<>();
        int untagged = 0;
        for (DeckCard card : cards) {
            card.card().topics().forEach(t -> counts.merge(t, 1, Integer::sum));
            untagged += card.card().topics().isEmpty() ? 1 : 0;
        }
        if (output.json) {
            List<Map<String, Object>> json = new ArrayList<>();
            counts.forEach((topic, n) -> {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("topic", topic);
                entry.put("cards", n);
                json.add(entry);
            });
            out.println(Json.write(json));
            return ExitCode.OK;
        }
        List<List<String>> rows = new ArrayList<>();
        counts.forEach((topic, n) -> rows.add(List.of(topic, Integer.toString(n))));
        if (untagged > 0) {
            rows.add(List.of("(no topic)", Integer.toString(untagged)));
        }
        List<Column> columns = List.of(Column.of("TOPIC", 40), Column.number("CARDS"));
        TextTable.render(columns, rows, root.tableWidth(), root.styles()).forEach(out::println);
        out.println();
        out.println(cards.size() + " cards in " + decks.loaded().size() + " decks (" + decks.location().describe() + ")");
        return ExitCode.OK;
    }
}
