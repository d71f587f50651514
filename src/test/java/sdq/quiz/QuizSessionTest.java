package sdq.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static sdq.quiz.QuizPlanTest.card;

import java.io.IOException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import sdq.deck.DeckCard;
import sdq.schedule.Grade;
import sdq.schedule.Review;

class QuizSessionTest {
    /** Records in memory, as the progress store would, and can be made to fail. */
    static final class FakeRecorder implements QuizSession.Recorder {
        final List<Review> recorded = new ArrayList<>();
        final Set<String> buried = new HashSet<>();
        boolean failing;
        /** Cards that, once graded, are due again within minutes (FSRS's learning steps). */
        final Set<String> inSteps = new HashSet<>();

        @Override
        public boolean comesBackSoon(DeckCard card) {
            return inSteps.remove(card.id().value());
        }

        @Override
        public Review record(DeckCard card, Grade grade) throws IOException {
            if (failing) {
                throw new IOException("No space left on device");
            }
            Review r = new Review("r" + recorded.size(), card.id(), card.deck(),
                    ZonedDateTime.of(2026, 11, 23, 9, 0, 0, 0, ZoneId.of("UTC")), grade, 1, grade == Grade.AGAIN ? 1 : 2,
                    true);
            recorded.add(r);
            return r;
        }

        @Override
        public Optional<Review> undo() {
            return recorded.isEmpty() ? Optional.empty() : Optional.of(recorded.remove(recorded.size() - 1));
        }

        @Override
        public void bury(DeckCard card) {
            buried.add(card.id().value());
        }

        @Override
        public void unbury(DeckCard card) {
            buried.remove(card.id().value());
        }
    }

    private final FakeRecorder recorder = new FakeRecorder();

    private QuizSession session(String... ids) {
        List<DeckCard> cards = new ArrayList<>();
        for (String id : ids) {
            cards.add(card(id));
        }
        return new QuizSession(cards, recorder);
    }

    private static String current(QuizSession s) {
        return s.current().map(c -> c.id().value()).orElse("-");
    }

    @Test
    void cardsComeOneByOneQuestionFirst() throws IOException {
        QuizSession s = session("a", "b");
        assertThat(current(s)).isEqualTo("a");
        assertThat(s.side()).isEqualTo(QuizSession.Side.QUESTION);
        assertThat(s.position()).isEqualTo(1);
        assertThat(s.total()).isEqualTo(2);
        s.reveal();
        assertThat(s.side()).isEqualTo(QuizSession.Side.ANSWER);
        s.grade(Grade.GOOD);
        assertThat(current(s)).isEqualTo("b");
        assertThat(s.side()).isEqualTo(QuizSession.Side.QUESTION);
        assertThat(s.position()).isEqualTo(2);
        s.grade(Grade.EASY);
        assertThat(s.finished()).isTrue();
        assertThat(recorder.recorded).extracting(Review::grade).containsExactly(Grade.GOOD, Grade.EASY);
    }

    @Test
    void aCardInALearningStepComesBackInTheSessionThoughAnsweredGood() throws IOException {
        QuizSession s = session("a", "b", "c", "d", "e");
        recorder.inSteps.add("a");
        s.grade(Grade.GOOD);
        List<String> order = new ArrayList<>();
        while (!s.finished()) {
            order.add(current(s) + (s.isRetry() ? s.failedLast() ? "!" : "*" : ""));
            s.grade(Grade.GOOD);
        }
        // Back in its step, not after a failure (the screen says "learning", not "again").
        assertThat(order).containsExactly("b", "c", "d", "a*", "e");
        assertThat(recorder.recorded).hasSize(6);
    }

    @Test
    void aFailedCardComesBackUntilAnsweredRight() throws IOException {
        QuizSession s = session("a", "b", "c", "d", "e");
        s.grade(Grade.AGAIN);
        List<String> order = new ArrayList<>();
        while (!s.finished()) {
            order.add(current(s) + (s.isRetry() ? s.failedLast() ? "!" : "*" : ""));
            s.grade(current(s).equals("a") && order.size() < 5 ? Grade.AGAIN : Grade.GOOD);
        }
        assertThat(order).containsExactly("b", "c", "d", "a!", "e", "a!");
        assertThat(s.total()).isEqualTo(5);
        assertThat(recorder.recorded).hasSize(7);
    }

    @Test
    void aSkippedCardGoesToTheEnd() throws IOException {
        QuizSession s = session("a", "b", "c");
        s.skip();
        assertThat(current(s)).isEqualTo("b");
        s.grade(Grade.GOOD);
        s.grade(Grade.GOOD);
        assertThat(current(s)).isEqualTo("a");
        s.skip();
        assertThat(current(s)).isEqualTo("a");
        assertThat(recorder.recorded).hasSize(2);
    }

    @Test
    void undoStepsBackSeveralGradesAndTheirRequeues() throws IOException {
        QuizSession s = session("a", "b", "c");
        s.grade(Grade.GOOD);
        s.grade(Grade.AGAIN);
        s.reveal();
        assertThat(s.undo()).isTrue();
        assertThat(current(s)).isEqualTo("b");
        assertThat(s.side()).isEqualTo(QuizSession.Side.QUESTION);
        assertThat(s.isRetry()).isFalse();
        assertThat(s.undo()).isTrue();
        assertThat(current(s)).isEqualTo("a");
        assertThat(recorder.recorded).isEmpty();
        assertThat(s.undo()).isFalse();
        s.grade(Grade.EASY);
        s.grade(Grade.GOOD);
        s.grade(Grade.GOOD);
        assertThat(s.finished()).isTrue();
        assertThat(s.reviews()).hasSize(3);
    }

    @Test
    void buryingTakesACardOutAndUndoBringsItBack() throws IOException {
        QuizSession s = session("a", "b");
        s.bury();
        assertThat(recorder.buried).containsExactly("a");
        assertThat(current(s)).isEqualTo("b");
        assertThat(s.position()).isEqualTo(2);
        s.undo();
        assertThat(recorder.buried).isEmpty();
        assertThat(current(s)).isEqualTo("a");
    }

    @Test
    void aGradeThatCannotBeSavedLeavesTheCardWhereItWas() throws IOException {
        QuizSession s = session("a", "b");
        s.reveal();
        recorder.failing = true;
        assertThatThrownBy(() -> s.grade(Grade.GOOD)).hasMessage("No space left on device");
        assertThat(current(s)).isEqualTo("a");
        assertThat(s.side()).isEqualTo(QuizSession.Side.ANSWER);
        assertThat(s.reviews()).isEmpty();
        recorder.failing = false;
        s.grade(Grade.GOOD);
        assertThat(current(s)).isEqualTo("b");
    }

    @Test
    void quittingKeepsWhatWasGraded() throws IOException {
        QuizSession s = session("a", "b", "c");
        s.grade(Grade.HARD);
        s.quit();
        assertThat(s.finished()).isTrue();
        assertThat(recorder.recorded).hasSize(1);
    }

    @Test
    void theSummaryCountsMovesAndWeakTopics() throws IOException {
        QuizSession s = session("a", "b");
        s.grade(Grade.AGAIN);
        s.grade(Grade.GOOD);
        s.grade(Grade.GOOD);
        QuizSummary summary = QuizSummary.of(s, Duration.ofSeconds(75), new QuizPlan.Due(0, 0, 0, 0),
                Optional.of(new QuizSummary.NextDue(QuizPlanTest.TODAY.plusDays(1), 4)));
        assertThat(summary.reviews()).isEqualTo(3);
        assertThat(summary.cards()).isEqualTo(2);
        assertThat(summary.right()).isEqualTo(2);
        assertThat(summary.wrong()).isEqualTo(1);
        // A card failed and answered again is one card reviewed twice.
        assertThat(summary.lines(QuizPlanTest.TODAY)).containsExactly(
                "Reviewed 2 cards in 3 answers: 2 right, 1 wrong, in 1 min 15 s.",
                "  box 1 -> 2: 2 cards",
                "Weakest topics: caching (1 of 3 wrong)",
                "Next due: 4 cards on 2026-11-24 (tomorrow).");
    }

    @Test
    void theSummarySaysWhatIsStillDueTodayAndWhatWaitsBeyondTheLimits() throws IOException {
        QuizSession s = session("a");
        s.grade(Grade.GOOD);
        Optional<QuizSummary.NextDue> tomorrow = Optional.of(new QuizSummary.NextDue(QuizPlanTest.TODAY.plusDays(1), 4));
        assertThat(QuizSummary.of(s, Duration.ofSeconds(5), new QuizPlan.Due(8, 30, 8, 2), tomorrow)
                .lines(QuizPlanTest.TODAY)).endsWith("Still due today: 10 cards (run sdq quiz again); 28 more wait beyond"
                + " today's limits.");
        assertThat(QuizSummary.of(s, Duration.ofSeconds(5), new QuizPlan.Due(3, 5, 0, 0), tomorrow)
                .lines(QuizPlanTest.TODAY)).contains("Today's share is done; 8 cards wait beyond today's limits"
                + " (--limit N takes N cards now, --new N allows N new cards a day).");
    }
}
