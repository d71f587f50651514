package sdq.term;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import sdq.deck.Card;
import sdq.deck.CardId;
import sdq.deck.DeckCard;
import sdq.quiz.QuizSession;
import sdq.schedule.CardState;
import sdq.schedule.Grade;
import sdq.schedule.Leitner;

/** The grade keys at the foot of the answer, each with when the card would come back. */
class QuizViewTest {
    private static final DeckCard CARD = new DeckCard("d", new Card(new CardId("c-aaaaaa"), "Q?", "A.", List.of()));
    private static final Map<Grade, Duration> NEXT = Map.of(Grade.AGAIN, Duration.ofMinutes(10), Grade.HARD,
            Duration.ofDays(2), Grade.GOOD, Duration.ofDays(5), Grade.EASY, Duration.ofDays(12));

    private final QuizView view = new QuizView(new Styles(false), id -> CardState.NEW, Leitner.standard(),
            LocalDate.of(2026, 12, 2), id -> NEXT);

    @Test
    void eachGradeShowsWhenTheCardComesBackAtAnyWidth() {
        assertThat(view.footer(QuizSession.Side.ANSWER, Optional.of(CARD), false, 110).toString())
                .isEqualTo("1 again 10m · 2 hard 2d · 3 good 5d · 4 easy 12d (Space/Enter good) · u undo · s skip"
                        + " · ? keys · q quit");
        assertThat(view.footer(QuizSession.Side.ANSWER, Optional.of(CARD), false, 80).toString())
                .isEqualTo("1 again 10m · 2 hard 2d · 3 good 5d · 4 easy 12d · q quit · ? keys");
        assertThat(view.footer(QuizSession.Side.ANSWER, Optional.of(CARD), false, 90).toString())
                .isEqualTo("1 again 10m · 2 hard 2d · 3 good 5d · 4 easy 12d · ⏎ good · u undo · q quit · ? keys");
        assertThat(view.footer(QuizSession.Side.ANSWER, Optional.of(CARD), true, 60).toString())
                .isEqualTo("↓ j  1 10m · 2 2d · 3 5d · 4 12d · ⏎ good · q quit · ? keys");
        assertThat(view.footer(QuizSession.Side.ANSWER, Optional.of(CARD), false, 40).toString())
                .isEqualTo("1-4 grade · ⏎ good · q quit · ? keys");
        assertThat(view.footer(QuizSession.Side.QUESTION, Optional.of(CARD), false, 100).toString())
                .startsWith("Enter show answer");
    }

    @Test
    void timesAreAsShortAsTheyCanBeRead() {
        assertThat(QuizView.brief(Duration.ofSeconds(20))).isEqualTo("<1m");
        assertThat(QuizView.brief(Duration.ofMinutes(6))).isEqualTo("6m");
        assertThat(QuizView.brief(Duration.ofMinutes(150))).isEqualTo("2h");
        assertThat(QuizView.brief(Duration.ofDays(29))).isEqualTo("29d");
        assertThat(QuizView.brief(Duration.ofDays(75))).isEqualTo("2.5mo");
        assertThat(QuizView.brief(Duration.ofDays(90))).isEqualTo("3mo");
        assertThat(QuizView.brief(Duration.ofDays(800))).isEqualTo("2.2y");
        // The day the clocks change is 23 hours long; almost a year is a year.
        assertThat(QuizView.brief(Duration.ofHours(23))).isEqualTo("1d");
        assertThat(QuizView.brief(Duration.ofDays(364))).isEqualTo("1y");
    }

    @Test
    void theKeysFitTheWidthWithEachKeyWhole() {
        for (int width : new int[] {40, 60, 80, 100}) {
            for (boolean typed : new boolean[] {false, true}) {
                java.util.List<String> lines = QuizView.keys(typed, width);
                assertThat(lines).allSatisfy(l -> assertThat(Wrap.width(l)).isLessThanOrEqualTo(Math.max(width, 44)));
                String all = String.join("   ", lines);
                assertThat(all).contains(typed ? ":b bury until tomorrow" : "b  bury until tomorrow");
                assertThat(all).contains(typed ? ":q quit" : "q  quit");
            }
        }
        assertThat(QuizView.keys(false, 80)).containsExactly("Enter/Space  show the answer   a  type an answer first",
                "1 again  2 hard  3 good  4 easy   (Space/Enter on the answer: good)",
                "u  undo the last grade   s  skip (comes back at the end)",
                "b  bury until tomorrow   e  edit the card in $EDITOR",
                "j/k, arrows, PgUp/PgDn  scroll   ?  these keys   q  quit");
    }
}
