package sdq.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import sdq.deck.CardId;
import sdq.schedule.CardState;
import sdq.schedule.Grade;
import sdq.schedule.Review;

/**
 * The quick pass over the log gives exactly what the full reader gives, in order, whatever the
 * lines: times on days the clocks change, zones of every kind, odd but valid fields the full
 * parser accepts, lines damaged in every way; and it reads the lines sdq writes the quick way.
 */
class LogReviewsTest {
    private static final List<String> ZONES = List.of("Europe/Berlin", "America/New_York", "Asia/Kolkata",
            "Australia/Lord_Howe", "Pacific/Chatham", "UTC", "+02:00", "Europe/London");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void givesWhatTheFullReaderGivesForAnyMixOfLines(long seed) throws IOException {
        Random random = new Random(seed);
        StringBuilder log = new StringBuilder(ReviewLog.HEADER).append('\n');
        for (int i = 0; i < 3000; i++) {
            log.append(line(random, i)).append(random.nextInt(50) == 0 ? "\r\n" : "\n");
        }
        log.append(LogCodec.line(new LogEntry.Reviewed(review("torn", "c-1", time(random), Grade.GOOD)))); // torn
        Path file = dir.resolve("reviews-" + seed + ".log");
        Files.writeString(file, log, StandardCharsets.UTF_8);

        List<String> expected = new ArrayList<>();
        ReviewLog.read(file, 0, entry -> expected.add(entry instanceof LogEntry.Reviewed r ? describe(r.review())
                : entry.toString()));
        List<String> seen = new ArrayList<>();
        Map<CardId, Integer> indexes = new HashMap<>();
        LogReviews.read(file, new LogReviews.Visitor() {
            @Override
            public void review(LogReviews.Current r) {
                seen.add("R " + r.idHash() + " " + r.card() + " " + r.grade() + " " + r.boxAfter() + " "
                        + r.rescheduled() + " " + r.day() + " " + r.at());
                assertThat(indexes.computeIfAbsent(r.card(), k -> r.cardIndex())).isEqualTo(r.cardIndex());
            }

            @Override
            public void entry(LogEntry entry, int cardIndex) {
                seen.add(entry.toString());
                assertThat(indexes.computeIfAbsent(entry.card(), k -> cardIndex)).isEqualTo(cardIndex);
            }
        });
        assertThat(seen).hasSizeGreaterThan(1000).isEqualTo(expected);
        assertThat(indexes.values()).doesNotHaveDuplicates();
    }

    @Test
    void readsTheReviewsSdqWritesFromTheirBytes() throws IOException {
        Path home = dir.resolve("home");
        LogFixture.write(home, IntStream.range(0, 300).mapToObj(i -> new CardId("c-" + i)).toList(), "deck-0", 5000, 7);
        long[] reviews = {0};
        long quickly = LogReviews.read(home.resolve(ReviewLog.NAME), new LogReviews.Visitor() {
            @Override
            public void review(LogReviews.Current r) {
                reviews[0]++;
            }

            @Override
            public void entry(LogEntry entry, int cardIndex) {
            }
        });
        assertThat(reviews[0]).isEqualTo(5000);
        assertThat(quickly).isEqualTo(5000);
    }

    @Test
    void aPassFromALineOnReadsTheRestAndItsChecksumContinuesTheBytesBefore() throws IOException {
        Path home = dir.resolve("home");
        LogFixture.write(home, IntStream.range(0, 50).mapToObj(i -> new CardId("c-" + i)).toList(), "deck-0", 300, 9);
        Path file = home.resolve(ReviewLog.NAME);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length + 7)); // and a torn last line
        Files.write(file, "R	torn".getBytes(StandardCharsets.US_ASCII), java.nio.file.StandardOpenOption.APPEND);
        int half = new String(bytes, StandardCharsets.US_ASCII).indexOf('\n', bytes.length / 2) + 1;
        List<String> all = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        LogReviews.read(file, visitor(all));
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(bytes, 0, half);
        LogReviews.Pass pass = LogReviews.read(file, half, crc, visitor(rest));
        assertThat(pass.end()).isEqualTo(bytes.length);
        java.util.zip.CRC32C whole = new java.util.zip.CRC32C();
        whole.update(bytes);
        assertThat(crc.getValue()).isEqualTo(whole.getValue());
        assertThat(rest).isNotEmpty().isEqualTo(all.subList(all.size() - rest.size(), all.size()));
        assertThat(all.size() - rest.size()).isEqualTo(new String(bytes, 0, half, StandardCharsets.US_ASCII)
                .split("\n").length - 1);
    }

    private static LogReviews.Visitor visitor(List<String> seen) {
        return new LogReviews.Visitor() {
            @Override
            public void review(LogReviews.Current r) {
                seen.add(r.idHash() + " " + r.card() + " " + r.at());
            }

            @Override
            public void entry(LogEntry entry, int cardIndex) {
                seen.add(entry.toString());
            }
        };
    }

    @Test
    void aMissingLogHasNoEntries() throws IOException {
        assertThat(LogReviews.read(dir.resolve("none.log"), new LogReviews.Visitor() {
            @Override
            public void review(LogReviews.Current r) {
                throw new AssertionError();
            }

            @Override
            public void entry(LogEntry entry, int cardIndex) {
                throw new AssertionError();
            }
        })).isZero();
    }

    @Test
    void theHashOfAnIdReadAsBytesIsTheHashOfItsText() {
        // Undos name reviews by their id's text; the quick pass hashes the id's bytes.
        assertThat(LogReviews.hash("r1")).isNotEqualTo(LogReviews.hash("r2")).isNotEqualTo(LogReviews.hash("1r"));
    }

    private static String describe(Review r) {
        return "R " + LogReviews.hash(r.id()) + " " + r.card() + " " + r.grade() + " " + r.boxAfter() + " "
                + r.rescheduled() + " " + r.at().toLocalDate() + " " + r.at();
    }

    private static Review review(String id, String card, ZonedDateTime at, Grade grade) {
        return new Review(id, new CardId(card), "deck-1", at, grade, 1, 2, true);
    }

    /** A time in one of the zones, often on or near a day the clocks change there. */
    private static ZonedDateTime time(Random random) {
        ZoneId zone = ZoneId.of(ZONES.get(random.nextInt(ZONES.size())));
        int[][] days = {{2026, 3, 29}, {2026, 10, 25}, {2026, 3, 8}, {2026, 11, 1}, {2026, 4, 5}, {2026, 9, 27},
                {2026, 6, 15}, {2026, 1, 1}, {2025, 12, 31}};
        int[] d = days[random.nextInt(days.length)];
        ZonedDateTime at = ZonedDateTime.of(d[0], d[1], d[2], 0, 0, 0, 0, zone).plusMinutes(random.nextInt(2 * 1440) - 720);
        return random.nextInt(20) == 0 ? at.plusNanos(500_000_000) : at;
    }

    private static String line(Random random, int i) {
        String card = "c-" + random.nextInt(40);
        ZonedDateTime at = time(random);
        String time = LogCodec.line(new LogEntry.Reviewed(review("x", card, at, Grade.GOOD))).split("\t")[4];
        String body = String.join("\t", "R", "r" + i, card, "deck-1", time, "good", "1", "2", "y");
        switch (random.nextInt(24)) {
            case 0:
                return LogCodec.line(new LogEntry.Undone("u" + i, "r" + (i - 1 - random.nextInt(5)), new CardId(card),
                        at, CardState.NEW));
            case 1:
                return LogCodec.line(new LogEntry.Reset("x" + i, new CardId(card), at, CardState.NEW));
            case 2:
                return LogCodec.line(new LogEntry.Suspension("s" + i, new CardId(card), at, random.nextBoolean()));
            case 3:
                return body + "\t00000000"; // a wrong checksum
            case 4:
                return body; // no checksum
            case 5:
                return random.nextBoolean() ? "" : "# a comment";
            case 6: // valid checksums around odd fields: some the full parser takes, some it refuses
                String[] odd = {"R\tr-\u00fc" + i + "\t" + card + "\tdeck-1\t" + time + "\tgood\t1\t2\ty",
                        "R\tr" + i + "\tbad id\tdeck-1\t" + time + "\tgood\t1\t2\ty",
                        "R\tr" + i + "\t" + card + "\tBad Deck\t" + time + "\tgood\t1\t2\ty",
                        "R\tr" + i + "\t" + card + "\tdeck-1\t" + time + "\t3\t1\t2\ty",
                        "R\tr" + i + "\t" + card + "\tdeck-1\t" + time + "\tGOOD\t1\t2\tn",
                        "R\tr" + i + "\t" + card + "\tdeck-1\t" + time + "\tgood\t+1\t02\ty",
                        "R\tr" + i + "\t" + card + "\tdeck-1\t" + time + "\tgood\t0\t2\ty",
                        "R\tr" + i + "\t" + card + "\tdeck-1\t" + time + "\tgood\t1\t2\tY",
                        "R\tr" + i + "\t" + card + "\tdeck-1\t2026-02-30T09:00:00+01:00[Europe/Berlin]\tgood\t1\t2\ty",
                        "R\tr" + i + "\t" + card + "\tdeck-1\t2026-01-01T24:00:00+01:00[Europe/Berlin]\tgood\t1\t2\ty",
                        "R\tr" + i + "\t" + card + "\tdeck-1\t2026-01-01T09:00:00+19:00[Europe/Berlin]\tgood\t1\t2\ty",
                        "R\tr" + i + "\t" + card + "\tdeck-1\t2026-01-01T09:00:00+01:00[Mars/Base]\tgood\t1\t2\ty",
                        "R\tr" + i + "\t" + card + "\tdeck-1\t2026-01-01T09:00:00+01:00[]\tgood\t1\t2\ty",
                        // the offset is not the zone's: the time is read as the instant, a day later
                        "R\tr" + i + "\t" + card + "\tdeck-1\t2026-01-01T23:30:00-05:00[Europe/Berlin]\tgood\t1\t2\ty",
                        "R\tr" + i + "\t" + card + "\tdeck-1\t2026-07-01T09:00:00+01:00[Europe/Berlin]\teasy\t1\t3\ty",
                        // valid at the day's start, wrong once the clocks changed: read as the instant, the next day
                        "R\tr" + i + "\t" + card + "\tdeck-1\t2026-03-29T23:30:00+01:00[Europe/Berlin]\tgood\t1\t2\ty",
                        "R\tr" + i + "\t" + card + "\tdeck-1\t" + time + "\tgood\t1\t2\ty\textra",
                        "R\tr" + i + "\t" + card + "\tdeck-1\t" + time + "\tgood\t1\t2"};
                return LogCodec.sealed(odd[random.nextInt(odd.length)]);
            default:
                Grade grade = Grade.values()[random.nextInt(4)];
                return LogCodec.line(new LogEntry.Reviewed(new Review("r" + i, new CardId(card), "deck-" + random.nextInt(3),
                        at, grade, 1 + random.nextInt(5), 1 + random.nextInt(5), random.nextBoolean())));
        }
    }
}
