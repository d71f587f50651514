package sdq.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import sdq.deck.CardId;
import sdq.schedule.CardState;
import sdq.schedule.Grade;
import sdq.schedule.Review;

/** Every kind of log line reads back as exactly what was written; a damaged one says what is wrong. */
class LogCodecTest {
    private static final ZonedDateTime AT = ZonedDateTime.of(2026, 10, 30, 9, 5, 0, 0, ZoneId.of("Europe/Berlin"));
    private static final CardState STATE = new CardState(3, Optional.of(LocalDate.of(2026, 11, 10)),
            Optional.of(LocalDate.of(2026, 1, 9)), Optional.of(LocalDate.of(2026, 10, 30)), 7, 2, Optional.of(Grade.HARD));

    @Test
    void everyKindOfEntryReadsBackAsWritten() {
        List<LogEntry> entries = List.of(
                new LogEntry.Reviewed(new Review("r1", new CardId("c-1"), "caching", AT, Grade.GOOD, 2, 3, false)),
                new LogEntry.Reviewed(new Review("r2", new CardId("c-2"), "sharding", AT, Grade.AGAIN, 4, 1, true)),
                new LogEntry.Suspension("s1", new CardId("c-1"), AT, true),
                new LogEntry.Suspension("s2", new CardId("c-1"), AT, false),
                new LogEntry.Reset("x1", new CardId("c-3"), AT, STATE),
                new LogEntry.Reset("x2", new CardId("c-3"), AT, new CardState(1, Optional.empty(), Optional.empty(),
                        Optional.empty(), 0, 0, Optional.empty())),
                new LogEntry.Undone("u1", "r1", new CardId("c-1"), AT, STATE));
        for (LogEntry entry : entries) {
            assertThat(LogCodec.parse(LogCodec.line(entry))).isEqualTo(entry);
        }
    }

    @Test
    void aLineIsItsFieldsAndAChecksum() {
        assertThat(LogCodec.unsealed(LogCodec.sealed(""))).isEmpty();
        assertThat(LogCodec.unsealed(LogCodec.sealed("a\tb"))).isEqualTo("a\tb");
        assertThat(LogCodec.fields("a\t\tb\t")).containsExactly("a", "", "b", "");
        assertThatThrownBy(() -> LogCodec.unsealed("R\tr1\t1234567")).hasMessage("it has no checksum");
        assertThatThrownBy(() -> LogCodec.unsealed("R\tr1\t123456789")).hasMessage("it has no checksum");
        String sealed = LogCodec.sealed("S\ts1");
        assertThatThrownBy(() -> LogCodec.unsealed("S\ts2" + sealed.substring(4)))
                .hasMessage("its checksum does not match (the line is damaged)");
        // Eight lower-case hex digits, leading zeros kept, as String.format("%08x") writes them.
        for (String text : new String[] {"", "a", "S\ts1", "R\tr9\tc-1", "ü", "0123456789"}) {
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertThat(LogCodec.crc(text)).as(text).isEqualTo(String.format("%08x", crc.getValue())).hasSize(8);
        }
        assertThat(LogCodec.crc("")).isEqualTo("00000000");
    }

    @Test
    void aFieldThatIsNotWhatItShouldBeIsNamed() {
        assertThatThrownBy(() -> LogCodec.parse(LogCodec.sealed("R\tr1\tc-1\tcaching\t" + AT.format(
                java.time.format.DateTimeFormatter.ISO_ZONED_DATE_TIME) + "\tmeh\t1\t2\tn")))
                .hasMessage("a field is not what it should be (unknown grade meh)");
        assertThatThrownBy(() -> LogCodec.parse(LogCodec.sealed("S\ts1\tc-1\t" + AT.format(
                java.time.format.DateTimeFormatter.ISO_ZONED_DATE_TIME) + "\tmaybe")))
                .hasMessage("a field is not what it should be (expected y or n, found maybe)");
        assertThatThrownBy(() -> LogCodec.parse(LogCodec.sealed("R\tr1\tc-1\tNot a deck!\t" + AT.format(
                java.time.format.DateTimeFormatter.ISO_ZONED_DATE_TIME) + "\tgood\t1\t2\tn")))
                .hasMessage("a field is not what it should be (not a deck name: Not a deck!)");
        String state = LogCodec.state(STATE).replace("2026-11-10", "2026-1a-10");
        assertThatThrownBy(() -> LogCodec.parse(LogCodec.sealed("X\tx1\tc-3\t" + AT.format(
                java.time.format.DateTimeFormatter.ISO_ZONED_DATE_TIME) + "\t" + state)))
                .hasMessage("a field is not what it should be (not a date: 2026-1a-10)");
        assertThatThrownBy(() -> LogCodec.parse(LogCodec.sealed("Q\tq1")))
                .hasMessage("not a review, an undo, a suspension or a reset");
    }

    @Test
    void aDayNotWrittenAsSdqWritesItIsStillReadOrRefused() {
        String state = LogCodec.state(STATE).replace("2026-11-10", "+10000-11-10");
        LogEntry entry = LogCodec.parse(LogCodec.sealed("X\tx1\tc-3\t" + AT.format(
                java.time.format.DateTimeFormatter.ISO_ZONED_DATE_TIME) + "\t" + state));
        assertThat(((LogEntry.Reset) entry).before().scheduled()).contains(LocalDate.of(10000, 11, 10));
        String bad = LogCodec.state(STATE).replace("2026-11-10", "2026/11/10");
        assertThatThrownBy(() -> LogCodec.parse(LogCodec.sealed("X\tx1\tc-3\t" + AT.format(
                java.time.format.DateTimeFormatter.ISO_ZONED_DATE_TIME) + "\t" + bad)))
                .hasMessageStartingWith("a field is not what it should be (Text '2026/11/10'");
    }

    @Test
    void aTimeIsReadAsTheIsoParserReadsIt() {
        java.time.format.DateTimeFormatter iso = java.time.format.DateTimeFormatter.ISO_ZONED_DATE_TIME;
        String[] times = {"2026-11-01T09:00:00+01:00[Europe/Berlin]", "2026-07-01T23:59:59+02:00[Europe/Berlin]",
            "2026-03-29T02:30:00+01:00[Europe/Berlin]", "2026-10-25T02:30:00+02:00[Europe/Berlin]",
            "2026-10-25T02:30:00+01:00[Europe/Berlin]", "2026-01-01T00:00:00-05:00[America/New_York]",
            "2026-01-01T00:00:00+05:30[Asia/Kolkata]", "2026-01-01T00:00:00+00:00[UTC]", "2026-01-01T00:00:00Z[UTC]",
            "2026-01-01T00:00:00.250+01:00[Europe/Berlin]", "2026-01-01T00:00+01:00[Europe/Berlin]",
            "2026-06-01T12:00:00+01:00[Europe/Berlin]", "2026-01-01T00:00:00+01:00[Etc/GMT-1]",
            "2026-01-01T00:00:00+01:00[+01:00]"};
        for (String t : times) {
            assertThat(LogCodec.time(t)).as(t).isEqualTo(java.time.ZonedDateTime.parse(t, iso));
        }
        for (String bad : new String[] {"2026-13-01T00:00:00+01:00[Europe/Berlin]", "2026-01-01T00:00:00+01:00[Mars/Base]",
            "2026-01-01T25:00:00+01:00[Europe/Berlin]", "2026-0x-01T00:00:00+01:00[Europe/Berlin]", "yesterday"}) {
            assertThatThrownBy(() -> LogCodec.time(bad)).as(bad).isInstanceOf(java.time.DateTimeException.class);
        }
    }
}
