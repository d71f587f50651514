package sdq.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** What FSRS promises whatever the history: recall fades, success strengthens, difficulty stays in range. */
class FsrsProperties {
    private final Fsrs fsrs = Fsrs.standard();

    @Property(tries = 300)
    void recallFallsWithTime(@ForAll @DoubleRange(min = 0.01, max = 5000) double stability,
                             @ForAll @IntRange(min = 0, max = 3000) int days) {
        double now = fsrs.retrievability(days, stability);
        double later = fsrs.retrievability(days + 1, stability);
        assertThat(later).isLessThanOrEqualTo(now);
        assertThat(now).isBetween(0.0, 1.0);
    }

    @Property(tries = 100)
    void everyHistoryKeepsDifficultyInRangeAndSuccessAfterADayGrowsStability(@ForAll long seed) {
        for (List<Fsrs.Answer> history : histories(seed)) {
            FsrsCard card = FsrsCard.NEW;
            for (Fsrs.Answer a : history) {
                FsrsCard before = card;
                card = fsrs.review(card, a.grade(), a.at(), a.seed());
                assertThat(card.difficulty()).isBetween(1.0, 10.0);
                assertThat(card.stability()).isPositive();
                boolean aDayLater = before.lastReview().isPresent()
                        && Fsrs.elapsedDays(before.lastReview().get(), a.at()) >= 1;
                if (before.phase() == FsrsCard.Phase.REVIEW && a.grade() != Grade.AGAIN && aDayLater
                        && before.stability() < FsrsParameters.S_MAX) {
                    assertThat(card.stability()).isGreaterThan(before.stability());
                }
                if (a.grade() == Grade.AGAIN && before.phase() == FsrsCard.Phase.REVIEW) {
                    assertThat(card.stability()).isLessThanOrEqualTo(before.stability());
                }
            }
            assertThat(fsrs.replay(history)).isEqualTo(card);
        }
    }

    /** A review gives what the answer screen previewed for its grade, whatever the phase, with the fuzz on. */
    @Property(tries = 100)
    void aReviewIsWhatItsPreviewShowed(@ForAll long seed) {
        for (List<Fsrs.Answer> history : histories(seed)) {
            FsrsCard card = FsrsCard.NEW;
            for (Fsrs.Answer a : history) {
                java.util.Map<Grade, FsrsCard> preview = fsrs.preview(card, a.at(), a.seed());
                for (Grade g : Grade.values()) {
                    assertThat(fsrs.review(card, g, a.at(), a.seed())).as("%s after %s", g, card).isEqualTo(preview.get(g));
                }
                card = fsrs.review(card, a.grade(), a.at(), a.seed());
            }
        }
    }

    /** Five generated histories, as the reference check makes them. */
    private List<List<Fsrs.Answer>> histories(long seed) {
        return FsrsReferenceTest.histories(fsrs, new Random(seed), 5);
    }
}
