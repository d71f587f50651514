package sdq.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
import sdq.schedule.Statistics;

/**
 * A census brought up to date for the cards a session took counts what a pass over all the
 * cards counts afterwards: what is due, what is offered, when the rest fall due, the day's counts.
 */
class CensusProperties {
    private static final LocalDate TODAY = QuizPlanTest.TODAY;
    private final Leitner leitner = Leitner.standard();

    /**
     * Cards: 0 new, else a box; days since seen (0 is today); whether buried. The session takes
     * the first {@code taken}, reviews every {@code step}-th of them (GOOD or AGAIN in turn) and
     * buries or unburies some.
     */
    @Property(tries = 300)
    void aCensusAfterASessionIsACountOfAllTheCards(
            @ForAll @Size(min = 1, max = 60) List<@IntRange(min = 0, max = 5) Integer> boxes,
            @ForAll @Size(min = 1, max = 60) List<@IntRange(min = 0, max = 30) Integer> daysAgo,
            @ForAll @Size(min = 1, max = 60) List<Boolean> buriedAtStart,
            @ForAll @IntRange(min = 0, max = 60) int taken, @ForAll @IntRange(min = 1, max = 4) int step,
            @ForAll @IntRange(min = 0, max = 30) int limit) {
        Map<CardId, CardState> states = new HashMap<>();
        List<DeckCard> cards = new ArrayList<>();
        Set<CardId> buried = new HashSet<>();
        for (int i = 0; i < boxes.size(); i++) {
            DeckCard card = QuizPlanTest.card("c" + i);
            cards.add(card);
            if (boxes.get(i) > 0) {
                LocalDate seen = TODAY.minusDays(daysAgo.get(i % daysAgo.size()));
                states.put(card.id(), new CardState(boxes.get(i), Optional.of(seen), Optional.of(seen), Optional.of(seen),
                        1, 0, Optional.of(Grade.GOOD)));
            }
            if (buriedAtStart.get(i % buriedAtStart.size())) {
                buried.add(card.id());
            }
        }
        DayCounts done = DayCounts.of(states.values(), TODAY);
        QuizOptions options = new QuizOptions(20, 10, OptionalInt.of(limit), false, OptionalLong.empty());
        Census census = QuizPlan.planned(cards, id -> stateIn(states, id), Set.copyOf(buried), leitner, TODAY, options, done).census();
        Map<CardId, CardState> before = new HashMap<>();
        List<DeckCard> session = cards.subList(0, Math.min(taken, cards.size()));
        session.forEach(c -> before.put(c.id(), stateIn(states, c.id())));
        Set<CardId> buriedBefore = Set.copyOf(buried);
        for (int i = 0; i < session.size(); i++) {
            CardId id = session.get(i).id();
            if (i % step == 0) {
                states.put(id, leitner.review(stateIn(states, id), i % 2 == 0 ? Grade.GOOD : Grade.AGAIN, TODAY));
            } else if (!buried.remove(id)) {
                buried.add(id);
            }
        }
        Census now = census.after(session, before, buriedBefore, id -> stateIn(states, id), buried);
        DayCounts doneNow = DayCounts.of(states.values(), TODAY);
        assertThat(now.dayCounts()).isEqualTo(doneNow);
        assertThat(now.due(options)).isEqualTo(QuizPlan.due(cards, id -> stateIn(states, id), buried, leitner, TODAY,
                options, doneNow));
        List<CardState> open = new ArrayList<>();
        List<CardState> put = new ArrayList<>();
        cards.forEach(c -> (buried.contains(c.id()) ? put : open).add(stateIn(states, c.id())));
        assertThat(now.nextDue().map(e -> e.getKey() + " " + e.getValue()))
                .isEqualTo(Statistics.nextDue(open, put, leitner, TODAY).map(n -> n.day() + " " + n.cards()));
    }

    private static CardState stateIn(Map<CardId, CardState> states, CardId id) {
        return states.getOrDefault(id, CardState.NEW);
    }
}
