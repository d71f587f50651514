package sdq.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
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
 * The scale budgets: 100,000 cards in 50 decks with 1,000,000 logged reviews (generated from a
 * seed, so every run measures the same collection). In this JVM: deck load time and heap (cache
 * cold and warm), state load, and the time to save one graded answer at 1,000,000 reviews and at
 * 1,000. As processes with {@code -Xmx256m}: {@code list}, {@code list --json} and every export.
 */
final class ScaleBenchmark {
    static final int CARDS = 100_000;
    static final int REVIEWS = 1_000_000;
    private static final int DECKS = 50;

    /** A generated collection: its deck directory and its state directory. */
    record Collection(Path decks, Path home) {
    }

    private ScaleBenchmark() {
    }

    /** The collection, generated once into the temporary directory and kept for later runs. */
    static Collection collection() throws IOException {
        Path work = Path.of(System.getProperty("java.io.tmpdir"), "sdq-bench-100k-v2");
        Collection c = new Collection(work.resolve("decks"), work.resolve("state"));
        if (!Files.exists(work.resolve("done"))) {
            System.out.println("bench: generating " + CARDS + " cards and " + REVIEWS + " reviews in " + work + " ...");
            StartupBenchmark.deleteTree(work);
            generate(c.decks(), c.home(), CARDS, REVIEWS);
            Files.writeString(work.resolve("done"), "");
        }
        return c;
    }

    static void run(BenchReport report, Path root, Collection big, int rounds) throws Exception {
        Path work = Files.createTempDirectory("sdq-scale");
        long deckBytes = 0;
        try (var files = Files.list(big.decks())) {
            for (Path p : files.toList()) {
                deckBytes += Files.size(p);
            }
        }
        report.note(String.format("collection: %d cards in %d decks, %.0f MB of YAML; review log %.0f MB", CARDS, DECKS,
                deckBytes / 1e6, Files.size(big.home().resolve("reviews.log")) / 1e6));

        DeckLocation location = new DeckLocation(Optional.of(big.decks()), "bench");
        double[] cold = new double[rounds];
        double[] warm = new double[rounds];
        double heap = 0;
        for (int r = 0; r < rounds; r++) {
            Path cache = work.resolve("cache-" + r);
            long start = System.nanoTime();
            DeckLibrary.load(location, work, Optional.of(cache));
            cold[r] = (System.nanoTime() - start) / 1e9;
            System.gc();
            long before = used();
            start = System.nanoTime();
            Decks decks = DeckLibrary.load(location, work, Optional.of(cache));
            warm[r] = (System.nanoTime() - start) / 1e9;
            System.gc();
            heap = (used() - before) / 1e6;
            report.note("loaded " + decks.decks().stream().mapToInt(d -> d.cards().size()).sum() + " cards");
        }
        report.add("scale", "load 100k cards, deck cache cold (this JVM)", new Samples(cold), "s", "");
        report.add("scale", "load 100k cards, deck cache warm (this JVM)", new Samples(warm), "s", "");
        report.add("scale", "heap held by 100k loaded cards", heap, "MB", "", "within -Xmx256m");

        double[] state = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long start = System.nanoTime();
            ProgressStore.openReadOnly(big.home(), Leitner.standard());
            state[r] = (System.nanoTime() - start) / 1e9;
        }
        report.add("scale", "load the state of 1M reviews", new Samples(state), "s", "");

        Collection small = new Collection(work.resolve("small-decks"), work.resolve("small-state"));
        generate(small.decks(), small.home(), 1_000, 1_000);
        saving(report, big.home(), "1M reviews");
        saving(report, small.home(), "1,000 reviews");

        Map<String, String> env = Map.of("XDG_CACHE_HOME", work.resolve("cache-proc").toString(), "SDQ_JAVA_OPTS",
                "-Xmx256m", "NO_COLOR", "1");
        List<String> base = List.of(root.resolve("sdq").toString());
        List<String> where = List.of("--decks", big.decks().toString(), "--home", big.home().toString());
        Processes.run(concat(base, List.of("list"), where), work, env, "");
        for (List<String> args : List.of(List.of("list"), List.of("list", "--json"), List.of("stats"),
                List.of("export", "-f", "csv", "-o", work.resolve("out.csv").toString()),
                List.of("export", "-f", "json", "-o", work.resolve("out.json").toString()),
                List.of("export", "-f", "md", "-o", work.resolve("out.md").toString()),
                List.of("export", "-f", "anki", "-o", work.resolve("out.txt").toString()),
                List.of("export", "-f", "yaml", "-o", work.resolve("out.yaml").toString()))) {
            Processes.Run run = Processes.run(concat(base, args, where), work, env, "");
            String name = "sdq " + String.join(" ", args).replaceAll(" -o \\S+", "") + ", 100k cards, -Xmx256m";
            report.add("scale", name, run.seconds(), "s", "exit " + run.exit() + ", " + (run.outputBytes() / 1000)
                    + " kB out", "exit 0");
            report.add("scale", "  peak RSS", run.peakMb(), "MB", "", "");
        }
        List<String> head = List.of("sh", "-c", String.join(" ", concat(base, List.of("list"), where)) + " | head -3");
        Processes.Run run = Processes.run(head, work, env, "");
        report.add("scale", "sdq list | head -3, 100k cards", run.seconds(), "s", "exit " + run.exit(), "ends early");
        StartupBenchmark.deleteTree(work);
    }

    /** The time to save one graded answer (appended and flushed), at the size of the state in {@code home}. */
    private static void saving(BenchReport report, Path home, String size) throws IOException {
        ProgressStore store = ProgressStore.openForWriting(home, Leitner.standard(), Duration.ofSeconds(5));
        double[] ms = new double[500];
        ZonedDateTime now = ZonedDateTime.of(2026, 11, 23, 9, 0, 0, 0, ZoneId.of("Europe/Berlin"));
        for (int i = 0; i < ms.length; i++) {
            long start = System.nanoTime();
            store.record(new CardId(String.format("c-%06d", i % 1000)), "deck-0", Grade.GOOD, now.plusSeconds(i));
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        for (int i = 0; i < ms.length; i++) {
            store.undoLast(now);
        }
        store.close();
        Samples s = new Samples(ms);
        report.add("scale", "save one graded answer at " + size + ", median", s.median(), "ms", "", "< 5 ms");
        report.add("scale", "save one graded answer at " + size + ", p99", s.percentile(99), "ms", "", "");
    }

    private static List<String> concat(List<String> a, List<String> b, List<String> c) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        out.addAll(c);
        return out;
    }

    private static long used() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** {@code cards} cards in up to 50 decks, with answers of the usual shapes, and {@code reviews} logged reviews. */
    static void generate(Path decks, Path home, int cards, int reviews) throws IOException {
        Random random = new Random(42);
        List<CardId> ids = new ArrayList<>();
        int deckCount = Math.min(DECKS, Math.max(1, cards / 100));
        int perDeck = cards / deckCount;
        String[] topics = {"caching", "sharding", "replication", "consistency", "messaging"};
        for (int d = 0; d < deckCount; d++) {
            List<Card> list = new ArrayList<>();
            for (int i = 0; i < perDeck; i++) {
                CardId id = new CardId(String.format("c-%06d", d * perDeck + i));
                ids.add(id);
                String answer = switch (random.nextInt(3)) {
                    case 0 -> "- **Point one**: the cache absorbs reads for item " + i + "\n- **Point two**: writes"
                            + " go to the primary, then replicate\n- Measure the p99 latency before and after.\n";
                    case 1 -> "A " + topics[random.nextInt(5)] + " layer answers it in " + random.nextInt(100)
                            + " ms.\n\n```\nget(key) -> value\n```\n";
                    default -> "It depends on the read/write ratio (" + random.nextInt(100) + ":1) and on how"
                            + " stale a read may be.";
                };
                list.add(new Card(id, "How does pattern " + i + " of deck " + d + " behave under load?", answer,
                        List.of(topics[i % topics.length])));
            }
            DeckFiles.write(decks, new Deck("deck-" + d, "Deck " + d, Optional.empty(), list));
        }
        LogFixture.write(home, ids, "deck-0", reviews, 7);
    }
}
