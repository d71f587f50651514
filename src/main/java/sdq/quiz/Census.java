package sdq.quiz;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import sdq.deck.CardId;
import sdq.deck.DeckCard;
import sdq.schedule.CardState;
import sdq.schedule.Leitner;

/**
 * What a selection's cards come to for a session's summary: how many are due and new today,
 * when the others next fall due, and the day's counts over all the progress. It is taken as the
 * session is planned and brought up to date for the few cards the session took, so that the
 * summary makes no second pass over 100,000 cards. It counts as {@link QuizPlan#due} and
 * {@link sdq.schedule.Statistics#nextDue} do.
 */
public final class Census {
    private final Leitner leitner;
    private final LocalDate today;
    private final long day;
    private int due;
    private int fresh;
    /** Cards by the day after today they fall due (a day number; a buried card from tomorrow). */
    private final Map<Long, Integer> later = new HashMap<>();
    private int reviewed;
    private int introduced;

    Census(Leitner leitner, LocalDate today, DayCounts done) {
        this.leitner = leitner;
        this.today = today;
        this.day = today.toEpochDay();
        this.reviewed = done.reviewed();
        this.introduced = done.introduced();
    }

    /** Counts one card of the selection ({@code sign} 1), or takes it back out ({@code -1}). */
    void count(CardState state, boolean buried, int sign) {
        count(state, leitner.dueDay(state, day), buried, sign);
    }

    /** As {@link #count(CardState, boolean, int)}, with the day the card falls due ({@link Leitner#dueDay}). */
    void count(CardState state, long dueDay, boolean buried, int sign) {
        if (buried) {
            add(Math.max(dueDay, day + 1), sign);
            return;
        }
        if (dueDay > day) {
            add(dueDay, sign);
        }
        if (state.isNew()) {
            fresh += sign;
        } else if (dueDay <= day) {
            due += sign;
        }
    }

    private void add(long dueDay, int sign) {
        later.merge(dueDay, sign, (a, b) -> a + b == 0 ? null : a + b);
    }

    /** Takes back one card of all the progress from the day's counts ({@code sign} -1), or adds it (1). */
    private void countDay(CardState state, int sign) {
        if (DayCounts.isToday(state.introduced(), today)) {
            introduced += sign;
        } else if (DayCounts.isToday(state.lastReviewed(), today)) {
            reviewed += sign;
        }
    }

    /**
     * The census after a session that took {@code taken} (the only cards it can have reviewed,
     * buried or unburied): each is counted again with its state now.
     *
     * @param before the states of the taken cards when the census was taken
     */
    public Census after(Iterable<DeckCard> taken, Map<CardId, CardState> before, Set<CardId> buriedBefore,
                        Function<CardId, CardState> now, Set<CardId> buriedNow) {
        Census out = copy();
        Set<CardId> done = new java.util.HashSet<>();
        for (DeckCard card : taken) {
            CardId id = card.id();
            if (!done.add(id)) {
                continue;
            }
            CardState old = before.get(id);
            CardState state = now.apply(id);
            out.count(old, buriedBefore.contains(id), -1);
            out.count(state, buriedNow.contains(id), 1);
            out.countDay(old, -1);
            out.countDay(state, 1);
        }
        return out;
    }

    private Census copy() {
        Census c = new Census(leitner, today, new DayCounts(reviewed, introduced));
        c.due = due;
        c.fresh = fresh;
        c.later.putAll(later);
        return c;
    }

    /** What is due today and what a session with these options offers of it, as {@link QuizPlan#due} gives. */
    public QuizPlan.Due due(QuizOptions options) {
        return QuizPlan.offer(due, fresh, options, dayCounts());
    }

    /** The day's counts over all the progress. */
    public DayCounts dayCounts() {
        return new DayCounts(reviewed, introduced);
    }

    /** The next day after today that cards fall due, and how many. */
    public Optional<Map.Entry<LocalDate, Integer>> nextDue() {
        return later.keySet().stream().min(Long::compare)
                .map(first -> Map.entry(LocalDate.ofEpochDay(first), later.get(first)));
    }
}
