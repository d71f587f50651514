package sdq.schedule;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import sdq.deck.CardId;

/**
 * The figures of a set of cards on a day, from their states and their reviews: cards per box,
 * cards due on each coming day, reviews on each past day and the streaks they make, and
 * retention (the share of reviews of cards that were due answered good or easy).
 *
 * @param boxes     cards per box, box 1 first (a card in a box beyond the last counts in the last)
 * @param fresh     cards never reviewed
 * @param forecast  reviewed cards due on each day from today (today's count includes overdue cards)
 * @param dueIn30   reviewed cards due from today through the 29th day after
 * @param heatmap   reviews on each of the last days, oldest first, today last
 * @param streak    the days in a row with a review, up to today (or up to yesterday, before today's first)
 * @param longest   the longest such run
 * @param last7     retention over the last 7 days
 * @param last30    retention over the last 30 days
 * @param byTopic   retention over the last 30 days in each topic with reviews, lowest first
 */
public record Statistics(List<Integer> boxes, int fresh, List<Integer> forecast, int dueIn30, List<Integer> heatmap,
                         int streak, int longest, Retention last7, Retention last30, Map<String, Retention> byTopic) {
    /** Days shown in the forecast. */
    public static final int FORECAST_DAYS = 14;
    /** Days in the heatmap: 26 weeks. */
    public static final int HEATMAP_DAYS = 26 * 7;

    public Statistics {
        boxes = List.copyOf(boxes);
        forecast = List.copyOf(forecast);
        heatmap = List.copyOf(heatmap);
        byTopic = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byTopic));
    }

    /**
     * Reviews of cards that were due, and how many of them were answered good or easy. A first
     * review (of a new card) and a review ahead of the card's day are not counted: retention is
     * what was remembered when it had to be.
     */
    public record Retention(int reviews, int right) {
        /** The share right, 0 to 1; 0 without reviews. */
        public double share() {
            return reviews == 0 ? 0 : (double) right / reviews;
        }

        Retention plus(boolean wasRight) {
            return new Retention(reviews + 1, right + (wasRight ? 1 : 0));
        }
    }

    /**
     * What statistics need of one review: its day, its grade and what it did to the card. A
     * million of these fit where a million reviews (their ids, times and zones) would not.
     */
    public record Answer(LocalDate day, Grade grade, int boxAfter, boolean rescheduled) {
        public static Answer of(Review review) {
            return new Answer(review.at().toLocalDate(), review.grade(), review.boxAfter(), review.rescheduled());
        }

        /** The state of the card after this answer, from its state before (as {@link Review#applyTo}). */
        public CardState applyTo(CardState before) {
            return before.after(grade, boxAfter, rescheduled, day);
        }
    }

    /** One card: its state now, its answers oldest first, its topics. */
    public record CardHistory(CardId id, CardState state, List<Answer> answers, List<String> topics) {
        public CardHistory {
            answers = List.copyOf(answers);
            topics = List.copyOf(topics);
        }

        public static CardHistory ofReviews(CardId id, CardState state, List<Review> reviews, List<String> topics) {
            return new CardHistory(id, state, reviews.stream().map(Answer::of).toList(), topics);
        }
    }

    public static Statistics of(Collection<CardHistory> cards, Leitner leitner, LocalDate today) {
        List<Integer> boxes = new ArrayList<>(java.util.Collections.nCopies(leitner.boxes(), 0));
        int fresh = 0;
        int[] forecast = new int[FORECAST_DAYS];
        int dueIn30 = 0;
        int[] heatmap = new int[HEATMAP_DAYS];
        TreeMap<LocalDate, Integer> byDay = new TreeMap<>();
        Retention last7 = new Retention(0, 0);
        Retention last30 = new Retention(0, 0);
        Map<String, Retention> byTopic = new TreeMap<>();
        for (CardHistory card : cards) {
            CardState state = card.state();
            int box = leitner.boxOf(state);
            boxes.set(box - 1, boxes.get(box - 1) + 1);
            fresh += state.isNew() ? 1 : 0;
            if (!state.isNew()) {
                // Reviews to come; new cards wait for their day's share, not for a date.
                long in = Math.max(0, ChronoUnit.DAYS.between(today, leitner.due(state, today)));
                if (in < FORECAST_DAYS) {
                    forecast[(int) in]++;
                }
                dueIn30 += in < 30 ? 1 : 0;
            }
            CardState before = CardState.NEW;
            for (Answer review : card.answers()) {
                LocalDate day = review.day();
                byDay.merge(day, 1, Integer::sum);
                long ago = ChronoUnit.DAYS.between(day, today);
                if (ago >= 0 && ago < HEATMAP_DAYS) {
                    heatmap[HEATMAP_DAYS - 1 - (int) ago]++;
                }
                if (!before.isNew() && leitner.isDue(before, day) && ago >= 0 && ago < 30) {
                    boolean right = review.grade() == Grade.GOOD || review.grade() == Grade.EASY;
                    last30 = last30.plus(right);
                    if (ago < 7) {
                        last7 = last7.plus(right);
                    }
                    for (String topic : card.topics()) {
                        byTopic.merge(topic, new Retention(1, right ? 1 : 0),
                                (a, b) -> new Retention(a.reviews() + b.reviews(), a.right() + b.right()));
                    }
                }
                before = review.applyTo(before);
            }
        }
        int[] streaks = streaks(byDay, today);
        Map<String, Retention> lowestFirst = new LinkedHashMap<>();
        byTopic.entrySet().stream()
                .sorted(Comparator.comparingDouble((Map.Entry<String, Retention> e) -> e.getValue().share())
                        .thenComparing(Map.Entry::getKey))
                .forEach(e -> lowestFirst.put(e.getKey(), e.getValue()));
        return new Statistics(boxes, fresh, toList(forecast), dueIn30, toList(heatmap), streaks[0], streaks[1], last7,
                last30, lowestFirst);
    }

    /** The current streak (ending today, or yesterday when today has no review yet) and the longest. */
    private static int[] streaks(TreeMap<LocalDate, Integer> byDay, LocalDate today) {
        int longest = 0;
        int run = 0;
        LocalDate previous = null;
        for (LocalDate day : byDay.keySet()) {
            if (day.isAfter(today)) {
                break;
            }
            run = previous != null && previous.plusDays(1).equals(day) ? run + 1 : 1;
            longest = Math.max(longest, run);
            previous = day;
        }
        int current = 0;
        LocalDate day = byDay.containsKey(today) ? today : today.minusDays(1);
        while (byDay.containsKey(day)) {
            current++;
            day = day.minusDays(1);
        }
        return new int[] {current, longest};
    }

    private static List<Integer> toList(int[] values) {
        List<Integer> out = new ArrayList<>(values.length);
        for (int v : values) {
            out.add(v);
        }
        return out;
    }

    /** The first day after today on which cards fall due, and how many. */
    public record NextDue(LocalDate day, int cards) {
    }

    /**
     * When cards next fall due after today, for the quiz's summary and its "nothing due"
     * message: {@code buried} are cards put away for today, which count from tomorrow.
     */
    public static java.util.Optional<NextDue> nextDue(Collection<CardState> states, Collection<CardState> buried,
                                                      Leitner leitner, LocalDate today) {
        TreeMap<LocalDate, Integer> byDay = new TreeMap<>();
        for (CardState state : states) {
            LocalDate due = leitner.due(state, today);
            if (due.isAfter(today)) {
                byDay.merge(due, 1, Integer::sum);
            }
        }
        for (CardState state : buried) {
            LocalDate due = leitner.due(state, today);
            byDay.merge(due.isAfter(today) ? due : today.plusDays(1), 1, Integer::sum);
        }
        return byDay.isEmpty() ? java.util.Optional.empty()
                : java.util.Optional.of(new NextDue(byDay.firstKey(), byDay.firstEntry().getValue()));
    }

    /** The topics most in need of work: up to {@code n} with the lowest retention. */
    public List<String> workOn(int n) {
        return byTopic.keySet().stream().limit(n).toList();
    }

    /** All the cards counted. */
    public int cards() {
        return boxes.stream().mapToInt(Integer::intValue).sum();
    }

    /** Cards reviewed at least once. */
    public int learned() {
        return cards() - fresh;
    }

    /** Cards in the top two boxes (the top one, with fewer than three boxes): the ones mastered. */
    public int mastered() {
        int n = 0;
        for (int b = Math.max(1, boxes.size() - 2); b < boxes.size(); b++) {
            n += boxes.get(b);
        }
        return n;
    }

    /** The share of cards mastered, 0 to 1. */
    public double mastery() {
        return cards() == 0 ? 0 : (double) mastered() / cards();
    }
}
