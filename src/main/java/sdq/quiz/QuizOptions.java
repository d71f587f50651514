package sdq.quiz;

import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * How a session picks its cards.
 *
 * @param reviews at most this many due cards a day (those already reviewed today count against it);
 *                a session limit, when given, stands in for it
 * @param fresh   at most this many new cards a day (those introduced today, in any deck, count against it)
 * @param limit   at most this many cards in the session, new ones included
 * @param cram    review cards that are not due yet, and new ones; daily limits do not apply
 * @param seed    shuffle the order with this seed; empty keeps the schedule's order
 */
public record QuizOptions(int reviews, int fresh, OptionalInt limit, boolean cram, OptionalLong seed) {
    public QuizOptions {
        if (reviews < 0 || fresh < 0 || limit.isPresent() && limit.getAsInt() < 0) {
            throw new IllegalArgumentException("limits must be 0 or more");
        }
    }

    /** The day's limits and no limit of the session's own. */
    public QuizOptions(int reviews, int fresh, boolean cram, OptionalLong seed) {
        this(reviews, fresh, OptionalInt.empty(), cram, seed);
    }
}
