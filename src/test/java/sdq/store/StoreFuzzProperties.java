package sdq.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Assertions;
import sdq.deck.CardId;
import sdq.deck.InvalidInputException;
import sdq.schedule.Grade;
import sdq.schedule.Leitner;

/**
 * The files sdq keeps (decks, the config, the review log and the snapshot), spoilt at random:
 * a deck or the config is read or is one error naming the file; damaged progress is read with
 * warnings, and what is readable of it is kept; nothing hangs or throws anything else.
 */
class StoreFuzzProperties {
    private static final Duration HANG = Duration.ofSeconds(60);
    private static final String DECK = "sdq: 1\ndeck: caching\ntitle: Caching\ncards:\n  - id: c-1\n    q: What is a cache?\n"
            + "    a: |\n      A **fast** copy.\n    topics: [caching]\n    source: {line: 3, imported: 0a1b2c3d}\n"
            + "  - id: c-2\n    q: Who follows?\n    a: The follower.\n    parent: c-1\n";
    private static final String CONFIG = "leitner:\n  boxes: 5\n  intervals: [1, 2, 4, 8, 16]\nreviews-per-day: 100\n"
            + "new-per-day: 10\ntopics:\n  caching: [cache, ttl]\n";

    @Property(tries = 120)
    void aSpoiltDeckIsReadOrOneErrorNamingIt(@ForAll("spoilt") byte[] spoil, @ForAll long seed) {
        byte[] bytes = spoilt(DECK, spoil, new Random(seed));
        try {
            Assertions.assertTimeoutPreemptively(HANG, () -> DeckYaml.read("decks/caching.yaml", "caching",
                    Optional.empty(), bytes));
        } catch (MalformedFileException e) {
            assertThat(e.getMessage()).startsWith("decks/caching.yaml").doesNotContain("\n");
        }
    }

    @Property(tries = 80)
    void aSpoiltConfigIsReadOrOneErrorNamingIt(@ForAll("spoilt") byte[] spoil, @ForAll long seed) {
        byte[] bytes = spoilt(CONFIG, spoil, new Random(seed));
        try {
            Assertions.assertTimeoutPreemptively(HANG, () -> ConfigFile.parse("config.yaml",
                    new String(bytes, StandardCharsets.UTF_8)));
        } catch (InvalidInputException e) {
            assertThat(e.getMessage()).startsWith("config.yaml");
        }
    }

    @Property(tries = 60)
    void spoiltProgressIsReadWithWarningsAndAWriterCanGoOn(@ForAll("spoilt") byte[] spoil, @ForAll boolean theLog,
                                                           @ForAll long seed) throws IOException {
        Path home = Files.createTempDirectory("sdq-fuzz-home");
        try {
            ZonedDateTime now = ZonedDateTime.of(2026, 11, 23, 9, 0, 0, 0, ZoneId.of("UTC"));
            try (ProgressStore store = ProgressStore.openForWriting(home, Leitner.standard(), Duration.ZERO)) {
                for (int i = 0; i < 5; i++) {
                    store.record(new CardId("c-" + i), "d", Grade.values()[i % 4], now.plusMinutes(i));
                }
            }
            Path file = home.resolve(theLog ? ReviewLog.NAME : Snapshot.NAME);
            Files.write(file, spoilt(Files.readString(file), spoil, new Random(seed)));
            ProgressStore read = Assertions.assertTimeoutPreemptively(HANG,
                    () -> ProgressStore.openReadOnly(home, Leitner.standard()));
            assertThat(read.reviewCount()).isBetween(0L, 5L);
            try (ProgressStore writer = ProgressStore.openForWriting(home, Leitner.standard(), Duration.ZERO)) {
                writer.record(new CardId("c-new"), "d", Grade.GOOD, now.plusHours(1));
            }
            assertThat(ProgressStore.openReadOnly(home, Leitner.standard()).state(new CardId("c-new")).box())
                    .isEqualTo(2);
        } finally {
            try (var files = Files.walk(home)) {
                for (Path p : files.sorted(java.util.Collections.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** Spoils text as {@code spoil} says: its first byte picks how, the rest is what goes in. */
    private static byte[] spoilt(String text, byte[] spoil, Random r) {
        byte[] in = text.getBytes(StandardCharsets.UTF_8);
        int how = spoil.length == 0 ? 0 : Math.floorMod(spoil[0], 6);
        switch (how) {
            case 0:
                return java.util.Arrays.copyOf(in, r.nextInt(in.length + 1));
            case 1: {
                byte[] out = in.clone();
                for (int i = 1; i < spoil.length; i++) {
                    out[r.nextInt(out.length)] = spoil[i];
                }
                return out;
            }
            case 2: {
                java.util.List<String> lines = new java.util.ArrayList<>(java.util.List.of(text.split("\n", -1)));
                java.util.Collections.shuffle(lines, r);
                return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
            }
            case 3: {
                int at = r.nextInt(in.length + 1);
                byte[] out = new byte[in.length + spoil.length];
                System.arraycopy(in, 0, out, 0, at);
                System.arraycopy(spoil, 0, out, at, spoil.length);
                System.arraycopy(in, at, out, at + spoil.length, in.length - at);
                return out;
            }
            case 4:
                return text.getBytes(StandardCharsets.UTF_16);
            default:
                return (text + "x".repeat(100_000) + "\n" + "[".repeat(5000) + "\n").getBytes(StandardCharsets.UTF_8);
        }
    }

    @Provide
    Arbitrary<byte[]> spoilt() {
        return Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(40);
    }
}
