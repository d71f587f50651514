package sdq.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import sdq.schedule.FsrsCard;

/** The replay's states held as columns come back equal to the states put in. */
class FsrsColumnsTest {
    private static final List<ZoneId> ZONES = List.of(ZoneId.of("Europe/Berlin"), ZoneOffset.UTC,
            ZoneOffset.ofHoursMinutes(5, 30), ZoneId.of("America/New_York"), ZoneId.of("Australia/Lord_Howe"));

    @Test
    void everyKindOfStateComesBackEqual() {
        // Berlin's clocks went back at 03:00 on 2026-10-25: 02:30 happened twice, and the later
        // one (+01:00) must come back as the later one, not as the first.
        ZonedDateTime twice = ZonedDateTime.of(LocalDateTime.of(2026, 10, 25, 2, 30), ZoneId.of("Europe/Berlin"))
                .withLaterOffsetAtOverlap();
        List<FsrsCard> cards = List.of(FsrsCard.NEW,
                new FsrsCard(FsrsCard.Phase.LEARNING, 1, 0.4, 5.2, Optional.of(twice),
                        Optional.of(twice.plusMinutes(10)), 0, 1, 0),
                new FsrsCard(FsrsCard.Phase.REVIEW, 0, 12.75, 9.999, Optional.of(twice.withEarlierOffsetAtOverlap()),
                        Optional.of(twice.plusDays(13).withZoneSameInstant(ZoneOffset.UTC)), 13, 7, 2),
                new FsrsCard(FsrsCard.Phase.RELEARNING, 0, 1e-3, 1.0, Optional.of(twice.withNano(123_456_789)),
                        Optional.empty(), 0, 3, 1));
        FsrsColumns columns = new FsrsColumns(2);
        columns.grow(cards.size());
        for (int i = 0; i < cards.size(); i++) {
            columns.set(i, cards.get(i));
        }
        for (int i = 0; i < cards.size(); i++) {
            assertThat(columns.has(i)).isTrue();
            assertThat(columns.get(i)).isEqualTo(cards.get(i));
        }
        assertThat(columns.get(1).lastReview().orElseThrow().getOffset()).isEqualTo(ZoneOffset.ofHours(1));
        columns.set(2, null);
        assertThat(columns.has(2)).isFalse();
        assertThat(columns.get(2)).isNull();
        assertThat(columns.get(3)).isEqualTo(cards.get(3));
    }

    @Test
    void randomStatesInManyZonesComeBackEqual() {
        Random random = new Random(2026);
        List<FsrsCard> cards = new ArrayList<>();
        FsrsColumns columns = new FsrsColumns(16);
        for (int i = 0; i < 5_000; i++) {
            ZoneId zone = ZONES.get(random.nextInt(ZONES.size()));
            ZonedDateTime last = ZonedDateTime.ofInstant(java.time.Instant.ofEpochSecond(
                    1_700_000_000L + random.nextInt(200_000_000), random.nextInt(1_000_000_000)), zone);
            Optional<ZonedDateTime> due = random.nextBoolean() ? Optional.empty()
                    : Optional.of(last.plusMinutes(random.nextInt(500_000)));
            FsrsCard card = new FsrsCard(FsrsCard.Phase.values()[random.nextInt(4)], random.nextInt(3),
                    random.nextDouble() * 100, 1 + random.nextDouble() * 9, Optional.of(last), due,
                    random.nextInt(400), random.nextInt(50), random.nextInt(9));
            cards.add(card);
            if (i == 16) {
                columns.grow(5_000); // the first sixteen are kept as they grow
            }
            columns.set(i, card);
        }
        for (int i = 0; i < cards.size(); i++) {
            assertThat(columns.get(i)).isEqualTo(cards.get(i));
        }
    }
}
