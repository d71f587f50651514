package sdq.store;

import java.time.ZonedDateTime;
import sdq.deck.CardId;
import sdq.schedule.CardState;
import sdq.schedule.Review;

/** A line of the review log: a review, the undoing of one with the state it restored, a suspension, a reset. */
public sealed interface LogEntry {
    String id();

    CardId card();

    record Reviewed(Review review) implements LogEntry {
        @Override
        public String id() {
            return review.id();
        }

        @Override
        public CardId card() {
            return review.card();
        }
    }

    record Undone(String id, String undoneId, CardId card, ZonedDateTime at, CardState restored) implements LogEntry {
    }

    /** A card suspended (never quizzed) or, with {@code suspended} false, taken back. */
    record Suspension(String id, CardId card, ZonedDateTime at, boolean suspended) implements LogEntry {
    }

    /** A card's progress forgotten (it is new again); {@code before} is what it had, so the log can undo it. */
    record Reset(String id, CardId card, ZonedDateTime at, CardState before) implements LogEntry {
    }
}
