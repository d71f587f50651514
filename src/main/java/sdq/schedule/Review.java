package sdq.schedule;

import java.time.ZonedDateTime;
import java.util.Objects;
import sdq.deck.CardId;

/**
 * One graded answer, as the review log keeps it.
 *
 * @param id          unique among all reviews
 * @param card        the card reviewed
 * @param deck        the deck it was in at the time
 * @param at          when, with the user's zone
 * @param grade       the grade given
 * @param boxBefore   its box before
 * @param boxAfter    its box after
 * @param rescheduled whether the review set its due date (false when cramming succeeded)
 */
public record Review(String id, CardId card, String deck, ZonedDateTime at, Grade grade, int boxBefore, int boxAfter,
                     boolean rescheduled) {
    public Review {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(deck, "deck");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(grade, "grade");
        if (boxBefore < 1 || boxAfter < 1) {
            throw new IllegalArgumentException("boxes start at 1");
        }
    }

    /** The state of the card after this review, from its state before. */
    public CardState applyTo(CardState before) {
        return before.after(grade, boxAfter, rescheduled, at.toLocalDate());
    }
}
