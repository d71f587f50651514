package sdq.quiz;

import java.util.OptionalLong;

/**
 * How a session picks its cards.
 *
 * @param reviews at most this many due cards (those already reviewed today count against it)
 * @param fresh   at most this many new cards (those introduced today count against it)
 * @param cram    review cards that are not due yet; daily limits do not apply, {@code reviews} does
 * @param seed    shuffle the order with this seed; empty keeps the schedule's order
 */
public record QuizOptions(int reviews, int fresh, boolean cram, OptionalLong seed) {
    public QuizOptions {
        if (reviews < 0 || fresh < 0) {
            throw new IllegalArgumentException("limits must be 0 or more");
        }
    }
}
