package sdq.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import sdq.deck.DeckCard;
import sdq.export.Json;
import sdq.store.Decks;
import sdq.term.MarkdownView;
import sdq.term.TextTable;
import sdq.term.TextTable.Column;

@Command(name = "list", description = "List cards: id, deck, topics and question.", sortOptions = false)
final class ListCommand implements Callable<Integer> {
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
        PrintWriter err = spec.commandLine().getErr();
        Decks decks = root.loadDecks(select.deckOptions, err);
        List<DeckCard> cards = select.selection().apply(decks.decks());
        if (output.json) {
            out.println(Json.write(cards.stream().map(Json::card).toList()));
            return ExitCode.OK;
        }
        if (cards.isEmpty()) {
            err.println("No cards in " + decks.location().describe() + ".");
            return ExitCode.OK;
        }
        List<List<String>> rows = new ArrayList<>();
        for (DeckCard card : cards) {
            rows.add(List.of(card.id().value(), card.deck(), String.join(",", card.card().topics()),
                    MarkdownView.oneLine(card.card().question())));
        }
        List<Column> columns = List.of(Column.whole("ID"), Column.of("DECK", 24), Column.of("TOPICS", 28),
                Column.flexible("QUESTION"));
        TextTable.render(columns, rows, root.tableWidth(), root.styles()).forEach(out::println);
        return ExitCode.OK;
    }
}
