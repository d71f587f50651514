package sdq.schedule;

import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a card stands under FSRS: its memory (stability and difficulty), its phase, and when it
 * is due. Computed by replaying the card's reviews, never stored on its own: the review log is
 * the truth, so switching schedulers loses nothing.
 *
 * @param phase        new, learning (first steps), review, or relearning (steps after a lapse)
 * @param step         which learning or relearning step the card is at
 * @param stability    days until recall falls to 90%; 0 for a new card
 * @param difficulty   1 (easy) to 10 (hard); 0 for a new card
 * @param lastReview   when it was last reviewed; empty for a new card
 * @param due          when it is due next; empty for a new card (due at once)
 * @param scheduledDays the days the last review scheduled it for (0 while in steps)
 * @param reps         how many reviews it has had
 * @param lapses       how many times it was forgotten after it was learned
 */
public record FsrsCard(Phase phase, int step, double stability, double difficulty, Optional<ZonedDateTime> lastReview,
                       Optional<ZonedDateTime> due, int scheduledDays, int reps, int lapses) {
    /** The phases of a card, as FSRS schedulers name them. */
    public enum Phase {
        NEW, LEARNING, REVIEW, RELEARNING
    }

    public static final FsrsCard NEW = new FsrsCard(Phase.NEW, 0, 0, 0, Optional.empty(), Optional.empty(), 0, 0, 0);

    public FsrsCard {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(lastReview, "lastReview");
        Objects.requireNonNull(due, "due");
        if (step < 0 || reps < 0 || lapses < 0 || scheduledDays < 0) {
            throw new IllegalArgumentException("negative step or count");
        }
    }

    /** Whether the card is due at {@code now}: a new card always is. */
    public boolean isDue(ZonedDateTime now) {
        return due.map(d -> !d.isAfter(now)).orElse(true);
    }
}
