package sdq.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sdq.deck.CardId;
import sdq.schedule.Grade;
import sdq.schedule.Leitner;

/** The store's smaller promises: burials, history with undos, counts per box, a read-only store stays so. */
class ProgressStoreMoreTest {
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 23, 9, 0, 0, 0, ZoneId.of("UTC"));
    private static final LocalDate TODAY = NOW.toLocalDate();
    private static final CardId A = new CardId("c-aaaaaa");
    private static final CardId B = new CardId("c-bbbbbb");

    @TempDir
    Path home;

    private ProgressStore writer() throws IOException {
        return ProgressStore.openForWriting(home, Leitner.standard(), Duration.ZERO);
    }

    @Test
    void buryingLastsTheDayAndUnburyingTakesItBack() throws IOException {
        try (ProgressStore store = writer()) {
            store.bury(A, TODAY);
            store.bury(B, TODAY);
            assertThat(store.buried(TODAY)).containsExactlyInAnyOrder(A, B);
            store.unbury(A, TODAY);
            assertThat(store.buried(TODAY)).containsExactly(B);
            store.unbury(A, TODAY);
            assertThat(store.buried(TODAY.plusDays(1))).isEmpty();
        }
        assertThat(ProgressStore.openReadOnly(home, Leitner.standard()).buried(TODAY)).containsExactly(B);
    }

    @Test
    void historyLeavesOutWhatWasUndone() throws IOException {
        try (ProgressStore store = writer()) {
            store.record(A, "d", Grade.GOOD, NOW);
            store.record(B, "d", Grade.AGAIN, NOW);
            store.record(A, "d", Grade.EASY, NOW.plusMinutes(1));
            store.undoLast(NOW.plusMinutes(2));
            Map<CardId, java.util.List<sdq.schedule.Review>> history = store.history(Set.of(A));
            assertThat(history).containsOnlyKeys(A);
            assertThat(history.get(A)).extracting(sdq.schedule.Review::grade).containsExactly(Grade.GOOD);
            assertThat(store.history(Set.of(A, B)).get(B)).hasSize(1);
        }
    }

    @Test
    void countsPerBoxAndWhereTheStoreLives() throws IOException {
        try (ProgressStore store = writer()) {
            store.record(A, "d", Grade.GOOD, NOW);
            store.record(B, "d", Grade.EASY, NOW);
            assertThat(store.boxCounts()).isEqualTo(Map.of(2, 1, 3, 1));
            assertThat(store.home()).isEqualTo(home);
            assertThat(store.leitner().boxes()).isEqualTo(5);
            assertThat(store.deckOf(A)).contains("d");
        }
    }

    @Test
    void aReadOnlyStoreRefusesToWrite() throws IOException {
        try (ProgressStore store = writer()) {
            store.record(A, "d", Grade.GOOD, NOW);
        }
        ProgressStore read = ProgressStore.openReadOnly(home, Leitner.standard());
        assertThatThrownBy(() -> read.record(B, "d", Grade.GOOD, NOW)).isInstanceOf(IllegalStateException.class)
                .hasMessage("the progress store was opened read-only");
        assertThatThrownBy(() -> read.checkpoint()).isInstanceOf(IllegalStateException.class);
        read.close();
        assertThat(ProgressStore.openReadOnly(home, Leitner.standard()).reviewCount()).isEqualTo(1);
    }

    @Test
    void anUnreadableStateDirectoryIsNamedWithWhatToRun() throws IOException {
        Files.createDirectories(home);
        Files.createDirectories(home.resolve(ReviewLog.NAME));
        assertThatThrownBy(() -> ProgressStore.openReadOnly(home, Leitner.standard()))
                .hasMessageStartingWith("Cannot read the progress in " + home + ": ")
                .hasMessageEndingWith("Run 'sdq doctor' to see what is wrong.");
    }

    @Test
    void theLockIsLetGoOnCloseAndAReplacedLockFileIsNotOurs() throws IOException {
        try (StateLock lock = StateLock.acquire(home, Duration.ZERO)) {
            assertThat(lock.ours()).isTrue();
            assertThat(lock.inPlace()).isTrue();
            Files.delete(home.resolve(StateLock.NAME));
            assertThat(lock.inPlace()).isFalse();
            assertThat(lock.ours()).isFalse();
            Files.writeString(home.resolve(StateLock.NAME), "123\nother\n");
            assertThat(lock.ours()).isFalse();
            assertThat(StateLock.holder(home.resolve(StateLock.NAME))).isEqualTo("123");
        }
        Files.writeString(home.resolve(StateLock.NAME), "not a pid\n");
        assertThat(StateLock.holder(home.resolve(StateLock.NAME))).isEqualTo("unknown");
        assertThat(StateLock.holder(home.resolve("missing"))).isEqualTo("unknown");
        try (StateLock again = StateLock.acquire(home, Duration.ZERO)) {
            assertThat(again.ours()).isTrue();
        }
    }

    @Test
    void aTemporaryFileOfOursIsReplacedAtomicallyAndNoneIsLeft() throws IOException {
        Path target = home.resolve("sub/file.txt");
        AtomicFile.write(target, "one".getBytes());
        AtomicFile.write(target, "two".getBytes());
        assertThat(Files.readString(target)).isEqualTo("two");
        try (var files = Files.list(target.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("file.txt");
        }
        Path stale = Files.writeString(target.resolveSibling(".file.txt.abc.tmp"), "x");
        Files.setLastModifiedTime(stale, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis()
                - AtomicFile.STALE.toMillis() - 1000));
        Path young = Files.writeString(target.resolveSibling(".other.txt.abc.tmp"), "x");
        AtomicFile.cleanStale(target.getParent());
        assertThat(stale).doesNotExist();
        assertThat(young).exists();
    }
}
