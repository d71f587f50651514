package sdq.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sdq.deck.CardId;
import sdq.schedule.Grade;
import sdq.schedule.Leitner;

/** What sdq doctor finds, word for word, in each state a directory can be in. */
class StateCheckTest {
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 23, 9, 0, 0, 0, ZoneId.of("UTC"));

    @TempDir
    Path home;

    private void reviews(int n) throws IOException {
        try (ProgressStore store = ProgressStore.openForWriting(home, Leitner.standard(), Duration.ZERO)) {
            for (int i = 0; i < n; i++) {
                store.record(new CardId("c-" + i), "d", Grade.GOOD, NOW.plusMinutes(i));
            }
        }
    }

    @Test
    void noDirectoryIsNoProgressYetAndHealthy() {
        StateCheck check = StateCheck.of(home.resolve("none"));
        assertThat(check.findings()).containsExactly("no state directory yet (nothing has been reviewed)");
        assertThat(check.healthy()).isTrue();
        assertThat(check.firstProblem()).isEmpty();
        assertThat(check.home()).isEqualTo(home.resolve("none"));
    }

    @Test
    void aHealthyDirectoryWordForWord() throws IOException {
        reviews(2);
        long size = Files.size(home.resolve(ReviewLog.NAME));
        StateCheck check = StateCheck.of(home);
        assertThat(check.findings()).containsExactly(
                "reviews.log: 2 entries, " + size + " bytes, ok",
                "state.snapshot: ok, 2 cards, 2 reviews",
                "backups: none",
                "lock: free");
        assertThat(check.healthy()).isTrue();
    }

    @Test
    void aLogAheadOfTheSnapshotIsSaidAndIsNoProblem() throws IOException {
        reviews(1);
        long before = Files.size(home.resolve(ReviewLog.NAME));
        // A second session of 300 cards' worth leaves the snapshot behind (it is rewritten past a threshold only).
        try (ProgressStore store = ProgressStore.openForWriting(home, Leitner.standard(), Duration.ZERO)) {
            store.record(new CardId("c-x"), "d", Grade.GOOD, NOW);
            store.checkpoint();
            store.record(new CardId("c-y"), "d", Grade.GOOD, NOW);
            Files.copy(home.resolve(Snapshot.NAME), home.resolve("keep"));
        }
        Files.copy(home.resolve("keep"), home.resolve(Snapshot.NAME), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.delete(home.resolve("keep"));
        long behind = Files.size(home.resolve(ReviewLog.NAME)) - Snapshot.read(home.resolve(Snapshot.NAME)).logEnd();
        assertThat(behind).isPositive();
        StateCheck check = StateCheck.of(home);
        assertThat(check.findings()).contains("state.snapshot: ok, 2 cards, 2 reviews (the log has " + behind
                + " more bytes; replayed at start)");
        assertThat(check.findings().get(2)).startsWith("backups: state.snapshot.1");
        assertThat(check.healthy()).isTrue();
        assertThat(before).isPositive();
    }

    @Test
    void aTornAndADamagedEntryAreProblemsWithTheirPlace() throws IOException {
        reviews(2);
        Path log = home.resolve(ReviewLog.NAME);
        String text = Files.readString(log);
        Files.writeString(log, text.replaceFirst("\tgood\t", "\tgold\t") + "R\ttorn", StandardCharsets.UTF_8);
        StateCheck check = StateCheck.of(home);
        assertThat(check.findings().get(0)).isEqualTo("reviews.log: 1 entries, " + Files.size(log) + " bytes");
        assertThat(check.problems()).anyMatch(p -> p.startsWith("reviews.log: the entry at byte ")
                && p.endsWith("(it is skipped when reading)"));
        assertThat(check.problems()).contains("reviews.log ends in a partly written entry (6 bytes from an"
                + " interrupted session); the next session sets it aside");
        assertThat(check.firstProblem()).isPresent();
    }

    @Test
    void aSnapshotOfAnotherLogIsAProblemThatRepairMends() throws IOException {
        reviews(2);
        Path other = home.resolveSibling(home.getFileName() + "-other");
        try (ProgressStore store = ProgressStore.openForWriting(other, Leitner.standard(), Duration.ZERO)) {
            store.record(new CardId("c-z"), "d", Grade.GOOD, NOW);
        }
        Files.copy(other.resolve(Snapshot.NAME), home.resolve(Snapshot.NAME), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(StateCheck.of(home).problems()).containsExactly("state.snapshot does not match reviews.log (it is"
                + " rebuilt from the log at the next start; --repair does it now)");
        List<String> done = StateCheck.repair(home, Leitner.standard());
        assertThat(done).last().isEqualTo("rebuilt state.snapshot from reviews.log: 2 cards, 2 reviews");
        assertThat(StateCheck.of(home).healthy()).isTrue();
    }

    @Test
    void aDamagedSnapshotIsAProblem() throws IOException {
        reviews(1);
        Files.writeString(home.resolve(Snapshot.NAME), "junk", StandardOpenOption.TRUNCATE_EXISTING);
        assertThat(StateCheck.of(home).problems()).containsExactly("state.snapshot is damaged: it is incomplete (no end"
                + " line) (it is rebuilt from the log at the next start; --repair does it now)");
    }

    @Test
    void aHeldLockIsNamedWithItsHolder() throws IOException {
        reviews(1);
        try (ProgressStore held = ProgressStore.openForWriting(home, Leitner.standard(), Duration.ZERO)) {
            assertThat(StateCheck.of(home).findings()).contains("lock: held by another sdq (pid "
                    + ProcessHandle.current().pid() + ")");
        }
    }

    @Test
    void bigLogsAreSizedInKilobytesAndMegabytes() throws IOException {
        Files.createDirectories(home);
        Path log = home.resolve(ReviewLog.NAME);
        Files.writeString(log, ReviewLog.HEADER + "\n" + "#".repeat(20_000) + "\n");
        assertThat(StateCheck.of(home).findings().get(0)).isEqualTo("reviews.log: 0 entries, 20 kB, ok");
        Files.writeString(log, ReviewLog.HEADER + "\n" + "#".repeat(12_000_000) + "\n");
        assertThat(StateCheck.of(home).findings().get(0)).isEqualTo("reviews.log: 0 entries, 12 MB, ok");
        Files.writeString(log, ReviewLog.HEADER + "\n" + "#".repeat(9_900) + "\n");
        assertThat(Files.size(log)).isLessThan(10_000);
        assertThat(StateCheck.of(home).findings().get(0)).isEqualTo("reviews.log: 0 entries, " + Files.size(log) + " bytes, ok");
    }
}
