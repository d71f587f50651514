package sdq.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sdq.deck.CardId;
import sdq.schedule.CardState;
import sdq.schedule.Fsrs;
import sdq.schedule.FsrsCard;
import sdq.schedule.FsrsParameters;
import sdq.schedule.Grade;
import sdq.schedule.Leitner;

/** The progress when FSRS schedules: due days are FSRS's, boxes Leitner's, and every review counts for both. */
class ProgressStoreFsrsTest {
    private static final Leitner LEITNER = Leitner.standard();
    private static final Optional<Fsrs> FSRS = Optional.of(new Fsrs(FsrsParameters.standard().withFuzz(false)));
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 23, 9, 30, 0, 0, ZoneId.of("Europe/Berlin"));
    private static final CardId A = new CardId("c-aaaaaa");

    @TempDir
    Path home;

    private ProgressStore writer(Optional<Fsrs> fsrs) throws IOException {
        return ProgressStore.openForWriting(home, LEITNER, fsrs, Duration.ofMillis(200));
    }

    @Test
    void fsrsDecidesTheDueDayFromTheWholeLogAndLeitnerKeepsItsBoxes() throws IOException {
        try (ProgressStore store = writer(FSRS)) {
            store.record(A, "caching", Grade.GOOD, NOW);
            // A new card's good is a learning step of ten minutes: due again today, still box 2 to Leitner.
            assertThat(store.fsrsState(A).orElseThrow().phase()).isEqualTo(FsrsCard.Phase.LEARNING);
            assertThat(LEITNER.due(store.state(A), NOW.toLocalDate())).isEqualTo(NOW.toLocalDate());
            store.record(A, "caching", Grade.GOOD, NOW.plusMinutes(10));
            store.record(A, "caching", Grade.GOOD, NOW.plusDays(2));
        }
        FsrsCard replayed = FSRS.get().replay(List.of(new Fsrs.Answer(NOW, Grade.GOOD, 0),
                new Fsrs.Answer(NOW.plusMinutes(10), Grade.GOOD, 0), new Fsrs.Answer(NOW.plusDays(2), Grade.GOOD, 0)));
        LocalDate fsrsDue = replayed.due().orElseThrow().toLocalDate();
        try (ProgressStore store = ProgressStore.openReadOnly(home, LEITNER, FSRS)) {
            assertThat(store.fsrsState(A)).contains(replayed);
            assertThat(LEITNER.due(store.state(A), NOW.toLocalDate())).isEqualTo(fsrsDue);
        }
        // Back to Leitner: the boxes Leitner alone would have given (the same-day good was a cram), due by its box.
        ProgressStore leitner = ProgressStore.openReadOnly(home, LEITNER);
        CardState state = leitner.state(A);
        assertThat(state.reviews()).isEqualTo(3);
        CardState alone = LEITNER.review(LEITNER.review(LEITNER.review(CardState.NEW, Grade.GOOD, NOW.toLocalDate()),
                Grade.GOOD, NOW.toLocalDate()), Grade.GOOD, NOW.plusDays(2).toLocalDate());
        assertThat(state).isEqualTo(alone);
        assertThat(LEITNER.due(state, NOW.toLocalDate())).isEqualTo(state.scheduled().orElseThrow()
                .plusDays(LEITNER.interval(state.box())));
        assertThat(LEITNER.due(state, NOW.toLocalDate())).isNotEqualTo(fsrsDue);
    }

    @Test
    void anUndoTakesBackTheFsrsStateAndAResetMakesTheCardNew() throws IOException {
        try (ProgressStore store = writer(FSRS)) {
            store.record(A, "caching", Grade.EASY, NOW);
            FsrsCard afterEasy = store.fsrsState(A).orElseThrow();
            store.record(A, "caching", Grade.AGAIN, NOW.plusDays(8));
            assertThat(store.fsrsState(A).orElseThrow().lapses()).isEqualTo(1);
            store.undoLast(NOW.plusDays(8));
            assertThat(store.fsrsState(A)).contains(afterEasy);
        }
        try (ProgressStore store = writer(FSRS)) {
            assertThat(store.fsrsState(A).orElseThrow().phase()).isEqualTo(FsrsCard.Phase.REVIEW);
            store.reset(A, NOW.plusDays(9));
            assertThat(store.fsrsState(A)).contains(FsrsCard.NEW);
            assertThat(store.state(A).isNew()).isTrue();
        }
    }

    @Test
    void theReplayOfTheLogIsWhatTheSessionsHeldWithUndosAndResetsFromEarlierSessions() throws IOException {
        java.util.Random random = new java.util.Random(5);
        List<CardId> cards = List.of(A, new CardId("c-bbbbbb"), new CardId("c-cccccc"), new CardId("c-dddddd"));
        Map<CardId, Optional<FsrsCard>> live = new java.util.HashMap<>();
        ZonedDateTime at = NOW;
        for (int session = 0; session < 12; session++) {
            try (ProgressStore store = writer(FSRS)) {
                for (int i = 0; i < 25; i++) {
                    // Some answers minutes apart (learning steps), most hours or days apart; now and then an undo or a reset.
                    at = at.plusMinutes(random.nextBoolean() ? 1 + random.nextInt(15) : 60L * (1 + random.nextInt(90)));
                    int what = random.nextInt(10);
                    CardId card = cards.get(random.nextInt(cards.size()));
                    if (what == 0) {
                        store.undoLast(at);
                    } else if (what == 1) {
                        store.reset(card, at);
                    } else {
                        store.record(card, "caching", Grade.values()[random.nextInt(4)], at);
                    }
                }
                for (CardId card : cards) {
                    live.put(card, store.fsrsState(card));
                }
            }
        }
        try (ProgressStore store = ProgressStore.openReadOnly(home, LEITNER, FSRS)) {
            for (CardId card : cards) {
                assertThat(store.fsrsState(card)).as(card.value()).isEqualTo(live.get(card));
            }
        }
    }

    @Test
    void aCardWhoseReviewsLeftWithASetAsideLogStartsFromItsBoxNotFromNew() throws IOException {
        try (ProgressStore store = writer(Optional.empty())) {
            store.record(A, "caching", Grade.GOOD, NOW);
            store.record(A, "caching", Grade.GOOD, NOW.plusDays(3));
        }
        java.nio.file.Files.delete(home.resolve(ReviewLog.NAME));
        try (ProgressStore store = writer(FSRS)) {
            FsrsCard estimated = store.fsrsState(A).orElseThrow();
            assertThat(estimated.phase()).isEqualTo(FsrsCard.Phase.REVIEW);
            assertThat(estimated.stability()).isEqualTo(7.0);
            assertThat(store.nextIn(A, NOW.plusDays(10)).get(Grade.GOOD)).isGreaterThan(Duration.ofDays(3));
            store.record(A, "caching", Grade.GOOD, NOW.plusDays(10));
            assertThat(store.fsrsState(A).orElseThrow().reps()).isEqualTo(3);
        }
    }

    @Test
    void theAnswerScreenSeesEachGradesIntervalUnderEitherScheduler() throws IOException {
        try (ProgressStore store = writer(FSRS)) {
            Map<Grade, Duration> next = store.nextIn(A, NOW);
            assertThat(next.get(Grade.AGAIN)).isEqualTo(Duration.ofMinutes(1));
            assertThat(next.get(Grade.HARD)).isEqualTo(Duration.ofMinutes(6));
            assertThat(next.get(Grade.GOOD)).isEqualTo(Duration.ofMinutes(10));
            assertThat(next.get(Grade.EASY)).isEqualTo(Duration.ofDays(8));
        }
        try (ProgressStore store = writer(Optional.empty())) {
            Map<Grade, Duration> next = store.nextIn(A, NOW);
            assertThat(next).containsEntry(Grade.AGAIN, Duration.ofDays(1)).containsEntry(Grade.HARD, Duration.ofDays(1))
                    .containsEntry(Grade.GOOD, Duration.ofDays(3)).containsEntry(Grade.EASY, Duration.ofDays(7));
        }
    }
    /**
     * A replay of a longer log (past the sizes its memory of recent reviews grows at: 1,024 and
     * 2,048) gives every card the state the live session gave it, undos right after each growth and
     * resets included.
     */
    @Test
    void aLongReplayGivesTheStatesTheSessionHad() throws IOException {
        java.util.Random random = new java.util.Random(7);
        List<CardId> cards = java.util.stream.IntStream.range(0, 40)
                .mapToObj(k -> new CardId(String.format("c-%06x", k))).toList();
        Map<CardId, Optional<FsrsCard>> live = new java.util.HashMap<>();
        ZonedDateTime at = NOW;
        try (ProgressStore store = writer(FSRS)) {
            for (int review = 1; review <= 2_100; review++) {
                at = at.plusMinutes(1 + random.nextInt(3_000));
                store.record(cards.get(random.nextInt(cards.size())), "d",
                        Grade.values()[random.nextInt(Grade.values().length)], at);
                if (review == 1_025 || review == 2_049) {
                    // Back over the growth: the undone reviews before it must still be remembered.
                    for (int k = 0; k < 3; k++) {
                        store.undoLast(at);
                    }
                } else if (random.nextInt(50) == 0) {
                    store.undoLast(at);
                }
                if (random.nextInt(400) == 0) {
                    store.reset(cards.get(random.nextInt(cards.size())), at);
                }
            }
            cards.forEach(c -> live.put(c, store.fsrsState(c)));
        }
        try (ProgressStore store = ProgressStore.openReadOnly(home, LEITNER, FSRS)) {
            cards.forEach(c -> assertThat(store.fsrsState(c)).as(c.value()).isEqualTo(live.get(c)));
        }
    }
}
