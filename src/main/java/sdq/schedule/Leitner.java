package sdq.schedule;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The Leitner system: boxes 1..N, each with an interval in days. {@code good} moves a card up a
 * box, {@code easy} up two, {@code hard} keeps it, {@code again} sends it back (to box 1, or down
 * one box). A card is due on the day it was scheduled from plus its box's interval, and all that
 * day. Reviewing a card before it is due (cramming) is allowed, but only a failure changes it.
 */
public final class Leitner {
    public static final List<Integer> DEFAULT_INTERVALS = List.of(1, 3, 7, 14, 30);

    private final List<Integer> intervals;
    private final OnFail onFail;

    public Leitner(List<Integer> intervals, OnFail onFail) {
        this.intervals = List.copyOf(intervals);
        this.onFail = Objects.requireNonNull(onFail, "onFail");
        if (this.intervals.isEmpty()) {
            throw new IllegalArgumentException("there must be at least one box");
        }
        for (int i = 0; i < this.intervals.size(); i++) {
            if (this.intervals.get(i) < 1) {
                throw new IllegalArgumentException("box " + (i + 1) + " has an interval of " + this.intervals.get(i)
                        + " days; each must be at least 1");
            }
        }
    }

    public static Leitner standard() {
        return new Leitner(DEFAULT_INTERVALS, OnFail.FIRST_BOX);
    }

    public int boxes() {
        return intervals.size();
    }

    public List<Integer> intervals() {
        return intervals;
    }

    public OnFail onFail() {
        return onFail;
    }

    /** The interval of a box; a box beyond the last (after fewer boxes were configured) is the last. */
    public int interval(int box) {
        return intervals.get(Math.min(box, intervals.size()) - 1);
    }

    /** The box a card counts in: its own, or the last when fewer boxes are configured now than it climbed. */
    public int boxOf(CardState state) {
        return Math.min(state.box(), boxes());
    }

    /** The day a card is due: today for a new card, else its scheduling day plus its box's interval. */
    public LocalDate due(CardState state, LocalDate today) {
        return state.scheduled().map(day -> day.plusDays(interval(state.box()))).orElse(today);
    }

    /** {@link #due} as a day number ({@link LocalDate#toEpochDay}), made without a date object: for passes over many cards. */
    public long dueDay(CardState state, long today) {
        return state.scheduled().isPresent() ? state.scheduled().get().toEpochDay() + interval(state.box()) : today;
    }

    public boolean isDue(CardState state, LocalDate today) {
        return !due(state, today).isAfter(today);
    }

    /** The state after a review on {@code today} with {@code grade}. */
    public CardState review(CardState state, Grade grade, LocalDate today) {
        return state.after(grade, boxAfter(state, grade, today), reschedules(state, grade, today), today);
    }

    /**
     * Whether a review sets the card's schedule: when the card was due, or when it failed.
     * Cramming a card before its day and knowing it changes nothing but the counts.
     */
    public boolean reschedules(CardState state, Grade grade, LocalDate today) {
        return grade == Grade.AGAIN || isDue(state, today);
    }

    /** The days from {@code today} until the card is due again after a review with {@code grade}. */
    public int daysUntilDue(CardState state, Grade grade, LocalDate today) {
        LocalDate next = due(review(state, grade, today), today);
        return (int) Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(today, next));
    }

    /** The box a review sends a card to. */
    public int boxAfter(CardState state, Grade grade, LocalDate today) {
        int box = boxOf(state);
        if (!reschedules(state, grade, today)) {
            return box;
        }
        return switch (grade) {
            case AGAIN -> onFail == OnFail.FIRST_BOX ? 1 : Math.max(1, box - 1);
            case HARD -> box;
            case GOOD -> Math.min(boxes(), box + 1);
            case EASY -> Math.min(boxes(), box + 2);
        };
    }
}
