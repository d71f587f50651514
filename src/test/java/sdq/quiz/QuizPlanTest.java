package sdq.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;
import sdq.deck.Card;
import sdq.deck.CardId;
import sdq.deck.DeckCard;
import sdq.schedule.CardState;
import sdq.schedule.Grade;
import sdq.schedule.Leitner;

class QuizPlanTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private final Leitner leitner = Leitner.standard();
    private final Map<CardId, CardState> states = new HashMap<>();

    static DeckCard card(String id) {
        return new DeckCard("d", new Card(new CardId(id), "Q " + id + "?", "A " + id, List.of("caching")));
    }

    /** A card reviewed so that it falls due {@code daysAgo} days before today (negative: in the future). */
    private void due(String id, int box, int daysAgo) {
        LocalDate scheduled = TODAY.minusDays(daysAgo + leitner.interval(box));
        states.put(new CardId(id), new CardState(box, Optional.of(scheduled), Optional.of(scheduled),
                Optional.of(scheduled), 2, 0, Optional.of(Grade.GOOD)));
    }

    private List<String> plan(List<DeckCard> cards, QuizOptions options, Set<CardId> buried) {
        return QuizPlan.plan(cards, id -> states.getOrDefault(id, CardState.NEW), buried, leitner, TODAY, options)
                .stream().map(c -> c.id().value()).toList();
    }

    private static QuizOptions limits(int reviews, int fresh) {
        return new QuizOptions(reviews, fresh, false, OptionalLong.empty());
    }

    @Test
    void dueCardsComeOldestDueFirstAndFutureOnesNotAtAll() {
        due("late", 2, 5);
        due("today", 1, 0);
        due("week", 3, 7);
        due("later", 2, -2);
        assertThat(plan(List.of(card("late"), card("today"), card("week"), card("later")), limits(20, 0), Set.of()))
                .containsExactly("week", "late", "today");
    }

    @Test
    void newCardsAreMixedInAmongReviewsInDeckOrder() {
        due("r1", 1, 3);
        due("r2", 1, 2);
        due("r3", 1, 1);
        due("r4", 1, 0);
        List<DeckCard> cards = List.of(card("n1"), card("r1"), card("n2"), card("r2"), card("r3"), card("r4"));
        assertThat(plan(cards, limits(20, 10), Set.of())).containsExactly("r1", "r2", "n1", "r3", "r4", "n2");
    }

    @Test
    void theDailyLimitsCountWhatWasDoneToday() {
        for (int i = 0; i < 5; i++) {
            due("r" + i, 1, 1);
        }
        states.put(new CardId("done"), new CardState(2, Optional.of(TODAY), Optional.of(TODAY.minusDays(3)),
                Optional.of(TODAY), 3, 0, Optional.of(Grade.GOOD)));
        states.put(new CardId("introduced"), new CardState(2, Optional.of(TODAY), Optional.of(TODAY),
                Optional.of(TODAY), 1, 0, Optional.of(Grade.GOOD)));
        List<DeckCard> cards = List.of(card("r0"), card("r1"), card("r2"), card("r3"), card("r4"), card("done"),
                card("introduced"), card("n1"), card("n2"), card("n3"));
        List<String> planned = plan(cards, limits(3, 2), Set.of());
        assertThat(planned).filteredOn(id -> id.startsWith("r")).hasSize(2);
        assertThat(planned).filteredOn(id -> id.startsWith("n")).containsExactly("n1");
    }

    @Test
    void theSessionLimitBoundsNewCardsToo() {
        for (int i = 0; i < 4; i++) {
            due("r" + i, 1, 1);
        }
        List<DeckCard> cards = List.of(card("r0"), card("r1"), card("r2"), card("r3"), card("n1"), card("n2"), card("n3"));
        QuizOptions three = new QuizOptions(20, 10, java.util.OptionalInt.of(3), false, OptionalLong.empty());
        assertThat(plan(cards, three, Set.of())).hasSize(3);
        QuizPlan.Due due = QuizPlan.due(cards, id -> states.getOrDefault(id, CardState.NEW), Set.of(), leitner, TODAY,
                three, new DayCounts(0, 0));
        assertThat(due.offered()).isEqualTo(3);
        assertThat(due.waiting()).isEqualTo(4);
    }

    @Test
    void theDaysNewCardsCountInEveryDeckNotOnlyTheSelection() {
        List<DeckCard> cards = List.of(card("n1"), card("n2"), card("n3"));
        // Ten new cards were introduced today elsewhere (another topic's session): none is left for this one.
        List<String> planned = QuizPlan.plan(cards, id -> CardState.NEW, Set.of(), leitner, TODAY, limits(20, 10),
                new DayCounts(0, 10)).stream().map(c -> c.id().value()).toList();
        assertThat(planned).isEmpty();
    }

    @Test
    void crammingAFreshStateTakesNewCards() {
        assertThat(plan(List.of(card("n1"), card("n2")), new QuizOptions(20, 10, true, OptionalLong.empty()), Set.of()))
                .containsExactly("n1", "n2");
    }

    @Test
    void buriedCardsStayAway() {
        due("r1", 1, 1);
        assertThat(plan(List.of(card("r1"), card("n1")), limits(20, 10), Set.of(new CardId("r1"), new CardId("n1"))))
                .isEmpty();
    }

    @Test
    void crammingTakesCardsNotYetDueSoonestFirst() {
        due("soon", 2, -1);
        due("far", 5, -20);
        due("now", 1, 0);
        List<String> planned = plan(List.of(card("far"), card("soon"), card("now"), card("n1")),
                new QuizOptions(10, 10, true, OptionalLong.empty()), Set.of());
        assertThat(planned).containsExactly("now", "soon", "far", "n1");
        assertThat(plan(List.of(card("far"), card("soon"), card("now")), new QuizOptions(2, 0, true, OptionalLong.empty()),
                Set.of())).containsExactly("now", "soon");
    }

    @Test
    void aSeedShufflesTheSameWayEachTime() {
        List<DeckCard> cards = List.of(card("n1"), card("n2"), card("n3"), card("n4"), card("n5"), card("n6"));
        QuizOptions seeded = new QuizOptions(20, 20, false, OptionalLong.of(7));
        List<String> first = plan(cards, seeded, Set.of());
        assertThat(plan(cards, seeded, Set.of())).isEqualTo(first);
        assertThat(first).containsExactlyInAnyOrder("n1", "n2", "n3", "n4", "n5", "n6").isNotEqualTo(plan(cards, limits(20, 20), Set.of()));
    }
}
