package sdq.schedule;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a card stands. Its due date follows from its box, the day it was scheduled from and the
 * intervals, so changing the intervals moves due dates without rewriting history.
 *
 * @param box          1 to the number of boxes
 * @param scheduled    the day of the review that set the card's due date; empty for a new card
 * @param introduced   the day of its first review; empty for a new card
 * @param lastReviewed the day of its last review; empty for a new card
 * @param reviews      how many reviews the card has had
 * @param lapses       how many of them were {@code again}
 * @param lastGrade    the grade of the last review, if any
 */
public record CardState(int box, Optional<LocalDate> scheduled, Optional<LocalDate> introduced,
                        Optional<LocalDate> lastReviewed, int reviews, int lapses, Optional<Grade> lastGrade) {
    public static final CardState NEW = new CardState(1, Optional.empty(), Optional.empty(), Optional.empty(),
            0, 0, Optional.empty());

    public CardState {
        if (box < 1) {
            throw new IllegalArgumentException("box must be 1 or more, was " + box);
        }
        Objects.requireNonNull(scheduled, "scheduled");
        Objects.requireNonNull(introduced, "introduced");
        Objects.requireNonNull(lastReviewed, "lastReviewed");
        Objects.requireNonNull(lastGrade, "lastGrade");
        if (reviews < 0 || lapses < 0 || lapses > reviews) {
            throw new IllegalArgumentException("bad counts: " + reviews + " reviews, " + lapses + " lapses");
        }
    }

    public boolean isNew() {
        return reviews == 0;
    }

    /**
     * The state after a recorded review, as the review log tells it: the box it went to, and
     * whether the review set the card's schedule (cramming that succeeds does not).
     */
    public CardState after(Grade grade, int boxAfter, boolean rescheduled, LocalDate day) {
        return new CardState(boxAfter, rescheduled ? Optional.of(day) : scheduled, introduced.or(() -> Optional.of(day)),
                Optional.of(day), reviews + 1, lapses + (grade == Grade.AGAIN ? 1 : 0), Optional.of(grade));
    }
}
