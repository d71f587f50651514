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
 * in among them, within the day's limits; or, when cramming, cards not yet due, soonest first.
 */
public final class QuizPlan {
    /** A card with its due day and box worked out once, for sorting many cards quickly. */
    private record Scheduled(DeckCard card, long dueDay, int box) {
    }

    private static final Comparator<Scheduled> BY_DUE =
            Comparator.comparingLong(Scheduled::dueDay).thenComparingInt(Scheduled::box);

    private QuizPlan() {
    }

    /**
     * @param cards  the selected cards, in deck order
     * @param states each card's state
     * @param buried cards put aside until tomorrow
     */
    public static List<DeckCard> plan(List<DeckCard> cards, Function<CardId, CardState> states, Set<CardId> buried,
                                      Leitner leitner, LocalDate today, QuizOptions options) {
        List<Scheduled> due = new ArrayList<>();
        List<DeckCard> fresh = new ArrayList<>();
        List<Scheduled> notDue = new ArrayList<>();
        int reviewedToday = 0;
        int introducedToday = 0;
        for (DeckCard card : cards) {
            CardState state = states.apply(card.id());
            if (state.introduced().filter(today::equals).isPresent()) {
                introducedToday++;
            } else if (state.lastReviewed().filter(today::equals).isPresent()) {
                reviewedToday++;
            }
            if (buried.contains(card.id())) {
                continue;
            }
            if (state.isNew()) {
                fresh.add(card);
                continue;
            }
            LocalDate day = leitner.due(state, today);
            (day.isAfter(today) ? notDue : due).add(new Scheduled(card, day.toEpochDay(), state.box()));
        }
        List<DeckCard> out;
        if (options.cram()) {
            due.sort(BY_DUE);
            notDue.sort(BY_DUE);
            List<DeckCard> pool = new ArrayList<>(due.size() + notDue.size());
            due.forEach(s -> pool.add(s.card()));
            notDue.forEach(s -> pool.add(s.card()));
            out = new ArrayList<>(pool.subList(0, Math.min(options.reviews(), pool.size())));
        } else {
            due.sort(BY_DUE);
            List<DeckCard> reviews = due.subList(0, Math.max(0, Math.min(due.size(), options.reviews() - reviewedToday)))
                    .stream().map(Scheduled::card).toList();
            List<DeckCard> news = fresh.subList(0, Math.max(0, Math.min(fresh.size(), options.fresh() - introducedToday)));
            out = interleave(reviews, news);
        }
        if (options.seed().isPresent()) {
            Collections.shuffle(out, new Random(options.seed().getAsLong()));
        }
        return out;
    }

    /** The new cards spread evenly among the reviews: with 4 reviews and 2 new, r r n r r n. */
    static List<DeckCard> interleave(List<DeckCard> reviews, List<DeckCard> news) {
        List<DeckCard> out = new ArrayList<>(reviews.size() + news.size());
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
