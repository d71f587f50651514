package sdq.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import sdq.deck.CardId;
import sdq.deck.DeckCard;
import sdq.deck.InvalidInputException;
import sdq.deck.Selection;
import sdq.quiz.Census;
import sdq.quiz.DayCounts;
import sdq.quiz.QuizOptions;
import sdq.quiz.QuizPlan;
import sdq.quiz.QuizSession;
import sdq.quiz.QuizSummary;
import sdq.schedule.Grade;
import sdq.schedule.Scheduler;
import sdq.schedule.Leitner;
import sdq.schedule.Statistics;
import sdq.schedule.CardState;
import sdq.schedule.Review;
import sdq.store.Config;
import sdq.store.Decks;
import sdq.store.ProgressStore;
import sdq.term.AnswerParts;
import sdq.term.PlainQuiz;
import sdq.term.QuizView;
import sdq.term.Styles;
import sdq.term.TerminalQuiz;
import sdq.term.Wrap;

@Command(name = "quiz", sortOptions = false,
        description = "Drill the cards that are due, one at a time; every grade is saved at once.",
        footer = {"",
            "Keys: Enter/Space show the answer, a type an answer first (Esc gives it",
            "up), 1 again, 2 hard, 3 good, 4 easy, u undo, s skip, b bury until",
            "tomorrow, e edit in $EDITOR, ? keys (Esc closes them), q quit. Ctrl-Z",
            "suspends the quiz, fg brings it back.",
            "",
            "A session takes the due cards and the new ones within the day's limits",
            "(reviews-per-day and new-per-day in sdq config, counted in every deck);",
            "--limit N takes N cards now, new ones included.",
            "",
            "When standard input is not a terminal, the quiz reads plain lines: an",
            "answer (empty to just see the answer), then a grade (1-4 or",
            "again/hard/good/easy; q quits)."})
final class QuizCommand implements Callable<Integer> {
    @ParentCommand
    SdqCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    SelectionOptions select;

    @Mixin
    HomeOptions homeOptions;

    @Option(names = "--new", paramLabel = "N", description = "At most N new cards a day, counted in every deck"
            + " (default: new-per-day, 10).")
    Integer fresh;

    @Option(names = "--cram", description = "Review cards that are not due yet, and new ones; under Leitner only a"
            + " failure moves them, FSRS counts them as early reviews.")
    boolean cram;

    @Option(names = "--shuffle", description = "Random order.")
    boolean shuffle;

    @Option(names = "--seed", paramLabel = "N", description = "Random order, the same for the same N.")
    Long seed;

    @Option(names = "--typed", description = "Type every answer before seeing the model answer.")
    boolean typed;

    @Option(names = "--scheduler", paramLabel = "NAME", description = "leitner or fsrs: which schedule decides when"
            + " cards come back, for this session (default: scheduler in sdq config, leitner). Every review counts"
            + " for both.")
    String scheduler;

    /** Grades that could not be saved this session (a full disk): the exit code says so. */
    private int unsaved;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Environment env = root.env();
        boolean terminal = env.screen().get().interactive();
        // Setting up the terminal takes a while; it goes on while the decks and progress load
        // (Main starts it even before the command line is parsed).
        CompletableFuture<TerminalQuiz.Screen> screen = !terminal ? null
                : env.warmup().map(w -> w.terminal().thenApply(t -> t.orElseGet(TerminalQuiz::openScreen)))
                        .orElseGet(() -> CompletableFuture.supplyAsync(TerminalQuiz::openScreen));
        Decks decks = root.loadDecks(select.deckOptions, err);
        List<DeckCard> cards = new Selection(select.topics, select.decks, OptionalInt.empty()).apply(decks.decks());
        if (cards.isEmpty()) {
            err.println("No cards to quiz in " + decks.location().describe() + ". Import notes with 'sdq import'.");
            return ExitCode.OK;
        }
        Config config = root.config();
        if (select.limit != null && select.limit < 0 || fresh != null && fresh < 0) {
            throw new InvalidInputException("--limit and --new must be 0 or more.");
        }
        QuizOptions options = new QuizOptions(config.reviewsPerDay(), fresh != null ? fresh : config.newPerDay(),
                select.limit != null ? OptionalInt.of(select.limit) : OptionalInt.empty(), cram,
                seed != null ? OptionalLong.of(seed) : shuffle ? OptionalLong.of(System.nanoTime()) : OptionalLong.empty());
        Optional<Scheduler> chosen = Optional.ofNullable(scheduler).map(word -> Scheduler.parse(word).orElseThrow(() ->
                new InvalidInputException("--scheduler must be leitner or fsrs, not '" + word + "'.")));
        try (ProgressStore store = root.writeProgress(homeOptions, err, chosen)) {
            // Suspended cards are never quizzed ('sdq unsuspend' takes them back).
            cards = cards.stream().filter(c -> !store.suspended().contains(c.id())).toList();
            Leitner leitner = store.leitner();
            LocalDate today = LocalDate.now(env.clock());
            Set<CardId> buried = store.buried(today);
            DayCounts done = DayCounts.of(store.states().values(), today);
            QuizPlan.Planned planned = QuizPlan.planned(cards, store::state, buried, leitner, today, options, done);
            List<DeckCard> plan = planned.cards();
            if (plan.isEmpty()) {
                out.println(nothingDue(cards, store, buried, today, options, done));
                return ExitCode.OK;
            }
            int warned = store.warnings().size();
            // The session changes only its own cards: the summary counts them again, and not all the others.
            Map<CardId, CardState> before = new HashMap<>();
            plan.forEach(c -> before.put(c.id(), store.state(c.id())));
            QuizSession session = new QuizSession(plan, recorder(store, today));
            Instant start = env.clock().instant();
            Styles styles = terminal ? root.styles() : new Styles(false);
            QuizView view = new QuizView(styles, store::state, leitner, today,
                    id -> store.nextIn(id, ZonedDateTime.now(env.clock())));
            if (terminal) {
                new TerminalQuiz(screen.join(), view, AnswerParts::feedback, new DeckEditor(decks, env), typed)
                        .run(session);
            } else {
                BufferedReader in = new BufferedReader(new InputStreamReader(env.in(), StandardCharsets.UTF_8));
                new PlainQuiz(view, in, out, root.textWidth(), AnswerParts::feedback).run(session);
            }
            Census census = planned.census().after(plan, before, buried, store::state, store.buried(today));
            QuizOptions dayShare = new QuizOptions(options.reviews(), options.fresh(), false, OptionalLong.empty());
            QuizSummary summary = QuizSummary.of(session, Duration.between(start, env.clock().instant()),
                    census.due(dayShare), census.nextDue().map(n -> new QuizSummary.NextDue(n.getKey(), n.getValue())));
            out.println();
            int width = terminal ? root.textWidth() : Integer.MAX_VALUE / 4;
            summary.lines(today).forEach(line -> Wrap.plain(line, width).forEach(out::println));
            // What the store noticed during the session (its directory removed and made again, say).
            store.warnings().stream().skip(warned).forEach(w -> err.println("sdq: warning: " + w));
            if (unsaved > 0) {
                err.println("sdq: " + Words.count(unsaved, "grade") + " could not be saved (see above); the summary"
                        + " counts only what was saved.");
                return ExitCode.FAILURE;
            }
        }
        return ExitCode.OK;
    }

    private QuizSession.Recorder recorder(ProgressStore store, LocalDate today) {
        return new QuizSession.Recorder() {
            @Override
            public boolean comesBackSoon(DeckCard card) {
                // Under FSRS a card in its learning steps is due again in minutes: it comes back in the session.
                ZonedDateTime soon = ZonedDateTime.now(root.env().clock()).plusHours(1);
                return store.fsrsState(card.id()).flatMap(sdq.schedule.FsrsCard::due).filter(d -> d.isBefore(soon))
                        .isPresent();
            }

            @Override
            public Review record(DeckCard card, Grade grade) throws IOException {
                try {
                    return store.record(card.id(), card.deck(), grade, ZonedDateTime.now(root.env().clock()));
                } catch (IOException e) {
                    unsaved++;
                    throw e;
                }
            }

            @Override
            public Optional<Review> undo() throws IOException {
                return store.undoLast(ZonedDateTime.now(root.env().clock()));
            }

            @Override
            public void bury(DeckCard card) throws IOException {
                store.bury(card.id(), today);
            }

            @Override
            public void unbury(DeckCard card) throws IOException {
                store.unbury(card.id(), today);
            }
        };
    }

    /** The next day after today that cards fall due among the selection, and how many (a buried card from tomorrow). */
    private static Optional<QuizSummary.NextDue> nextDue(List<DeckCard> cards, ProgressStore store, Set<CardId> buried,
                                                         LocalDate today) {
        List<CardState> open = new ArrayList<>();
        List<CardState> put = new ArrayList<>();
        cards.forEach(c -> (buried.contains(c.id()) ? put : open).add(store.state(c.id())));
        return Statistics.nextDue(open, put, store.leitner(), today).map(n -> new QuizSummary.NextDue(n.day(), n.cards()));
    }

    /** Why the session has no card: today's share is done (and what was done), or nothing is due (and when it is). */
    private String nothingDue(List<DeckCard> cards, ProgressStore store, Set<CardId> buried, LocalDate today,
                              QuizOptions options, DayCounts done) {
        QuizPlan.Due due = QuizPlan.due(cards, store::state, buried, store.leitner(), today, options, done);
        if (due.waiting() > 0) {
            return "You have done today's share: " + Words.count(done.reviewed(), "review") + " and "
                    + Words.count(done.introduced(), "new card") + " today. " + Words.count(due.reviews(), "due card")
                    + " and " + Words.count(due.fresh(), "new card") + " wait; --limit N takes N cards now, --new N allows"
                    + " N new cards a day, --cram reviews early.";
        }
        StringBuilder message = new StringBuilder("Nothing is due now.");
        nextDue(cards, store, buried, today).ifPresent(next -> {
            long days = ChronoUnit.DAYS.between(today, next.day());
            message.append(" Next: ").append(Words.count(next.cards(), "card")).append(" on ").append(next.day())
                    .append(days == 1 ? " (tomorrow)" : " (in " + days + " days)").append(". To review early: sdq quiz --cram.");
        });
        return message.toString();
    }
}
