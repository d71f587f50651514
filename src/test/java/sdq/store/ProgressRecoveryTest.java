package sdq.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sdq.deck.CardId;
import sdq.schedule.Grade;
import sdq.schedule.Leitner;

/** Losing one of the progress files, or the whole directory mid-session, loses no progress. */
class ProgressRecoveryTest {
    private static final Leitner LEITNER = Leitner.standard();
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 23, 9, 30, 0, 0, ZoneId.of("UTC"));
    private static final CardId A = new CardId("c-aaaaaa");
    private static final CardId B = new CardId("c-bbbbbb");
    private static final CardId C = new CardId("c-cccccc");

    @TempDir
    Path home;

    private ProgressStore writer() throws IOException {
        return ProgressStore.openForWriting(home, LEITNER, Duration.ofMillis(200));
    }

    private void twoCardsReviewed() throws IOException {
        try (ProgressStore store = writer()) {
            store.record(A, "d", Grade.GOOD, NOW);
            store.record(B, "d", Grade.EASY, NOW);
        }
    }

    private List<String> files() throws IOException {
        try (Stream<Path> all = Files.list(home)) {
            return all.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aDeletedLogLeavesTheSnapshotsProgressWithAWarning() throws IOException {
        twoCardsReviewed();
        Files.delete(home.resolve(ReviewLog.NAME));

        ProgressStore read = ProgressStore.openReadOnly(home, LEITNER);
        assertThat(read.state(A).box()).isEqualTo(2);
        assertThat(read.state(B).box()).isEqualTo(3);
        assertThat(read.reviewCount()).isEqualTo(2);
        assertThat(read.warnings()).singleElement().asString().contains("reviews.log is missing")
                .contains("goes on from the snapshot (2 cards, 2 reviews)");

        try (ProgressStore store = writer()) {
            store.record(C, "d", Grade.GOOD, NOW);
        }
        ProgressStore after = ProgressStore.openReadOnly(home, LEITNER);
        assertThat(after.warnings()).isEmpty();
        assertThat(after.reviewCount()).isEqualTo(3);
        assertThat(after.states()).containsOnlyKeys(A, B, C);
        assertThat(after.state(B).box()).isEqualTo(3);
    }

    @Test
    void repairNeverEndsWithLessThanTheSnapshotHad() throws IOException {
        twoCardsReviewed();
        Files.delete(home.resolve(ReviewLog.NAME));
        List<String> done = StateCheck.repair(home, LEITNER);
        assertThat(done).last().asString().isEqualTo("rebuilt state.snapshot from the old snapshot, as reviews.log held fewer"
                + " reviews: 2 cards, 2 reviews");
        assertThat(ProgressStore.openReadOnly(home, LEITNER).states()).containsOnlyKeys(A, B);
        assertThat(StateCheck.of(home).problems()).isEmpty();
    }

    @Test
    void aReplacedShorterLogIsKeptAsideAndTheSnapshotWins() throws IOException {
        twoCardsReviewed();
        Path log = home.resolve(ReviewLog.NAME);
        Files.writeString(log, ReviewLog.HEADER + "\n");
        try (ProgressStore store = writer()) {
            assertThat(store.warnings()).anyMatch(w -> w.contains("holds fewer reviews (0 against 2)"));
            assertThat(store.states()).containsOnlyKeys(A, B);
        }
        assertThat(files()).anyMatch(n -> n.startsWith("reviews.log.unmatched-"));
    }

    @Test
    void aDamagedSnapshotWithoutItsLogFallsBackToABackup() throws IOException {
        twoCardsReviewed();
        try (ProgressStore store = writer()) {
            store.record(C, "d", Grade.GOOD, NOW);
        }
        Files.writeString(home.resolve(Snapshot.NAME), "garbage");
        Files.delete(home.resolve(ReviewLog.NAME));
        ProgressStore read = ProgressStore.openReadOnly(home, LEITNER);
        assertThat(read.states()).containsOnlyKeys(A, B);
        assertThat(read.warnings()).singleElement().asString().contains("state.snapshot.1 was used");
    }

    @Test
    void theStateDirectoryRemovedMidSessionIsMadeAgainWithEverything() throws IOException {
        try (ProgressStore store = writer()) {
            store.record(A, "d", Grade.GOOD, NOW);
            deleteTree(home);
            store.record(B, "d", Grade.EASY, NOW);
            assertThat(store.warnings()).anyMatch(w -> w.contains("was removed during the session; it was made again"));
            assertThat(ProgressStore.openReadOnly(home, LEITNER).states()).containsOnlyKeys(A, B);
            store.record(C, "d", Grade.GOOD, NOW);
        }
        ProgressStore after = ProgressStore.openReadOnly(home, LEITNER);
        assertThat(after.warnings()).isEmpty();
        assertThat(after.states()).containsOnlyKeys(A, B, C);
        assertThat(after.reviewCount()).isEqualTo(3);
    }

    @Test
    void aLogRemovedMidSessionIsMadeAgain() throws IOException {
        try (ProgressStore store = writer()) {
            store.record(A, "d", Grade.GOOD, NOW);
            Files.delete(home.resolve(ReviewLog.NAME));
            store.record(B, "d", Grade.EASY, NOW);
            assertThat(store.undoLast(NOW)).isPresent();
        }
        ProgressStore after = ProgressStore.openReadOnly(home, LEITNER);
        assertThat(after.states()).containsOnlyKeys(A);
        assertThat(after.warnings()).isEmpty();
    }

    @Test
    void twoRepairsInOneSecondKeepBothBackups() throws IOException {
        twoCardsReviewed();
        StateCheck.repair(home, LEITNER);
        StateCheck.repair(home, LEITNER);
        assertThat(files().stream().filter(n -> n.startsWith("state.snapshot.before-repair-"))).hasSize(2);
    }

    @Test
    @SuppressWarnings("try") // held for its effect: the lock
    void repairTakesTheLockBeforeTouchingAnything() throws IOException {
        twoCardsReviewed();
        List<String> before = files();
        byte[] snapshot = Files.readAllBytes(home.resolve(Snapshot.NAME));
        try (ProgressStore other = writer()) {
            assertThatThrownBy(() -> ProgressStore.repair(home, LEITNER, Duration.ZERO))
                    .isInstanceOf(StateBusyException.class);
            assertThat(Files.readAllBytes(home.resolve(Snapshot.NAME))).isEqualTo(snapshot);
            assertThat(files()).isEqualTo(before);
        }
    }

    @Test
    void doctorIsNotContentWhenTheLockCannotBeChecked() throws IOException {
        twoCardsReviewed();
        Files.delete(home.resolve(StateLock.NAME));
        Files.createDirectories(home.resolve(StateLock.NAME));
        StateCheck check = StateCheck.of(home);
        assertThat(check.healthy()).isFalse();
        assertThat(check.problems()).anyMatch(p -> p.startsWith("the lock " + home.resolve(StateLock.NAME)
                + " cannot be checked"));
    }

    @Test
    void doctorSaysAMissingLogIsSurvivedFromTheSnapshot() throws IOException {
        twoCardsReviewed();
        Files.delete(home.resolve(ReviewLog.NAME));
        assertThat(StateCheck.of(home).problems()).anyMatch(p -> p.startsWith("reviews.log is missing; the"
                + " snapshot's 2 cards and 2 reviews are used"));
    }

    @Test
    void tornEntriesSetAsideTwiceInOneSecondAreBothKept() throws IOException {
        twoCardsReviewed();
        for (int i = 0; i < 2; i++) {
            Files.writeString(home.resolve(ReviewLog.NAME), "R\ttorn" + i, java.nio.file.StandardOpenOption.APPEND);
            writer().close();
        }
        assertThat(files().stream().filter(n -> n.startsWith("reviews.log.torn-"))).hasSize(2);
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
