package sdq.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import sdq.deck.CardId;

class LeitnerProperties {
    private static final LocalDate START = LocalDate.of(2026, 1, 1);

    /** A day offset and a grade: the reviews of one card, in order of time. */
    record Step(int daysLater, Grade grade) {
    }

    @Provide
    Arbitrary<List<Step>> histories() {
        return Combinators.combine(Arbitraries.integers().between(0, 40), Arbitraries.of(Grade.class))
                .as(Step::new).list().ofMaxSize(30);
    }

    @Provide
    Arbitrary<Leitner> leitners() {
        return Combinators.combine(Arbitraries.integers().between(1, 60).list().ofMinSize(1).ofMaxSize(8),
                Arbitraries.of(OnFail.class)).as(Leitner::new);
    }

    @Property(tries = 300)
    void boxesStayInRangeAndReviewsNeverLeaveACardDueTheSameDay(@ForAll("histories") List<Step> steps,
                                                                 @ForAll("leitners") Leitner leitner) {
        CardState state = CardState.NEW;
        LocalDate day = START;
        for (Step step : steps) {
            day = day.plusDays(step.daysLater());
            boolean wasDue = leitner.isDue(state, day);
            LocalDate dueBefore = leitner.due(state, day);
            CardState after = leitner.review(state, step.grade(), day);
            assertThat(after.box()).isBetween(1, leitner.boxes());
            if (wasDue || step.grade() == Grade.AGAIN) {
                assertThat(leitner.due(after, day)).isAfter(day);
            }
            if (step.grade() != Grade.AGAIN) {
                assertThat(leitner.due(after, day)).isAfterOrEqualTo(dueBefore);
            }
            state = after;
        }
    }

    @Property(tries = 300)
    void replayingTheLogGivesTheSameSchedule(@ForAll("histories") List<Step> steps, @ForAll("leitners") Leitner leitner) {
        CardState live = CardState.NEW;
        List<Review> log = new ArrayList<>();
        LocalDate day = START;
        int n = 0;
        for (Step step : steps) {
            day = day.plusDays(step.daysLater());
            Review review = new Review("r" + n++, new CardId("c-1"), "d", day.atTime(9, 0).atZone(ZoneId.of("UTC")),
                    step.grade(), Math.min(live.box(), leitner.boxes()), leitner.boxAfter(live, step.grade(), day),
                    leitner.reschedules(live, step.grade(), day));
            log.add(review);
            live = leitner.review(live, step.grade(), day);
        }
        CardState replayed = CardState.NEW;
        for (Review review : log) {
            replayed = review.applyTo(replayed);
        }
        assertThat(replayed).isEqualTo(live);
    }
}
