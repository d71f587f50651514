package sdq.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class LeitnerTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private final Leitner leitner = Leitner.standard();

    /** A card in {@code box} that falls due today. */
    private CardState dueIn(int box) {
        LocalDate scheduled = TODAY.minusDays(leitner.interval(box));
        return new CardState(box, Optional.of(scheduled), Optional.of(scheduled), Optional.of(scheduled), 3, 0,
                Optional.of(Grade.GOOD));
    }

    @ParameterizedTest(name = "box {0}, {1} -> box {2}, due in {3} days")
    @CsvSource({
        "1, AGAIN, 1, 1", "1, HARD, 1, 1", "1, GOOD, 2, 3", "1, EASY, 3, 7",
        "2, AGAIN, 1, 1", "2, HARD, 2, 3", "2, GOOD, 3, 7", "2, EASY, 4, 14",
        "3, AGAIN, 1, 1", "3, HARD, 3, 7", "3, GOOD, 4, 14", "3, EASY, 5, 30",
        "4, AGAIN, 1, 1", "4, HARD, 4, 14", "4, GOOD, 5, 30", "4, EASY, 5, 30",
        "5, AGAIN, 1, 1", "5, HARD, 5, 30", "5, GOOD, 5, 30", "5, EASY, 5, 30"
    })
    void everyBoxAndGrade(int box, Grade grade, int nextBox, int days) {
        CardState after = leitner.review(dueIn(box), grade, TODAY);
        assertThat(after.box()).isEqualTo(nextBox);
        assertThat(leitner.due(after, TODAY)).isEqualTo(TODAY.plusDays(days));
        assertThat(after.reviews()).isEqualTo(4);
        assertThat(after.lapses()).isEqualTo(grade == Grade.AGAIN ? 1 : 0);
        assertThat(after.lastGrade()).contains(grade);
    }

    @ParameterizedTest(name = "previous-box: box {0} again -> box {1}")
    @CsvSource({"1, 1", "2, 1", "3, 2", "5, 4"})
    void previousBoxOnFailGoesDownOne(int box, int nextBox) {
        Leitner gentle = new Leitner(Leitner.DEFAULT_INTERVALS, OnFail.PREVIOUS_BOX);
        assertThat(gentle.review(dueIn(box), Grade.AGAIN, TODAY).box()).isEqualTo(nextBox);
    }

    @Test
    void aNewCardIsInBoxOneAndDueToday() {
        assertThat(CardState.NEW.box()).isEqualTo(1);
        assertThat(leitner.isDue(CardState.NEW, TODAY)).isTrue();
        CardState after = leitner.review(CardState.NEW, Grade.GOOD, TODAY);
        assertThat(after.box()).isEqualTo(2);
        assertThat(after.introduced()).contains(TODAY);
        assertThat(leitner.due(after, TODAY)).isEqualTo(TODAY.plusDays(3));
    }

    @Test
    void aCardIsDueAllOfItsDay() {
        CardState state = dueIn(2);
        assertThat(leitner.isDue(state, TODAY)).isTrue();
        assertThat(leitner.isDue(state, TODAY.minusDays(1))).isFalse();
        assertThat(leitner.isDue(state, TODAY.plusDays(5))).isTrue();
    }

    @Test
    void crammingCountsButOnlyAFailureMovesTheCard() {
        CardState notDue = leitner.review(dueIn(2), Grade.GOOD, TODAY);
        LocalDate due = leitner.due(notDue, TODAY);
        CardState crammed = leitner.review(notDue, Grade.EASY, TODAY.plusDays(1));
        assertThat(crammed.box()).isEqualTo(notDue.box());
        assertThat(leitner.due(crammed, TODAY)).isEqualTo(due);
        assertThat(crammed.reviews()).isEqualTo(notDue.reviews() + 1);
        CardState failed = leitner.review(notDue, Grade.AGAIN, TODAY.plusDays(1));
        assertThat(failed.box()).isEqualTo(1);
        assertThat(leitner.due(failed, TODAY)).isEqualTo(TODAY.plusDays(2));
    }

    @Test
    void changingTheIntervalsRederivesDueDates() {
        CardState state = leitner.review(dueIn(2), Grade.GOOD, TODAY);
        assertThat(leitner.due(state, TODAY)).isEqualTo(TODAY.plusDays(7));
        Leitner slower = new Leitner(List.of(2, 5, 10), OnFail.FIRST_BOX);
        assertThat(slower.due(state, TODAY)).isEqualTo(TODAY.plusDays(10));
        Leitner fewer = new Leitner(List.of(1, 2), OnFail.FIRST_BOX);
        assertThat(fewer.due(state, TODAY)).isEqualTo(TODAY.plusDays(2));
        assertThat(fewer.review(state, Grade.GOOD, TODAY.plusDays(2)).box()).isEqualTo(2);
    }

    @Test
    void gradesParseFromKeysAndWords() {
        assertThat(Grade.parse("1")).contains(Grade.AGAIN);
        assertThat(Grade.parse(" Good ")).contains(Grade.GOOD);
        assertThat(Grade.parse("4")).contains(Grade.EASY);
        assertThat(Grade.parse("5")).isEmpty();
        assertThat(Grade.parse("meh")).isEmpty();
        assertThat(Grade.parse("\tHARD\n")).contains(Grade.HARD);
        assertThat(Grade.parse("easy")).contains(Grade.EASY);
        assertThat(Grade.parse("again")).contains(Grade.AGAIN);
        assertThat(Grade.parse("goody")).isEmpty();
        assertThat(Grade.parse("goo")).isEmpty();
        assertThat(Grade.parse("0")).isEmpty();
        assertThat(Grade.parse("12")).isEmpty();
        assertThat(Grade.parse("")).isEmpty();
        assertThat(Grade.parse("   ")).isEmpty();
    }
}
