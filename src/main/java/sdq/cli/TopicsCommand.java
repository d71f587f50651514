package sdq.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import sdq.deck.DeckCard;
import sdq.export.Json;
import sdq.quiz.DayCounts;
import sdq.quiz.QuizOptions;
import sdq.quiz.QuizPlan;
import sdq.schedule.Statistics;
import sdq.store.Config;
import sdq.store.Decks;
import sdq.store.ProgressStore;
import sdq.term.TextTable;
import sdq.term.TextTable.Column;

@Command(name = "topics", description = "List the topics: cards, new, due today and the share mastered (in the top two boxes), what needs work first.", sortOptions = false)
final class TopicsCommand implements Callable<Integer> {
    @ParentCommand
    SdqCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    SelectionOptions select;

    @Mixin
    HomeOptions homeOptions;

    @Mixin
    JsonOption output;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Decks decks = root.loadDecks(select.deckOptions, spec.commandLine().getErr());
        List<DeckCard> cards = select.selection().apply(decks.decks());
        Map<String, List<DeckCard>> byTopic = new TreeMap<>();
        int untagged = 0;
        for (DeckCard card : cards) {
            card.card().topics().forEach(t -> byTopic.computeIfAbsent(t, k -> new ArrayList<>()).add(card));
            untagged += card.card().topics().isEmpty() ? 1 : 0;
        }
        // Due as 'sdq quiz --topic T' would offer it today: limits, what was done today and buried cards counted.
        ProgressStore progress = root.readProgress(homeOptions, spec.commandLine().getErr());
        LocalDate today = LocalDate.now(root.env().clock());
        Config config = root.config();
        QuizOptions day = new QuizOptions(config.reviewsPerDay(), config.newPerDay(), false, OptionalLong.empty());
        DayCounts done = DayCounts.of(progress.states().values(), today);
        java.util.Set<sdq.deck.CardId> buried = progress.buried(today);
        Map<String, QuizPlan.Due> due = new TreeMap<>();
        Map<String, Statistics> stats = new TreeMap<>();
        byTopic.forEach((topic, list) -> {
            due.put(topic, QuizPlan.due(list.stream().filter(c -> !progress.suspended().contains(c.id())).toList(),
                    progress::state, buried, progress.leitner(), today, day, done));
            stats.put(topic, Statistics.of(list.stream().map(c -> new Statistics.CardHistory(c.id(),
                    progress.state(c.id()), List.of(), c.card().topics())).toList(), progress.leitner(), today));
        });
        // What needs work first: the least mastered, then the most due, then by name.
        List<String> order = new ArrayList<>(byTopic.keySet());
        order.sort(java.util.Comparator.comparingDouble((String t) -> stats.get(t).mastery())
                .thenComparing(t -> -due.get(t).offered()).thenComparing(t -> t));
        if (output.json) {
            List<Map<String, Object>> json = new ArrayList<>();
            for (String topic : order) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("topic", topic);
                entry.put("cards", stats.get(topic).cards());
                entry.put("new", stats.get(topic).fresh());
                entry.put("due", due.get(topic).offered());
                entry.put("mastery", Math.round(stats.get(topic).mastery() * 1000) / 1000.0);
                json.add(entry);
            }
            out.println(Json.write(json));
            return ExitCode.OK;
        }
        List<List<String>> rows = new ArrayList<>();
        for (String topic : order) {
            Statistics s = stats.get(topic);
            rows.add(List.of(topic, Integer.toString(s.cards()), Integer.toString(s.fresh()),
                    Integer.toString(due.get(topic).offered()), Math.round(100 * s.mastery()) + "%"));
        }
        if (untagged > 0) {
            rows.add(List.of("(no topic)", Integer.toString(untagged), "", "", ""));
        }
        List<Column> columns = List.of(Column.of("TOPIC", 40), Column.number("CARDS"), Column.number("NEW"),
                Column.number("DUE TODAY"), Column.number("MASTERED"));
        TextTable.render(columns, rows, root.tableWidth(), root.styles()).forEach(out::println);
        out.println();
        out.println(cards.size() + " cards in " + decks.loaded().size() + " decks, from " + decks.location().describeWithOrigin());
        return ExitCode.OK;
    }
}
