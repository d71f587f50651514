package sdq.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import sdq.deck.CardId;
import sdq.deck.DeckCard;
import sdq.export.Json;
import sdq.quiz.DayCounts;
import sdq.quiz.QuizOptions;
import sdq.quiz.QuizPlan;
import sdq.schedule.Statistics;
import sdq.term.Charts;
import sdq.schedule.Leitner;
import sdq.store.Config;
import sdq.store.Decks;
import sdq.store.ProgressStore;

@Command(name = "stats", description = "Show progress: cards per box, what falls due in the next 14 days, a heatmap of the last 26 weeks of reviews with the streak, and retention (overall and per topic).", sortOptions = false)
final class StatsCommand implements Callable<Integer> {
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
    public Integer call() throws java.io.IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Decks decks = root.loadDecks(select.deckOptions, err);
        List<DeckCard> cards = select.selection().apply(decks.decks());
        ProgressStore progress = root.readProgress(homeOptions, err);
        Leitner leitner = progress.leitner();
        LocalDate today = LocalDate.now(root.env().clock());
        Set<CardId> ids = cards.stream().map(DeckCard::id).collect(Collectors.toSet());
        Map<CardId, List<Statistics.Answer>> history = progress.answers(ids);
        List<Statistics.CardHistory> histories = cards.stream().map(c -> new Statistics.CardHistory(c.id(),
                progress.state(c.id()), history.getOrDefault(c.id(), List.of()), c.card().topics())).toList();
        Statistics stats = Statistics.of(histories, leitner, today);
        // Due as the next sdq quiz counts it: buried cards left out, today's limits and what was done today in.
        Config config = root.config();
        Set<CardId> buried = progress.buried(today);
        List<DeckCard> active = cards.stream().filter(c -> !progress.suspended().contains(c.id())).toList();
        long suspended = cards.size() - active.size();
        QuizPlan.Due due = QuizPlan.due(active, progress::state, buried, leitner, today,
                new QuizOptions(config.reviewsPerDay(), config.newPerDay(), false, OptionalLong.empty()),
                DayCounts.of(progress.states().values(), today));
        long buriedHere = ids.stream().filter(buried::contains).count();
        Set<CardId> inDecks = decks.decks().stream().flatMap(d -> d.cards().stream()).map(c -> c.id())
                .collect(Collectors.toSet());
        long orphans = progress.states().keySet().stream().filter(id -> !inDecks.contains(id)).count();
        // Under FSRS: the chance of recall it predicts now, on average over the cards it has seen.
        java.time.ZonedDateTime now = java.time.ZonedDateTime.now(root.env().clock());
        java.util.DoubleSummaryStatistics recall = cards.stream().map(c -> progress.recall(c.id(), now))
                .filter(java.util.OptionalDouble::isPresent).mapToDouble(java.util.OptionalDouble::getAsDouble)
                .summaryStatistics();
        if (output.json) {
            Map<String, Object> json = StatsJson.of(stats, due, progress.reviewCount(), buriedHere, suspended, orphans,
                    today, decks.location().describe());
            if (recall.getCount() > 0) {
                Map<String, Object> predicted = new java.util.LinkedHashMap<>();
                predicted.put("cards", recall.getCount());
                predicted.put("average", Math.round(recall.getAverage() * 1000) / 1000.0);
                predicted.put("lowest", Math.round(recall.getMin() * 1000) / 1000.0);
                json.put("predicted_recall", predicted);
            }
            out.println(Json.write(json));
            return ExitCode.OK;
        }
        Charts charts = new Charts(root.textWidth(), !root.styles().color());
        int width = root.textWidth();
        List.of(Words.count(stats.cards(), "card") + ": " + stats.fresh() + " new, " + stats.learned() + " learned, "
                + due.reviews() + " due today" + (buriedHere > 0 ? ", " + buriedHere + " buried" : "")
                + (suspended > 0 ? ", " + suspended + " suspended" : "") + "; "
                + Words.count(progress.reviewCount(), "review") + " logged",
                "Today sdq quiz offers " + Words.count(due.offered(), "card") + " (" + due.offeredReviews() + " due, "
                + due.offeredNew() + " new)" + (due.waiting() > 0 ? "; " + due.waiting() + " more wait beyond today's"
                + " limits." : ".")).forEach(line -> sdq.term.Wrap.plain(line, width).forEach(out::println));
        if (recall.getCount() > 0) {
            sdq.term.Wrap.plain(String.format(java.util.Locale.ROOT, "Recall predicted by FSRS now: %.0f%% on average"
                    + " over %s (lowest %.0f%%).", recall.getAverage() * 100, Words.count(recall.getCount(), "card"),
                    recall.getMin() * 100), width).forEach(out::println);
        }
        out.println();
        out.println("Cards per box");
        List<Charts.Bar> boxBars = new java.util.ArrayList<>();
        for (int box = 1; box <= leitner.boxes(); box++) {
            boxBars.add(new Charts.Bar("box " + box + " (" + Words.count(leitner.interval(box), "day") + ")",
                    stats.boxes().get(box - 1)));
        }
        charts.bars(boxBars).forEach(out::println);
        out.println();
        out.println("Reviews due in the next " + Statistics.FORECAST_DAYS + " days (" + stats.dueIn30()
                + " in the next 30)");
        List<Charts.Bar> days = new java.util.ArrayList<>();
        for (int d = 0; d < Statistics.FORECAST_DAYS; d++) {
            LocalDate day = today.plusDays(d);
            days.add(new Charts.Bar((d == 0 ? "today     " : d == 1 ? "tomorrow  " : "          ")
                    + day.format(java.time.format.DateTimeFormatter.ofPattern("EEE dd MMM", java.util.Locale.ENGLISH)),
                    stats.forecast().get(d)));
        }
        charts.bars(days).forEach(out::println);
        out.println();
        out.println("Reviews, the last 26 weeks: a streak of " + Words.count(stats.streak(), "day") + " (longest "
                + stats.longest() + ")");
        charts.heatmap(stats.heatmap(), today).forEach(out::println);
        out.println();
        out.println("Retention (reviews of due cards answered good or easy)");
        out.println("  last 7 days   " + share(stats.last7()));
        out.println("  last 30 days  " + share(stats.last30()));
        if (!stats.byTopic().isEmpty()) {
            int w = stats.byTopic().keySet().stream().mapToInt(String::length).max().orElse(0);
            stats.byTopic().forEach((topic, r) -> out.println("  " + topic + " ".repeat(w - topic.length()) + "  "
                    + share(r)));
            out.println("Work on: " + String.join(", ", stats.workOn(5)));
        }
        if (orphans > 0) {
            out.println();
            out.println(orphans + " reviewed cards are in no deck in " + decks.location().describe()
                    + " ('sdq list --orphans'); their progress is kept.");
        }
        return ExitCode.OK;
    }

    private static String share(Statistics.Retention r) {
        return r.reviews() == 0 ? "no reviews of due cards yet"
                : Math.round(100 * r.share()) + "% of " + Words.count(r.reviews(), "review");
    }
}
