package sdq.store;

import java.util.List;
import java.util.Map;
import sdq.schedule.Leitner;
import sdq.schedule.OnFail;

/**
 * The user's settings from {@code config.yaml}. Every setting has a default, so a missing file
 * is the same as an empty one.
 *
 * @param topics        topics to add to the built-in taxonomy (or to use instead of it), each
 *                      with its keywords
 * @param replaceTopics whether {@code topics} replaces the built-in taxonomy
 * @param intervals     the interval in days of each Leitner box
 * @param onFail        where a card answered {@code again} goes
 * @param reviewsPerDay at most this many due cards a day in {@code sdq quiz}
 * @param newPerDay     at most this many new cards a day in {@code sdq quiz}
 */
public record Config(Map<String, List<String>> topics, boolean replaceTopics, List<Integer> intervals, OnFail onFail,
                     int reviewsPerDay, int newPerDay) {
    public static final int REVIEWS_PER_DAY = 20;
    public static final int NEW_PER_DAY = 10;

    public Config {
        topics = Map.copyOf(topics);
        intervals = List.copyOf(intervals);
    }

    public static Config defaults() {
        return new Config(Map.of(), false, Leitner.DEFAULT_INTERVALS, OnFail.FIRST_BOX, REVIEWS_PER_DAY, NEW_PER_DAY);
    }

    public Leitner leitner() {
        return new Leitner(intervals, onFail);
    }
}
