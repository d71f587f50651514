package sdq.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sdq.deck.CardId;
import sdq.schedule.CardState;
import sdq.schedule.Grade;
import sdq.schedule.Leitner;
import sdq.schedule.Review;

class ProgressStoreTest {
    private static final Leitner LEITNER = Leitner.standard();
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 23, 9, 30, 0, 0, ZoneId.of("Europe/Berlin"));
    private static final CardId A = new CardId("c-aaaaaa");
    private static final CardId B = new CardId("c-bbbbbb");

    @TempDir
    Path home;

    private ProgressStore writer() throws IOException {
        return ProgressStore.openForWriting(home, LEITNER, Duration.ofMillis(200));
    }

    private ProgressStore reader() {
        return ProgressStore.openReadOnly(home, LEITNER);
    }

    private static List<String> logIds(Path home) throws IOException {
        List<String> ids = new ArrayList<>();
        ReviewLog.read(home.resolve(ReviewLog.NAME), 0, e -> ids.add(e.id()));
        return ids;
    }

    @Test
    void aFreshHomeHasNoProgress() {
        ProgressStore store = reader();
        assertThat(store.states()).isEmpty();
        assertThat(store.state(A)).isEqualTo(CardState.NEW);
        assertThat(store.reviewCount()).isZero();
        assertThat(Files.exists(home.resolve(ReviewLog.NAME))).isFalse();
    }

    @Test
    void reviewsAreKeptAcrossSessions() throws IOException {
        try (ProgressStore store = writer()) {
            Review r = store.record(A, "caching", Grade.GOOD, NOW);
            assertThat(r.boxBefore()).isEqualTo(1);
            assertThat(r.boxAfter()).isEqualTo(2);
            store.record(B, "caching", Grade.AGAIN, NOW);
            store.record(A, "caching", Grade.EASY, NOW.plusDays(3));
        }
        ProgressStore again = reader();
        assertThat(again.reviewCount()).isEqualTo(3);
        assertThat(again.state(A).box()).isEqualTo(4);
        assertThat(again.state(A).scheduled()).contains(LocalDate.of(2026, 11, 26));
        assertThat(again.state(B).lapses()).isEqualTo(1);
        assertThat(again.deckOf(A)).contains("caching");
        assertThat(again.warnings()).isEmpty();
    }

    @Test
    void aReviewIsInTheLogBeforeRecordReturns() throws IOException {
        try (ProgressStore store = writer()) {
            Review r = store.record(A, "d", Grade.GOOD, NOW);
            assertThat(logIds(home)).containsExactly(r.id());
            assertThat(reader().state(A).box()).isEqualTo(2);
        }
    }

    @Test
    void theSnapshotAndTheLogTailGiveTheSameState() throws IOException {
        try (ProgressStore store = writer()) {
            store.record(A, "d", Grade.GOOD, NOW);
        }
        assertThat(Files.exists(home.resolve(Snapshot.NAME))).isTrue();
        try (ProgressStore store = writer()) {
            store.record(B, "d", Grade.HARD, NOW);
            assertThat(store.sinceSnapshot()).isEqualTo(1);
        }
        Files.delete(home.resolve(Snapshot.NAME));
        ProgressStore fromLog = reader();
        assertThat(fromLog.state(A).box()).isEqualTo(2);
        assertThat(fromLog.state(B).box()).isEqualTo(1);
        assertThat(fromLog.reviewCount()).isEqualTo(2);
    }

    @Test
    void undoRestoresTheCardAndLogsTheUndo() throws IOException {
        try (ProgressStore store = writer()) {
            store.record(A, "d", Grade.GOOD, NOW);
            store.record(A, "d", Grade.EASY, NOW.plusDays(3));
            assertThat(store.undoLast(NOW.plusDays(3))).isPresent();
            assertThat(store.state(A).box()).isEqualTo(2);
            assertThat(store.undoLast(NOW.plusDays(3))).isPresent();
            assertThat(store.state(A)).isEqualTo(CardState.NEW);
            assertThat(store.undoLast(NOW)).isEmpty();
            assertThat(store.reviewCount()).isZero();
        }
        assertThat(reader().state(A)).isEqualTo(CardState.NEW);
        Files.delete(home.resolve(Snapshot.NAME));
        assertThat(reader().state(A)).isEqualTo(CardState.NEW);
        assertThat(reader().reviewCount()).isZero();
    }

    @Test
    void aTruncatedSnapshotIsRebuiltFromTheLog() throws IOException {
        try (ProgressStore store = writer()) {
            store.record(A, "d", Grade.GOOD, NOW);
        }
        Path snapshot = home.resolve(Snapshot.NAME);
        byte[] bytes = Files.readAllBytes(snapshot);
        Files.write(snapshot, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        ProgressStore store = reader();
        assertThat(store.state(A).box()).isEqualTo(2);
        assertThat(store.warnings()).singleElement().asString()
                .contains("state.snapshot is unreadable (it is incomplete (no end line)); rebuilt from");
    }

    @Test
    void aGarbageSnapshotIsRebuiltFromTheLog() throws IOException {
        try (ProgressStore store = writer()) {
            store.record(A, "d", Grade.GOOD, NOW);
        }
        Files.write(home.resolve(Snapshot.NAME), new byte[] {0, 1, 2, (byte) 0xff, 'x'});
        assertThat(reader().state(A).box()).isEqualTo(2);
        assertThat(reader().warnings()).hasSize(1);
    }

    @Test
    void aSnapshotThatDoesNotMatchTheLogIsRebuilt() throws IOException {
        try (ProgressStore store = writer()) {
            store.record(A, "d", Grade.GOOD, NOW);
        }
        Path other = home.resolveSibling(home.getFileName() + "-other");
        Files.createDirectories(other);
        try (ProgressStore store = ProgressStore.openForWriting(other, LEITNER, Duration.ZERO)) {
            store.record(B, "d", Grade.EASY, NOW);
        }
        Files.copy(other.resolve(Snapshot.NAME), home.resolve(Snapshot.NAME), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        ProgressStore store = reader();
        assertThat(store.state(A).box()).isEqualTo(2);
        assertThat(store.state(B)).isEqualTo(CardState.NEW);
        assertThat(store.warnings()).singleElement().asString().contains("does not match");
    }

    @Test
    void aTornLastLineIsIgnoredAndSetAsideByTheNextWriter() throws IOException {
        String kept;
        try (ProgressStore store = writer()) {
            kept = store.record(A, "d", Grade.GOOD, NOW).id();
        }
        Files.write(home.resolve(ReviewLog.NAME), "R\tr-torn\tc-bbbbbb\td\t2026-11".getBytes(StandardCharsets.UTF_8),
                StandardOpenOption.APPEND);
        assertThat(reader().state(B)).isEqualTo(CardState.NEW);
        try (ProgressStore store = writer()) {
            assertThat(store.warnings()).singleElement().asString().contains("ended in a partly written entry");
            store.record(B, "d", Grade.GOOD, NOW);
        }
        assertThat(logIds(home)).hasSize(2).startsWith(kept);
        try (var files = Files.list(home)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("reviews.log.torn-"));
        }
    }

    @Test
    void aDamagedLineInTheMiddleIsSkippedWithAWarning() throws IOException {
        try (ProgressStore store = writer()) {
            store.record(A, "d", Grade.GOOD, NOW);
            store.record(B, "d", Grade.GOOD, NOW);
        }
        Path log = home.resolve(ReviewLog.NAME);
        String text = Files.readString(log);
        Files.writeString(log, text.replaceFirst("\tgood\t", "\tgold\t"));
        Files.delete(home.resolve(Snapshot.NAME));
        ProgressStore store = reader();
        assertThat(store.reviewCount()).isEqualTo(1);
        assertThat(store.warnings()).singleElement().asString()
                .contains("reviews.log: the entry at byte").contains("is damaged: its checksum does not match")
                .contains("see sdq doctor");
    }

    @Test
    void reviewsOfCardsNoDeckHasAreKept() throws IOException {
        try (ProgressStore store = writer()) {
            store.record(new CardId("gone-card"), "old-deck", Grade.GOOD, NOW);
        }
        assertThat(reader().deckOf(new CardId("gone-card"))).contains("old-deck");
    }

    @Test
    void aSecondWriterIsToldWhoHoldsTheLock() throws IOException {
        try (ProgressStore first = writer()) {
            assertThatThrownBy(this::writer).isInstanceOf(StateBusyException.class)
                    .hasMessageContaining("Another sdq session (pid " + ProcessHandle.current().pid() + ")")
                    .hasMessageContaining("Commands that only read");
            assertThat(reader().states()).isEmpty();
            first.record(A, "d", Grade.GOOD, NOW);
        }
        try (ProgressStore second = writer()) {
            assertThat(second.state(A).box()).isEqualTo(2);
        }
    }

    @Test
    void aFullDiskLosesNothingAlreadySavedAndTheSessionCanGoOn() throws IOException {
        try (ProgressStore store = writer()) {
            store.record(A, "d", Grade.GOOD, NOW);
            FailingSink sink = new FailingSink(ReviewLog.fileSink(home.resolve(ReviewLog.NAME)));
            store.useSink(sink);
            sink.failing = true;
            assertThatThrownBy(() -> store.record(B, "d", Grade.GOOD, NOW))
                    .isInstanceOf(IOException.class).hasMessage("Cannot save the grade to " + home.resolve(ReviewLog.NAME)
                            + ": the disk is full. Free some space and run it again. Every grade saved before is kept.");
            assertThat(store.state(B)).isEqualTo(CardState.NEW);
            sink.failing = false;
            store.record(B, "d", Grade.EASY, NOW);
        }
        ProgressStore after = reader();
        assertThat(after.warnings()).isEmpty();
        assertThat(after.state(A).box()).isEqualTo(2);
        assertThat(after.state(B).box()).isEqualTo(3);
        assertThat(after.reviewCount()).isEqualTo(2);
    }

    @Test
    void aHomeThatCannotBeCreatedIsNamedWithAWayOut() throws IOException {
        Path file = Files.writeString(home.resolve("not-a-dir"), "x");
        assertThatThrownBy(() -> ProgressStore.openForWriting(file.resolve("sdq"), LEITNER, Duration.ZERO))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("Cannot create the state directory " + file.resolve("sdq"))
                .hasMessageEndingWith("Choose another with --home DIR or $SDQ_HOME.");
        assertThat(ProgressStore.openReadOnly(file.resolve("sdq"), LEITNER).states()).isEmpty();
    }

    @Test
    void aLockFileThatCannotBeOpenedIsNamed() throws IOException {
        Files.createDirectories(home.resolve(StateLock.NAME));
        assertThatThrownBy(this::writer).isInstanceOf(IOException.class)
                .hasMessageStartingWith("Cannot lock " + home.resolve(StateLock.NAME));
    }

    @Test
    void snapshotsRotateIntoBackups() throws IOException {
        for (int i = 0; i < 5; i++) {
            try (ProgressStore store = writer()) {
                store.record(A, "d", Grade.HARD, NOW.plusDays(i));
            }
        }
        assertThat(home.resolve(Snapshot.NAME + ".1")).exists();
        assertThat(home.resolve(Snapshot.NAME + ".3")).exists();
        assertThat(home.resolve(Snapshot.NAME + ".4")).doesNotExist();
    }

    /** A sink that fails like a full disk, after writing part of what it was given. */
    static final class FailingSink implements ReviewLog.Sink {
        private final ReviewLog.Sink real;
        boolean failing;

        FailingSink(ReviewLog.Sink real) {
            this.real = real;
        }

        @Override
        public void write(ByteBuffer bytes) throws IOException {
            if (failing) {
                ByteBuffer half = bytes.duplicate();
                half.limit(half.position() + half.remaining() / 2);
                real.write(half);
                throw new IOException("No space left on device");
            }
            real.write(bytes);
        }

        @Override
        public void force() throws IOException {
            real.force();
        }

        @Override
        public long size() throws IOException {
            return real.size();
        }

        @Override
        public void truncate(long size) throws IOException {
            real.truncate(size);
        }

        @Override
        public void close() throws IOException {
            real.close();
        }
    }
}
