package sdq.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static sdq.quiz.QuizPlanTest.card;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import sdq.deck.DeckCard;
import sdq.quiz.QuizScreen.Effect;
import sdq.quiz.QuizScreen.Key;
import sdq.schedule.Grade;

/** What each key does to the quiz screen: after every key, the screen shows the state the session is in. */
class QuizScreenTest {
    private final QuizSessionTest.FakeRecorder recorder = new QuizSessionTest.FakeRecorder();

    private QuizScreen screen(boolean typed, String... ids) {
        List<DeckCard> cards = new ArrayList<>();
        for (String id : ids) {
            cards.add(card(id));
        }
        return new QuizScreen(new QuizSession(cards, recorder), typed, r -> "Saved: " + r.grade().word() + ".");
    }

    private static String shown(QuizScreen s) {
        return s.session().current().map(c -> c.id().value()).orElse("none") + " " + s.session().side();
    }

    @Test
    void escapeOrAKeyThatMeansNothingChangesNothing() throws IOException {
        QuizScreen s = screen(false, "c-000001", "c-000002");
        s.press(Key.ESCAPE, 10);
        s.press(Key.OTHER, 10);
        assertThat(shown(s)).isEqualTo("c-000001 QUESTION");
        assertThat(s.press(Key.REVEAL, 10)).isEqualTo(Effect.NONE);
        assertThat(shown(s)).isEqualTo("c-000001 ANSWER");
        assertThat(recorder.recorded).isEmpty();
    }

    @Test
    void escapeClosesTheHelpAndOnlyTheHelp() throws IOException {
        QuizScreen s = screen(false, "c-000001");
        s.press(Key.HELP, 10);
        assertThat(s.help()).isTrue();
        s.press(Key.ESCAPE, 10);
        assertThat(s.help()).isFalse();
        assertThat(shown(s)).isEqualTo("c-000001 QUESTION");
    }

    @Test
    void aGradeNeedsTheAnswerShownFirst() throws IOException {
        QuizScreen s = screen(false, "c-000001", "c-000002");
        s.press(Key.GOOD, 10);
        assertThat(s.status()).isEqualTo("Show the answer first (Enter or Space), then grade.");
        assertThat(recorder.recorded).isEmpty();
        s.press(Key.REVEAL, 10);
        s.press(Key.REVEAL, 10);
        assertThat(recorder.recorded).extracting(r -> r.grade()).containsExactly(Grade.GOOD);
        assertThat(shown(s)).isEqualTo("c-000002 QUESTION");
        assertThat(s.status()).isEqualTo("Saved: good.");
    }

    @Test
    void aGradeClosesTheHelpAndANewCardStartsUnscrolled() throws IOException {
        QuizScreen s = screen(false, "c-000001", "c-000002");
        s.press(Key.REVEAL, 10);
        s.press(Key.PAGE_DOWN, 10);
        s.press(Key.HELP, 10);
        assertThat(s.scroll()).isEqualTo(10);
        s.press(Key.EASY, 10);
        assertThat(s.help()).isFalse();
        assertThat(s.scroll()).isZero();
    }

    @Test
    void theLastCardCannotBeSkippedAndSaysSo() throws IOException {
        QuizScreen s = screen(false, "c-000001");
        s.press(Key.SKIP, 10);
        assertThat(s.status()).isEqualTo("Nothing to skip to: this is the last card.");
        assertThat(shown(s)).isEqualTo("c-000001 QUESTION");
    }

    @Test
    void typedModeOpensTheEditorForEveryQuestionAfterASkipAnUndoOrAGrade() throws IOException {
        QuizScreen s = screen(true, "c-000001", "c-000002", "c-000003");
        assertThat(s.editorDue()).isTrue();
        s.typed(Optional.of(":s"));
        assertThat(shown(s)).isEqualTo("c-000002 QUESTION");
        assertThat(s.editorDue()).isTrue();
        s.typed(Optional.of(":u"));
        assertThat(shown(s)).isEqualTo("c-000001 QUESTION");
        assertThat(s.editorDue()).isTrue();
        s.typed(Optional.of("a cache in front of the database"));
        assertThat(shown(s)).isEqualTo("c-000001 ANSWER");
        assertThat(s.typed()).isEqualTo("a cache in front of the database");
        assertThat(s.editorDue()).isFalse();
        s.press(Key.GOOD, 10);
        assertThat(shown(s)).isEqualTo("c-000002 QUESTION");
        assertThat(s.typed()).isEmpty();
        assertThat(s.editorDue()).isTrue();
    }

    @Test
    void escapeInTheEditorGoesBackToTheQuestionAndAOpensItAgain() throws IOException {
        QuizScreen s = screen(true, "c-000001", "c-000002");
        s.typed(Optional.empty());
        assertThat(shown(s)).isEqualTo("c-000001 QUESTION");
        assertThat(s.editorDue()).isFalse();
        assertThat(s.press(Key.TYPE, 10)).isEqualTo(Effect.TYPE_ANSWER);
        assertThat(s.press(Key.REVEAL, 10)).isEqualTo(Effect.NONE);
        assertThat(shown(s)).isEqualTo("c-000001 ANSWER");
        s.press(Key.HARD, 10);
        assertThat(s.editorDue()).as("the next card asks for its answer again").isTrue();
    }

    @Test
    void anUnknownCommandSaysWhichThereAre() throws IOException {
        QuizScreen s = screen(true, "c-000001");
        s.typed(Optional.of(":x"));
        assertThat(s.status()).isEqualTo("Unknown command :x; :u, :s, :b, :e or :q.");
        assertThat(s.typed(Optional.of(":q"))).isEqualTo(Effect.QUIT);
        assertThat(s.session().finished()).isTrue();
    }

    @Test
    void aFailedCardComingBackIsAskedAfresh() throws IOException {
        QuizScreen s = screen(true, "c-000001");
        s.typed(Optional.of("no idea"));
        s.press(Key.AGAIN, 10);
        assertThat(shown(s)).isEqualTo("c-000001 QUESTION");
        assertThat(s.typed()).isEmpty();
        assertThat(s.editorDue()).isTrue();
    }
}
