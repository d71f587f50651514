package sdq.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import sdq.deck.CardId;

/** The figures of a fixed history on a fixed day, exactly. */
class StatisticsTest {
    private static final Leitner LEITNER = Leitner.standard();
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    /** A card reviewed with these grades on these days (days before today), in order. */
    private static Statistics.CardHistory card(String id, List<String> topics, Object... daysAgoAndGrades) {
        CardState state = CardState.NEW;
        List<Review> reviews = new ArrayList<>();
        for (int i = 0; i < daysAgoAndGrades.length; i += 2) {
            LocalDate day = TODAY.minusDays((Integer) daysAgoAndGrades[i]);
            Grade grade = (Grade) daysAgoAndGrades[i + 1];
            Review r = new Review("r" + id + i, new CardId(id), "d", ZonedDateTime.of(day.atTime(9, 0), ZONE), grade,
                    LEITNER.boxOf(state), LEITNER.boxAfter(state, grade, day), LEITNER.reschedules(state, grade, day));
            reviews.add(r);
            state = r.applyTo(state);
        }
        return Statistics.CardHistory.ofReviews(new CardId(id), state, reviews, topics);
    }

    private static Statistics fixture() {
        return Statistics.of(List.of(
                // good 10 days ago -> box 2, due 7 days ago: good -> box 3, due today: good -> box 4.
                card("a", List.of("caching"), 10, Grade.GOOD, 7, Grade.GOOD, 0, Grade.GOOD),
                // good 3 days ago -> box 2 due today; again yesterday was early -> box 1, due today.
                card("b", List.of("caching", "queues"), 3, Grade.GOOD, 1, Grade.AGAIN),
                // good 40 days ago -> box 2, due 37 days ago; again 20 days ago -> box 1, due 19 days ago.
                card("c", List.of("queues"), 40, Grade.GOOD, 20, Grade.AGAIN),
                card("d", List.of("queues")),
                card("e", List.of())), LEITNER, TODAY);
    }

    @Test
    void boxesNewAndMastery() {
        Statistics s = fixture();
        // a climbed to box 4; b and c failed back to box 1, where the new d and e are.
        assertThat(s.boxes()).containsExactly(4, 0, 0, 1, 0);
        assertThat(s.cards()).isEqualTo(5);
        assertThat(s.fresh()).isEqualTo(2);
        assertThat(s.learned()).isEqualTo(3);
        assertThat(s.mastered()).isEqualTo(1);
    }

    @Test
    void theForecastCountsOverdueCardsToday() {
        Statistics s = fixture();
        // b and c (overdue) are due today; a (box 4 after today) in 14 days; new cards wait for no date.
        assertThat(s.forecast().get(0)).isEqualTo(2);
        assertThat(s.forecast().subList(1, 14)).allMatch(n -> n == 0);
        assertThat(s.dueIn30()).isEqualTo(3);
    }

    @Test
    void theHeatmapAndTheStreaks() {
        Statistics s = fixture();
        List<Integer> heat = s.heatmap();
        assertThat(heat).hasSize(182);
        assertThat(heat.get(181)).isEqualTo(1);
        assertThat(heat.get(180)).isEqualTo(1);
        assertThat(heat.get(179)).isZero();
        assertThat(heat.get(178)).isEqualTo(1);
        assertThat(heat.stream().mapToInt(Integer::intValue).sum()).isEqualTo(7);
        assertThat(s.streak()).isEqualTo(2);
        assertThat(s.longest()).isEqualTo(2);
    }

    @Test
    void retentionCountsOnlyDueCardsThatWereNotNew() {
        Statistics s = fixture();
        // Reviews of due cards in the last 30 days: a 7 days ago and today (good, good), c 20 days ago (again).
        // First reviews are not counted, nor b's again yesterday, a day early.
        assertThat(s.last30()).isEqualTo(new Statistics.Retention(3, 2));
        assertThat(s.last7()).isEqualTo(new Statistics.Retention(1, 1));
        assertThat(s.byTopic().keySet()).containsExactly("queues", "caching");
        assertThat(s.byTopic().get("queues")).isEqualTo(new Statistics.Retention(1, 0));
        assertThat(s.byTopic().get("caching")).isEqualTo(new Statistics.Retention(2, 2));
        assertThat(s.workOn(5)).containsExactly("queues", "caching");
    }

    @Test
    void aStreakGoesOnUntilTheDayIsOver() {
        Statistics s = Statistics.of(List.of(card("a", List.of(), 3, Grade.GOOD, 2, Grade.HARD, 1, Grade.HARD)), LEITNER,
                TODAY);
        assertThat(s.streak()).isEqualTo(3);
        Statistics broken = Statistics.of(List.of(card("a", List.of(), 3, Grade.GOOD)), LEITNER, TODAY);
        assertThat(broken.streak()).isZero();
        assertThat(broken.longest()).isEqualTo(1);
    }

    @Test
    void theNextDueDayCountsABuriedCardFromTomorrow() {
        CardState dueToday = card("a", List.of(), 3, Grade.GOOD).state();
        CardState inFour = card("b", List.of(), 3, Grade.EASY).state();
        assertThat(Statistics.nextDue(List.of(dueToday, inFour), List.of(), LEITNER, TODAY))
                .contains(new Statistics.NextDue(TODAY.plusDays(4), 1));
        assertThat(Statistics.nextDue(List.of(inFour), List.of(dueToday), LEITNER, TODAY))
                .contains(new Statistics.NextDue(TODAY.plusDays(1), 1));
        assertThat(Statistics.nextDue(List.of(dueToday), List.of(), LEITNER, TODAY)).isEmpty();
    }
}
