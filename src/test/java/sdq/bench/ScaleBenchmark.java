package sdq.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import sdq.deck.Card;
import sdq.deck.CardId;
import sdq.deck.Deck;
import sdq.schedule.Grade;
import sdq.schedule.Leitner;
import sdq.store.DeckFiles;
import sdq.store.DeckLibrary;
import sdq.store.DeckLocation;
import sdq.store.Decks;
import sdq.store.LogFixture;
import sdq.store.ProgressStore;

/**
 * DESIGN.md's scale budget: 100,000 cards with 1,000,000 logged reviews. The quiz must show its
 * first card in under a second, one graded answer must be saved in under 5 ms, and the heap
 * must stay under 256 MB.
 */
final class ScaleBenchmark {
    static final int CARDS = 100_000;
    static final int REVIEWS = 1_000_000;
    private static final int DECKS = 20;

    private ScaleBenchmark() {
    }

    static void run(Path jar) throws Exception {
        Path work = Path.of(System.getProperty("java.io.tmpdir"), "sdq-scale");
        Path decks = work.resolve("decks");
        Path home = work.resolve("state");
        if (!Files.exists(home.resolve("state.snapshot"))) {
            System.out.println("scale: generating " + CARDS + " cards and " + REVIEWS + " reviews in " + work + " ...");
            generate(decks, home);
        }
        long deckBytes = 0;
        try (var files = Files.list(decks)) {
            for (Path p : files.toList()) {
                deckBytes += Files.size(p);
            }
        }
        System.out.printf("scale: %d cards in %d decks (%.0f MB of YAML), review log %.0f MB%n", CARDS, DECKS,
                deckBytes / 1e6, Files.size(home.resolve("reviews.log")) / 1e6);

        double[] first = new double[3];
        for (int i = 0; i < first.length; i++) {
            first[i] = firstQuestion(jar, decks, home);
        }
        Arrays.sort(first);
        System.out.printf("scale: sdq quiz (-Xmx256m) shows its first card after %.2f s (median of 3; budget 1 s)%n",
                first[1]);

        ProgressStore store = ProgressStore.openForWriting(home, Leitner.standard(), Duration.ofSeconds(5));
        long[] nanos = new long[500];
        ZonedDateTime now = ZonedDateTime.of(2026, 11, 23, 9, 0, 0, 0, ZoneId.of("Europe/Berlin"));
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            store.record(new CardId(String.format("c-%06d", i)), "deck-0", Grade.GOOD, now.plusSeconds(i));
            nanos[i] = System.nanoTime() - start;
        }
        for (int i = 0; i < nanos.length; i++) {
            store.undoLast(now);
        }
        store.close();
        Arrays.sort(nanos);
        System.out.printf("scale: saving one graded answer (append + fsync): median %.2f ms, p99 %.2f ms (budget 5 ms)%n",
                nanos[nanos.length / 2] / 1e6, nanos[nanos.length * 99 / 100] / 1e6);

        System.gc();
        long before = used();
        Decks loaded = DeckLibrary.load(new DeckLocation(Optional.of(decks), "bench"), work);
        ProgressStore reread = ProgressStore.openReadOnly(home, Leitner.standard());
        System.gc();
        long after = used();
        System.out.printf("scale: decks and progress in memory: %.0f MB of heap for %d cards and %d card states"
                + " (budget: all of sdq under 256 MB)%n", (after - before) / 1e6,
                loaded.decks().stream().mapToInt(d -> d.cards().size()).sum(), reread.states().size());
    }

    private static long used() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Seconds from starting the jar to its printing the first card's header, with a 256 MB heap. */
    private static double firstQuestion(Path jar, Path decks, Path home) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-jar", jar.toString(), "quiz", "--decks", decks.toString(), "--home", home.toString(), "--cram",
                "--limit", "5"));
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        double seconds = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("1/")) {
                    seconds = (System.nanoTime() - start) / 1e9;
                    break;
                }
                if (line.contains("OutOfMemoryError") || line.startsWith("sdq:")) {
                    System.out.println("scale: " + line);
                }
            }
        }
        process.getOutputStream().close();
        process.destroy();
        process.waitFor();
        return seconds;
    }

    private static void generate(Path decks, Path home) throws IOException {
        List<CardId> ids = new ArrayList<>();
        int perDeck = CARDS / DECKS;
        String[] topics = {"caching", "sharding", "replication", "consistency", "messaging"};
        for (int d = 0; d < DECKS; d++) {
            List<Card> cards = new ArrayList<>();
            for (int i = 0; i < perDeck; i++) {
                CardId id = new CardId(String.format("c-%06d", d * perDeck + i));
                ids.add(id);
                cards.add(new Card(id, "How does pattern " + i + " of deck " + d + " behave under load?",
                        "- **Point one**: the cache absorbs reads for item " + i + "\n- **Point two**: writes go to"
                                + " the primary, then replicate\n- Measure the p99 latency before and after.\n",
                        List.of(topics[i % topics.length])));
            }
            DeckFiles.write(decks, new Deck("deck-" + d, "Deck " + d, Optional.empty(), cards));
        }
        LogFixture.write(home, ids, "deck-0", REVIEWS, 7);
    }
}
