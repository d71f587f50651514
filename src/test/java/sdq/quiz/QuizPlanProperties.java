package sdq.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import sdq.deck.CardId;
import sdq.deck.DeckCard;
import sdq.schedule.CardState;
import sdq.schedule.Grade;
import sdq.schedule.Leitner;

/** The first cards of a plan, picked without sorting them all, are what a stable sort puts first. */
class QuizPlanProperties {
    /** Pairs (key, place): ordered by key only, so the places show whether ties kept their order. */
    @Property(tries = 300)
    void theFirstKAreTheFirstKOfAStableSort(@ForAll @Size(max = 400) List<@IntRange(min = 0, max = 12) Integer> keys,
                                            @ForAll @IntRange(min = -1, max = 420) int k) {
        List<int[]> items = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            items.add(new int[] {keys.get(i), i});
        }
        Comparator<int[]> byKey = Comparator.comparingInt(a -> a[0]);
        List<int[]> sorted = new ArrayList<>(items);
        sorted.sort(byKey);
        List<int[]> expected = k <= 0 ? List.of() : sorted.subList(0, Math.min(k, sorted.size()));
        assertThat(QuizPlan.first(items, k, byKey)).usingElementComparator(Comparator.comparingInt((int[] a) -> a[0])
                .thenComparingInt(a -> a[1])).containsExactlyElementsOf(expected);
    }

    /**
     * Cramming k cards gives the first k of cramming them all: each card new (0) or in a box,
     * last seen some days ago, so that due, not yet due and new cards mix, with ties.
     */
    @Property(tries = 200)
    void aCramOfKCardsIsTheFirstKOfACramOfAll(
            @ForAll @Size(max = 120) List<@IntRange(min = 0, max = 5) Integer> boxes,
            @ForAll @Size(max = 120) List<@IntRange(min = 0, max = 40) Integer> daysAgo,
            @ForAll @IntRange(min = 0, max = 130) int k) {
        LocalDate today = QuizPlanTest.TODAY;
        Leitner leitner = Leitner.standard();
        Map<CardId, CardState> states = new HashMap<>();
        List<DeckCard> cards = new ArrayList<>();
        for (int i = 0; i < boxes.size(); i++) {
            DeckCard card = QuizPlanTest.card("c" + i);
            cards.add(card);
            if (boxes.get(i) > 0) {
                LocalDate seen = today.minusDays(daysAgo.isEmpty() ? 0 : daysAgo.get(i % daysAgo.size()));
                states.put(card.id(), new CardState(boxes.get(i), Optional.of(seen), Optional.of(seen),
                        Optional.of(seen), 1, 0, Optional.of(Grade.GOOD)));
            }
        }
        List<DeckCard> all = QuizPlan.plan(cards, id -> states.getOrDefault(id, CardState.NEW), Set.of(), leitner, today,
                new QuizOptions(20, 20, OptionalInt.of(cards.size()), true, OptionalLong.empty()));
        List<DeckCard> some = QuizPlan.plan(cards, id -> states.getOrDefault(id, CardState.NEW), Set.of(), leitner, today,
                new QuizOptions(20, 20, OptionalInt.of(k), true, OptionalLong.empty()));
        assertThat(all).hasSameSizeAs(cards);
        assertThat(some).containsExactlyElementsOf(all.subList(0, Math.min(k, all.size())));
    }
}
