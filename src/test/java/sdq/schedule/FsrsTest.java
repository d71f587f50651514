package sdq.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** FSRS-6 with the default parameters: a golden history, the answer screen's four outcomes, the settings. */
class FsrsTest {
    private final Fsrs fsrs = new Fsrs(FsrsParameters.standard().withFuzz(false));

    private static ZonedDateTime at(String text) {
        return ZonedDateTime.parse(text).withZoneSameInstant(ZoneOffset.UTC);
    }

    /** Expected values computed by ts-fsrs 5.4.2 for the same history (fuzz off). */
    @Test
    void aHistoryGivesTheReferenceSchedulersStatesAndDueTimes() {
        Object[][] rows = {
            // at, grade, phase, stability, difficulty, due, scheduled days
            {"2026-03-01T12:00:00Z", Grade.GOOD, "LEARNING", 2.3065, 2.11810397, "2026-03-01T12:10:00Z", 0},
            {"2026-03-01T12:10:00Z", Grade.GOOD, "REVIEW", 2.3065, 2.11121424, "2026-03-03T12:10:00Z", 2},
            {"2026-03-04T09:00:00Z", Grade.GOOD, "REVIEW", 13.8358397, 2.1043314, "2026-03-18T09:00:00Z", 14},
            {"2026-03-14T20:00:00Z", Grade.HARD, "REVIEW", 34.07452822, 4.74371562, "2026-04-17T20:00:00Z", 34},
            {"2026-04-20T12:00:00Z", Grade.AGAIN, "RELEARNING", 2.48437255, 8.25752343, "2026-04-20T12:10:00Z", 0},
            {"2026-04-20T12:10:00Z", Grade.GOOD, "REVIEW", 2.48437255, 8.24449428, "2026-04-22T12:10:00Z", 2},
            {"2026-04-23T12:00:00Z", Grade.EASY, "REVIEW", 9.25665452, 7.64311445, "2026-05-02T12:00:00Z", 9},
        };
        FsrsCard card = FsrsCard.NEW;
        for (Object[] row : rows) {
            card = fsrs.review(card, (Grade) row[1], at((String) row[0]), 0);
            assertThat(card.phase().name()).as((String) row[0]).isEqualTo(row[2]);
            assertThat(card.stability()).as((String) row[0]).isCloseTo((double) row[3], within(1e-8));
            assertThat(card.difficulty()).as((String) row[0]).isCloseTo((double) row[4], within(1e-8));
            assertThat(card.due()).as((String) row[0]).contains(at((String) row[5]));
            assertThat(card.scheduledDays()).as((String) row[0]).isEqualTo(row[6]);
        }
        assertThat(card.reps()).isEqualTo(7);
        assertThat(card.lapses()).isEqualTo(1);
    }

    @Test
    void aNewCardSeesItsStepsAndANewGoodCardItsFirstInterval() {
        ZonedDateTime now = at("2026-03-01T12:00:00Z");
        Map<Grade, FsrsCard> next = fsrs.preview(FsrsCard.NEW, now, 0);
        assertThat(next.get(Grade.AGAIN).due()).contains(now.plusMinutes(1));
        assertThat(next.get(Grade.HARD).due()).contains(now.plusMinutes(6));
        assertThat(next.get(Grade.GOOD).due()).contains(now.plusMinutes(10));
        assertThat(next.get(Grade.EASY).phase()).isEqualTo(FsrsCard.Phase.REVIEW);
        assertThat(next.get(Grade.EASY).scheduledDays()).isEqualTo(8);
    }

    @Test
    void recallIsNinetyPercentAfterStabilityDaysAndTheRetentionSetsTheInterval() {
        assertThat(fsrs.retrievability(10, 10)).isCloseTo(0.9, within(1e-6));
        assertThat(fsrs.retrievability(0, 10)).isEqualTo(1.0);
        Fsrs keen = new Fsrs(FsrsParameters.standard().withFuzz(false).withRetention(0.97));
        assertThat(keen.interval(30, 0, 0)).isLessThan(fsrs.interval(30, 0, 0));
        assertThat(fsrs.interval(30, 0, 0)).isEqualTo(30);
    }

    @Test
    void fuzzIsSeededSpreadsLongIntervalsAndLeavesShortOnesAlone() {
        Fsrs fuzzed = Fsrs.standard();
        assertThat(fuzzed.interval(2, 0, 1)).isEqualTo(2);
        List<Integer> days = new ArrayList<>();
        Random random = new Random(7);
        for (int i = 0; i < 200; i++) {
            long seed = random.nextLong();
            int d = fuzzed.interval(100, 0, seed);
            assertThat(fuzzed.interval(100, 0, seed)).isEqualTo(d);
            days.add(d);
        }
        // 100 days spreads over 93 to 107 (about 7 days either way: 15% of days 2.5-7, 10% of 7-20, 5% beyond).
        assertThat(Collections.min(days)).isBetween(93, 95);
        assertThat(Collections.max(days)).isBetween(105, 107);
    }

    @Test
    void parametersAreCheckedAndClampedIntoTheirRanges() {
        assertThatThrownBy(() -> new FsrsParameters(List.of(1.0, 2.0), 0.9, false))
                .hasMessage("FSRS-6 has 21 parameters; 2 were given");
        assertThatThrownBy(() -> FsrsParameters.standard().withRetention(0.5))
                .hasMessage("desired retention must be between 0.70 and 0.99; was 0.5");
        List<Double> wild = new ArrayList<>(FsrsParameters.DEFAULT_WEIGHTS);
        wild.set(4, 50.0);
        assertThat(new FsrsParameters(wild, 0.9, false).weights().get(4)).isEqualTo(10.0);
        String printed = FsrsParameters.DEFAULT_WEIGHTS.toString();
        assertThat(FsrsParameters.parseWeights(printed)).isEqualTo(FsrsParameters.DEFAULT_WEIGHTS);
        assertThat(FsrsParameters.parseWeights(printed.replace(",", " ").replace("[", "").replace("]", "")))
                .isEqualTo(FsrsParameters.DEFAULT_WEIGHTS);
        assertThatThrownBy(() -> FsrsParameters.parseWeights("0.2, x")).hasMessage("'x' is not a number");
    }
}
