package sdq.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
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
import sdq.schedule.CardState;
import sdq.schedule.Leitner;
import sdq.store.Config;
import sdq.store.Decks;
import sdq.store.ProgressStore;

@Command(name = "stats", description = "Show progress: reviews, cards per box, what is due.", sortOptions = false)
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
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Decks decks = root.loadDecks(select.deckOptions, err);
        List<DeckCard> cards = select.selection().apply(decks.decks());
        ProgressStore progress = root.readProgress(homeOptions, err);
        Leitner leitner = progress.leitner();
        LocalDate today = LocalDate.now(root.env().clock());
        Map<String, Integer> boxes = new LinkedHashMap<>();
        for (int box = 1; box <= leitner.boxes(); box++) {
            boxes.put(Integer.toString(box), 0);
        }
        int fresh = 0;
        for (DeckCard card : cards) {
            CardState state = progress.state(card.id());
            boxes.merge(Integer.toString(Math.min(state.box(), leitner.boxes())), 1, Integer::sum);
            fresh += state.isNew() ? 1 : 0;
        }
        // Due as the next sdq quiz counts it: buried cards left out, today's limits and what was done today in.
        Config config = root.config();
        QuizPlan.Due due = QuizPlan.due(cards, progress::state, progress.buried(today), leitner, today,
                new QuizOptions(config.reviewsPerDay(), config.newPerDay(), false, OptionalLong.empty()),
                DayCounts.of(progress.states().values(), today));
        Set<CardId> inDecks = decks.decks().stream().flatMap(d -> d.cards().stream()).map(c -> c.id())
                .collect(Collectors.toSet());
        long orphans = progress.states().keySet().stream().filter(id -> !inDecks.contains(id)).count();
        if (output.json) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("cards", cards.size());
            json.put("reviews", progress.reviewCount());
            json.put("new", fresh);
            json.put("due", due.reviews());
            json.put("offered", due.offered());
            json.put("waiting", due.waiting());
            json.put("boxes", boxes);
            json.put("orphans", orphans);
            out.println(Json.write(json));
            return ExitCode.OK;
        }
        out.println(Words.count(cards.size(), "card") + ", " + fresh + " new, " + due.reviews() + " due; "
                + Words.count(progress.reviewCount(), "review") + " logged");
        out.println("Today sdq quiz offers " + Words.count(due.offered(), "card") + " (" + due.offeredReviews() + " due, "
                + due.offeredNew() + " new)" + (due.waiting() > 0 ? "; " + due.waiting() + " more wait beyond today's limits."
                : "."));
        boxes.forEach((box, n) -> out.printf("  box %s (%s): %d%n", box,
                Words.count(leitner.interval(Integer.parseInt(box)), "day"), n));
        if (orphans > 0) {
            out.println(orphans + " reviewed cards are in no deck now ('sdq list --orphans'); their progress is kept.");
        }
        return ExitCode.OK;
    }
}
