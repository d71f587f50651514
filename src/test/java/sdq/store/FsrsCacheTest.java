package sdq.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sdq.deck.CardId;
import sdq.schedule.Fsrs;
import sdq.schedule.FsrsCard;
import sdq.schedule.FsrsParameters;
import sdq.schedule.Grade;
import sdq.schedule.Leitner;

/**
 * The copy of the FSRS states beside the log: used for the log's bytes it was made from and
 * never for others; damaged, torn, stale or of other parameters, it is a miss and the log is
 * replayed; the states are always the replay's.
 */
class FsrsCacheTest {
    private static final Fsrs FSRS = new Fsrs(FsrsParameters.standard().withFuzz(false));
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 3, 1, 9, 0, 0, 0, ZoneId.of("Europe/Berlin"));
    private static final List<CardId> CARDS = List.of(new CardId("c-1"), new CardId("c-2"), new CardId("c-3"));

    @TempDir
    Path home;
    private ZonedDateTime at = NOW;
    private final Random random = new Random(3);

    @BeforeEach
    void aLog() throws IOException {
        session(40);
    }

    /** A session of reviews, with now and then an undo or a reset, as the quiz makes them. */
    private void session(int answers) throws IOException {
        try (ProgressStore store = ProgressStore.openForWriting(home, Leitner.standard(), Optional.of(FSRS),
                Duration.ofMillis(200))) {
            for (int i = 0; i < answers; i++) {
                at = at.plusMinutes(random.nextBoolean() ? 5 : 60L * (2 + random.nextInt(60)));
                int what = random.nextInt(12);
                CardId card = CARDS.get(random.nextInt(CARDS.size()));
                if (what == 0) {
                    store.undoLast(at);
                } else if (what == 1) {
                    store.reset(card, at);
                } else {
                    store.record(card, "d", Grade.values()[random.nextInt(4)], at);
                }
            }
        }
    }

    private Map<CardId, FsrsCard> replayed() throws IOException {
        Path bare = Files.createTempDirectory(home.getParent(), "bare");
        Files.copy(home.resolve(ReviewLog.NAME), bare.resolve(ReviewLog.NAME));
        return FsrsStates.read(bare, FSRS, Long.MAX_VALUE).known();
    }

    private Map<CardId, FsrsCard> read() throws IOException {
        return FsrsStates.read(home, FSRS, 1).known();
    }

    @Test
    void aReplayLeavesACopyAndTheNextReadStartsFromItWithTheSameStates() throws IOException {
        Map<CardId, FsrsCard> first = read();
        assertThat(first).isEqualTo(replayed()).isNotEmpty();
        Optional<FsrsCache.Copy> copy = FsrsCache.read(home, FSRS.parameters());
        assertThat(copy).isPresent();
        assertThat(copy.get().logEnd()).isEqualTo(Files.size(home.resolve(ReviewLog.NAME)));
        assertThat(copy.get().cards()).isEqualTo(first);
        for (int s = 0; s < 6; s++) {
            session(15 + random.nextInt(30)); // undos and resets after the copy, some of its cards'
            assertThat(read()).as("after session " + s).isEqualTo(replayed());
        }
    }

    @Test
    void theCopyIsTrustedForTheBytesItWasMadeFromAndForNoOthers() throws IOException {
        read();
        FsrsCache.Copy copy = FsrsCache.read(home, FSRS.parameters()).orElseThrow();
        // A copy saying something else for the same bytes is believed: it is what is read.
        FsrsCard odd = new FsrsCard(FsrsCard.Phase.REVIEW, 0, 123.0, 4.0, Optional.of(NOW), Optional.of(NOW.plusDays(9)),
                9, 1, 0);
        FsrsCache.write(home, FSRS.parameters(), copy.logEnd(), copy.logCrc(), Map.of(CARDS.get(0), odd));
        assertThat(FsrsStates.read(home, FSRS, Long.MAX_VALUE).known()).containsEntry(CARDS.get(0), odd);
        // The log's bytes changed under it (the same length, a valid line): replayed, never the copy.
        Path log = home.resolve(ReviewLog.NAME);
        String text = Files.readString(log, StandardCharsets.UTF_8);
        String first = java.util.Arrays.stream(text.split("\n")).filter(l -> l.matches("R\t.*\t(good|hard|easy)\t.*"))
                .findFirst().orElseThrow();
        String body = LogCodec.unsealed(first);
        String edited = LogCodec.sealed(body.contains("\tgood\t") ? body.replace("\tgood\t", "\thard\t")
                : body.replaceFirst("\t(hard|easy)\t", "\tgood\t"));
        assertThat(edited).isNotEqualTo(first).hasSize(first.length());
        Files.writeString(log, text.replace(first, edited), StandardCharsets.UTF_8);
        assertThat(read()).isEqualTo(replayed()).doesNotContainEntry(CARDS.get(0), odd);
    }

    @Test
    void aCopyMadeAgainAfterAMissIsOfTheLogsBytesAndIsUsed() throws IOException {
        read();
        Path log = home.resolve(ReviewLog.NAME);
        byte[] bytes = Files.readAllBytes(log);
        // A byte changed inside a checksummed line: the line is damaged, the copy misses, a new copy is made.
        int at = new String(bytes, StandardCharsets.UTF_8).indexOf("\tgood\t") + 2;
        bytes[at] = (byte) 'X';
        Files.write(log, bytes);
        Map<CardId, FsrsCard> after = read();
        assertThat(after).isEqualTo(replayed());
        FsrsCache.Copy copy = FsrsCache.read(home, FSRS.parameters()).orElseThrow();
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(bytes, 0, (int) copy.logEnd());
        assertThat(copy.logCrc()).isEqualTo(crc.getValue());
        assertThat(FsrsCache.matches(log, copy, new java.util.zip.CRC32C())).isTrue();
    }

    @Test
    void aCopyThatClaimsAnImpossibleLengthIsAMissNotAFailure() throws IOException {
        read();
        for (long end : new long[] {-1, 0, 5}) {
            FsrsCache.write(home, FSRS.parameters(), end, 0, Map.of());
            assertThat(read()).as("end " + end).isEqualTo(replayed());
        }
    }

    @Test
    void theProgressStoreUnderFsrsLeavesACopyAfterALongLogAndReadsTheSameFromIt() throws IOException {
        Path big = home.resolveSibling("big");
        List<CardId> cards = java.util.stream.IntStream.range(0, 200).mapToObj(i -> new CardId("c-" + i)).toList();
        LogFixture.write(big, cards, "d", 5000, 1);
        Map<CardId, Optional<FsrsCard>> first = new java.util.HashMap<>();
        try (ProgressStore store = ProgressStore.openReadOnly(big, Leitner.standard(), Optional.of(FSRS))) {
            cards.forEach(c -> first.put(c, store.fsrsState(c)));
        }
        assertThat(big.resolve(FsrsCache.NAME)).exists();
        try (ProgressStore store = ProgressStore.openForWriting(big, Leitner.standard(), Optional.of(FSRS),
                Duration.ofMillis(200))) {
            cards.forEach(c -> assertThat(store.fsrsState(c)).as(c.value()).isEqualTo(first.get(c)));
            store.record(cards.get(0), "d", Grade.GOOD, ZonedDateTime.of(2026, 1, 1, 9, 0, 0, 0, ZoneId.of("UTC")));
            first.put(cards.get(0), store.fsrsState(cards.get(0)));
        }
        Files.delete(big.resolve(FsrsCache.NAME));
        try (ProgressStore store = ProgressStore.openReadOnly(big, Leitner.standard(), Optional.of(FSRS))) {
            cards.forEach(c -> assertThat(store.fsrsState(c)).as(c.value()).isEqualTo(first.get(c)));
        }
    }

    @Test
    void aShorterLogIsReplayed() throws IOException {
        read();
        Path log = home.resolve(ReviewLog.NAME);
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        Files.write(log, lines.subList(0, lines.size() / 2), StandardCharsets.UTF_8);
        assertThat(read()).isEqualTo(replayed());
    }

    @Test
    void aDamagedOrTornCopyOrOneOfOtherParametersIsAMiss() throws IOException {
        read();
        Path file = home.resolve(FsrsCache.NAME);
        byte[] whole = Files.readAllBytes(file);
        for (int cut : new int[] {0, 10, whole.length / 2, whole.length - 2}) {
            Files.write(file, java.util.Arrays.copyOf(whole, cut));
            assertThat(FsrsCache.read(home, FSRS.parameters())).as("cut at " + cut).isEmpty();
            assertThat(read()).isEqualTo(replayed());
        }
        byte[] flipped = whole.clone();
        flipped[whole.length / 2] ^= 1;
        Files.write(file, flipped);
        assertThat(FsrsCache.read(home, FSRS.parameters())).isEmpty();
        Files.write(file, whole);
        assertThat(FsrsCache.read(home, FSRS.parameters())).isPresent();
        assertThat(FsrsCache.read(home, FSRS.parameters().withFuzz(true))).isEmpty();
        Fsrs stricter = new Fsrs(new FsrsParameters(FsrsParameters.DEFAULT_WEIGHTS, 0.95, false));
        assertThat(FsrsCache.read(home, stricter.parameters())).isEmpty();
        Files.write(file, "garbage\u0000\u00ff".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(read()).isEqualTo(replayed());
    }

    @Test
    void anUndoAfterTheCopyOfAReviewBeforeItReplaysTheWholeLog() throws IOException {
        // A reader (sdq stats) made the copy while a session was still going; the session then undid its last review.
        Map<CardId, FsrsCard> withEasy;
        try (ProgressStore store = ProgressStore.openForWriting(home, Leitner.standard(), Optional.of(FSRS),
                Duration.ofMillis(200))) {
            store.record(CARDS.get(1), "d", Grade.EASY, at.plusDays(3));
            withEasy = read();
            assertThat(FsrsCache.read(home, FSRS.parameters()).orElseThrow().cards()).isEqualTo(withEasy);
            store.undoLast(at.plusDays(3));
            assertThat(store.fsrsState(CARDS.get(1))).isNotEqualTo(Optional.of(withEasy.get(CARDS.get(1))));
        }
        Map<CardId, FsrsCard> after = read();
        assertThat(after).isEqualTo(replayed()).isNotEqualTo(withEasy);
        assertThat(read()).isEqualTo(after);
    }
}
