package sdq.quiz;

import java.time.LocalDate;
import java.util.Collection;
import sdq.schedule.CardState;

/**
 * What was done today, in every deck: reviews of cards seen before today, and new cards
 * introduced. The day's limits count these, whatever selection a session takes.
 *
 * @param reviewed   cards seen before today and reviewed today
 * @param introduced cards first reviewed today
 */
public record DayCounts(int reviewed, int introduced) {
    public static DayCounts of(Collection<CardState> states, LocalDate today) {
        int reviewed = 0;
        int introduced = 0;
        for (CardState state : states) {
            // Written out, not with Optional.filter(today::equals): a pass over 100,000 states made an object per state.
            if (isToday(state.introduced(), today)) {
                introduced++;
            } else if (isToday(state.lastReviewed(), today)) {
                reviewed++;
            }
        }
        return new DayCounts(reviewed, introduced);
    }

    /** Whether the day is there and is {@code today}. */
    static boolean isToday(java.util.Optional<LocalDate> day, LocalDate today) {
        return day.isPresent() && day.get().equals(today);
    }
}
