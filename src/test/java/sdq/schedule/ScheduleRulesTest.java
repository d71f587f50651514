package sdq.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The edges of the schedule's values: what a box list, a card state and a fail rule accept and say. */
class ScheduleRulesTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    @Test
    void aBoxListNeedsABoxAndEveryIntervalAtLeastOneDay() {
        assertThatThrownBy(() -> new Leitner(List.of(), OnFail.FIRST_BOX)).hasMessage("there must be at least one box");
        assertThatThrownBy(() -> new Leitner(List.of(1, 0, 3), OnFail.FIRST_BOX))
                .hasMessage("box 2 has an interval of 0 days; each must be at least 1");
        Leitner one = new Leitner(List.of(1), OnFail.PREVIOUS_BOX);
        assertThat(one.boxes()).isEqualTo(1);
        assertThat(one.intervals()).containsExactly(1);
        assertThat(one.onFail()).isEqualTo(OnFail.PREVIOUS_BOX);
    }

    @Test
    void aCardIsNewUntilItsFirstReview() {
        assertThat(CardState.NEW.isNew()).isTrue();
        CardState once = CardState.NEW.after(Grade.GOOD, 2, true, DAY);
        assertThat(once.isNew()).isFalse();
        assertThat(once.reviews()).isEqualTo(1);
    }

    @Test
    void lapsesCannotOutnumberReviews() {
        assertThatThrownBy(() -> new CardState(1, Optional.empty(), Optional.empty(), Optional.empty(), 1, 2,
                Optional.empty())).hasMessage("bad counts: 1 reviews, 2 lapses");
        assertThat(new CardState(1, Optional.empty(), Optional.empty(), Optional.empty(), 2, 2, Optional.empty())
                .lapses()).isEqualTo(2);
    }

    @Test
    void countsAndBoxesStartAtTheirFloor() {
        assertThatThrownBy(() -> new CardState(0, Optional.empty(), Optional.empty(), Optional.empty(), 0, 0,
                Optional.empty())).hasMessage("box must be 1 or more, was 0");
        assertThatThrownBy(() -> new CardState(1, Optional.empty(), Optional.empty(), Optional.empty(), -1, 0,
                Optional.empty())).hasMessageStartingWith("bad counts");
        assertThatThrownBy(() -> new CardState(1, Optional.empty(), Optional.empty(), Optional.empty(), 0, -1,
                Optional.empty())).hasMessageStartingWith("bad counts");
        assertThat(new CardState(1, Optional.empty(), Optional.empty(), Optional.empty(), 0, 0, Optional.empty()))
                .isEqualTo(CardState.NEW);
    }

    @Test
    void theFailRulesHaveTheirConfigWords() {
        assertThat(OnFail.FIRST_BOX.word()).isEqualTo("first-box");
        assertThat(OnFail.PREVIOUS_BOX.word()).isEqualTo("previous-box");
    }
}
