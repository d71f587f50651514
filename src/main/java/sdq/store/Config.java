package sdq.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import sdq.schedule.Fsrs;
import sdq.schedule.FsrsParameters;
import sdq.schedule.Leitner;
import sdq.schedule.OnFail;
import sdq.schedule.Scheduler;

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
 * @param scheduler     which schedule decides when cards come back
 * @param fsrs          FSRS's desired retention and parameters, for when it schedules
 */
public record Config(Map<String, List<String>> topics, boolean replaceTopics, List<Integer> intervals, OnFail onFail,
                     int reviewsPerDay, int newPerDay, Scheduler scheduler, FsrsParameters fsrs) {
    public static final int REVIEWS_PER_DAY = 20;
    public static final int NEW_PER_DAY = 10;

    public Config {
        topics = Map.copyOf(topics);
        intervals = List.copyOf(intervals);
    }

    public static Config defaults() {
        return new Config(Map.of(), false, Leitner.DEFAULT_INTERVALS, OnFail.FIRST_BOX, REVIEWS_PER_DAY, NEW_PER_DAY,
                Scheduler.LEITNER, FsrsParameters.standard());
    }

    /** FSRS, when it is the scheduler ({@code override}: the one a command line chose, if any). */
    public Optional<Fsrs> fsrsScheduler(Optional<Scheduler> override) {
        return override.orElse(scheduler) == Scheduler.FSRS ? Optional.of(new Fsrs(fsrs)) : Optional.empty();
    }

    public Leitner leitner() {
        return new Leitner(intervals, onFail);
    }
}
