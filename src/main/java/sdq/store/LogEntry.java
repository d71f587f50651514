package sdq.store;

import java.time.ZonedDateTime;
import sdq.deck.CardId;
import sdq.schedule.CardState;
import sdq.schedule.Review;

/** A line of the review log: a review, or the undoing of one with the state it restored. */
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
}
