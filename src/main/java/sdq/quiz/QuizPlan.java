package sdq.quiz;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import sdq.deck.CardId;
import sdq.deck.DeckCard;
import sdq.schedule.CardState;
import sdq.schedule.Leitner;

/**
 * The cards of a session, in order: due cards oldest due first, new cards (in deck order) mixed
 * in among them, within the day's limits and the session's; or, when cramming, every card soonest
 * due first, new ones last. The one definition of what is due today ({@link Due}) that the quiz,
 * {@code sdq stats}, {@code sdq topics} and the session summary all give.
 */
public final class QuizPlan {
    /** A card with its due day and box worked out once, for sorting many cards quickly. */
    private record Scheduled(DeckCard card, long dueDay, int box) {
    }

    /**
     * What is due today among a selection, and what the next session offers of it.
     *
     * @param reviews        cards seen before that are due (or overdue), not buried
     * @param fresh          new cards, not buried
     * @param offeredReviews the due cards the next session offers, within the limits
     * @param offeredNew     the new cards it offers
     */
    public record Due(int reviews, int fresh, int offeredReviews, int offeredNew) {
        /** The cards the next session offers. */
        public int offered() {
            return offeredReviews + offeredNew;
        }

        /** The due and new cards that wait beyond today's limits. */
        public int waiting() {
            return reviews - offeredReviews + fresh - offeredNew;
        }
    }

    /** Most overdue first, then the lower box (written out: the quick-start JIT does not inline comparator chains). */
    private static final Comparator<Scheduled> BY_DUE = (a, b) -> a.dueDay() != b.dueDay()
            ? Long.compare(a.dueDay(), b.dueDay()) : Integer.compare(a.box(), b.box());

    private QuizPlan() {
    }

    /** The cards of a session, and the census of the selection taken on the way (for the session's summary). */
    public record Planned(List<DeckCard> cards, Census census) {
    }

    /** The cards of a session. */
    public static List<DeckCard> plan(List<DeckCard> cards, Function<CardId, CardState> states, Set<CardId> buried,
                                      Leitner leitner, LocalDate today, QuizOptions options, DayCounts done) {
        return plan(sort(cards, states, buried, leitner, today, null), options, done);
    }

    /** The cards of a session, with the selection's {@link Census} (one pass over the cards for both). */
    public static Planned planned(List<DeckCard> cards, Function<CardId, CardState> states, Set<CardId> buried,
                                  Leitner leitner, LocalDate today, QuizOptions options, DayCounts done) {
        Census census = new Census(leitner, today, done);
        return new Planned(plan(sort(cards, states, buried, leitner, today, census), options, done), census);
    }

    private static List<DeckCard> plan(Sorted sorted, QuizOptions options, DayCounts done) {
        List<DeckCard> out;
        if (options.cram()) {
            // Due cards, then the others soonest due first, then new ones: only as many as the session takes are sorted.
            int k = Math.max(0, options.limit().orElse(options.reviews()));
            out = new ArrayList<>(Math.min(k, sorted.due.size() + sorted.notDue.size() + sorted.fresh.size()));
            for (Scheduled s : first(sorted.due, k)) {
                out.add(s.card());
            }
            for (Scheduled s : first(sorted.notDue, k - out.size())) {
                out.add(s.card());
            }
            out.addAll(sorted.fresh.subList(0, Math.min(k - out.size(), sorted.fresh.size())));
        } else {
            Due due = offer(sorted, options, done);
            List<DeckCard> reviews = first(sorted.due, due.offeredReviews()).stream().map(Scheduled::card).toList();
            out = interleave(reviews, sorted.fresh.subList(0, due.offeredNew()));
            if (options.limit().isPresent() && out.size() > options.limit().getAsInt()) {
                out = new ArrayList<>(out.subList(0, options.limit().getAsInt()));
            }
        }
        if (options.seed().isPresent()) {
            Collections.shuffle(out, new Random(options.seed().getAsLong()));
        }
        return out;
    }

    /** The cards of a session, the day's counts taken from the selection itself (a state of just these cards). */
    public static List<DeckCard> plan(List<DeckCard> cards, Function<CardId, CardState> states, Set<CardId> buried,
                                      Leitner leitner, LocalDate today, QuizOptions options) {
        return plan(cards, states, buried, leitner, today, options,
                DayCounts.of(cards.stream().map(c -> states.apply(c.id())).toList(), today));
    }

    /** What is due today among the cards, and what the next session with these options offers. */
    public static Due due(List<DeckCard> cards, Function<CardId, CardState> states, Set<CardId> buried, Leitner leitner,
                          LocalDate today, QuizOptions options, DayCounts done) {
        return offer(sort(cards, states, buried, leitner, today, null), options, done);
    }

    private static Due offer(Sorted sorted, QuizOptions options, DayCounts done) {
        return offer(sorted.due.size(), sorted.fresh.size(), options, done);
    }

    /** What a session offers of {@code dueCount} due cards and {@code freshCount} new ones. */
    static Due offer(int dueCount, int freshCount, QuizOptions options, DayCounts done) {
        int reviewCap = options.limit().orElse(Math.max(0, options.reviews() - done.reviewed()));
        int reviews = Math.min(dueCount, reviewCap);
        int fresh = Math.min(freshCount, Math.max(0, options.fresh() - done.introduced()));
        if (options.limit().isPresent()) {
            // The session's limit takes the new cards as they come among the reviews.
            int taken = Math.min(options.limit().getAsInt(), reviews + fresh);
            int newTaken = newAmong(reviews, fresh, taken);
            return new Due(dueCount, freshCount, taken - newTaken, newTaken);
        }
        return new Due(dueCount, freshCount, reviews, fresh);
    }

    /** How many of the first {@code taken} cards of {@link #interleave} are new ones. */
    private static int newAmong(int reviews, int fresh, int taken) {
        int r = 0;
        int n = 0;
        while (r + n < taken) {
            boolean takeNew = n < fresh && (r >= reviews || (long) (n + 1) * reviews <= (long) r * fresh);
            if (takeNew) {
                n++;
            } else {
                r++;
            }
        }
        return n;
    }

    /** The cards due, new and not due, in the order of the selection (sorted only as far as a plan needs). */
    private record Sorted(List<Scheduled> due, List<DeckCard> fresh, List<Scheduled> notDue) {
    }

    /**
     * The first {@code k} of the cards by {@link #BY_DUE}, ties in their order: what a stable
     * sort puts first, without sorting all of them (a session takes 20 of 100,000 due cards).
     */
    static <T> List<T> first(List<T> items, int k, Comparator<? super T> order) {
        int n = items.size();
        if (k <= 0) {
            return List.of();
        }
        if ((long) k * 8 >= n) {
            List<T> all = new ArrayList<>(items);
            all.sort(order);
            return all.subList(0, Math.min(k, n));
        }
        // The k first so far, the last of them on top: a later item displaces it only when strictly before it.
        Comparator<Integer> byPlace = (i, j) -> {
            int c = order.compare(items.get(i), items.get(j));
            return c != 0 ? c : Integer.compare(i, j);
        };
        java.util.PriorityQueue<Integer> kept = new java.util.PriorityQueue<>(k, byPlace.reversed());
        for (int i = 0; i < n; i++) {
            if (kept.size() < k) {
                kept.add(i);
            } else if (byPlace.compare(i, kept.peek()) < 0) {
                kept.poll();
                kept.add(i);
            }
        }
        List<Integer> places = new ArrayList<>(kept);
        places.sort(byPlace);
        List<T> out = new ArrayList<>(k);
        places.forEach(i -> out.add(items.get(i)));
        return out;
    }

    private static List<Scheduled> first(List<Scheduled> cards, int k) {
        return first(cards, k, BY_DUE);
    }

    /** The cards sorted; each counted in {@code census} too, when there is one. */
    private static Sorted sort(List<DeckCard> cards, Function<CardId, CardState> states, Set<CardId> buried,
                               Leitner leitner, LocalDate today, Census census) {
        List<Scheduled> due = new ArrayList<>();
        List<DeckCard> fresh = new ArrayList<>();
        List<Scheduled> notDue = new ArrayList<>();
        long todayNumber = today.toEpochDay();
        for (DeckCard card : cards) {
            boolean isBuried = buried.contains(card.id());
            if (isBuried && census == null) {
                continue;
            }
            CardState state = states.apply(card.id());
            long day = leitner.dueDay(state, todayNumber);
            if (census != null) {
                census.count(state, day, isBuried, 1);
                if (isBuried) {
                    continue;
                }
            }
            if (state.isNew()) {
                fresh.add(card);
                continue;
            }
            (day > todayNumber ? notDue : due).add(new Scheduled(card, day, state.box()));
        }
        return new Sorted(due, fresh, notDue);
    }

    /** The new cards spread evenly among the reviews: with 4 reviews and 2 new, r r n r r n. */
    static <T> List<T> interleave(List<T> reviews, List<T> news) {
        List<T> out = new ArrayList<>(reviews.size() + news.size());
        int r = 0;
        int n = 0;
        while (r < reviews.size() || n < news.size()) {
            // The k-th new card comes once k/N of the reviews are done.
            boolean takeNew = n < news.size()
                    && (r >= reviews.size() || (long) (n + 1) * reviews.size() <= (long) r * news.size());
            out.add(takeNew ? news.get(n++) : reviews.get(r++));
        }
        return out;
    }
}
