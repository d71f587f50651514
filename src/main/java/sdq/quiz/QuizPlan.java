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
    private QuizPlan() {
    }

    /**
     * @param cards  the selected cards, in deck order
     * @param states each card's state
     * @param buried cards put aside until tomorrow
     */
    public static List<DeckCard> plan(List<DeckCard> cards, Function<CardId, CardState> states, Set<CardId> buried,
                                      Leitner leitner, LocalDate today, QuizOptions options) {
        List<DeckCard> due = new ArrayList<>();
        List<DeckCard> fresh = new ArrayList<>();
        List<DeckCard> notDue = new ArrayList<>();
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
            } else if (leitner.isDue(state, today)) {
                due.add(card);
            } else {
                notDue.add(card);
            }
        }
        Comparator<DeckCard> byDue = Comparator.comparing((DeckCard c) -> leitner.due(states.apply(c.id()), today))
                .thenComparingInt(c -> states.apply(c.id()).box());
        List<DeckCard> out;
        if (options.cram()) {
            notDue.sort(byDue);
            List<DeckCard> pool = new ArrayList<>(due);
            pool.sort(byDue);
            pool.addAll(notDue);
            out = new ArrayList<>(pool.subList(0, Math.min(options.reviews(), pool.size())));
        } else {
            due.sort(byDue);
            List<DeckCard> reviews = due.subList(0, Math.max(0, Math.min(due.size(), options.reviews() - reviewedToday)));
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
