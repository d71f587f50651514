package sdq.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Whole-process times of short commands, run through the {@code sdq} launcher as users run
 * them, next to a minimal picocli "hello" jar built here and run in the same rounds
 * (interleaved), so each figure is also a ratio to it: {@code echo :q | sdq quiz} (which quits
 * at its first question) on the shipped decks and on the 100,000-card collection with its deck
 * cache warm and cold, {@code --version}, {@code list} and {@code stats}.
 */
final class StartupBenchmark {
    /** A command timed: its name in the table, its arguments, its input, and whether the deck cache is emptied first. */
    private record Timed(String name, List<String> command, String input, boolean coldCache) {
    }

    private StartupBenchmark() {
    }

    static void run(BenchReport report, Path root, Path jar, ScaleBenchmark.Collection big, int rounds)
            throws IOException, InterruptedException {
        Path work = Files.createTempDirectory("sdq-startup");
        Path hello = HelloJar.build(work);
        Path launcher = root.resolve("sdq");
        Path cache = work.resolve("cache");
        Map<String, String> env = Map.of("XDG_CACHE_HOME", cache.toString(), "SDQ_HOME", work.resolve("state").toString(),
                "NO_COLOR", "1");
        String shipped = root.resolve("decks").toString();
        List<Timed> commands = new ArrayList<>();
        commands.add(new Timed("picocli hello, java -jar", List.of(Processes.java(), "-jar", hello.toString()), "", false));
        commands.add(new Timed("picocli hello, the launcher's JVM flags", List.of(Processes.java(), "-XX:+UseSerialGC",
                "-XX:-UsePerfData", "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-jar", hello.toString()), "", false));
        commands.add(new Timed("sdq --version", List.of(launcher.toString(), "--version"), "", false));
        commands.add(new Timed("echo :q | sdq quiz (shipped decks)", List.of(launcher.toString(), "quiz", "--decks",
                shipped), ":q\n", false));
        commands.add(new Timed("sdq list (shipped decks)", List.of(launcher.toString(), "list", "--decks", shipped), "",
                false));
        commands.add(new Timed("sdq stats (shipped decks)", List.of(launcher.toString(), "stats", "--decks", shipped), "",
                false));
        List<String> bigQuiz = List.of(launcher.toString(), "quiz", "--decks", big.decks().toString(), "--home",
                big.home().toString(), "--cram", "--limit", "5");
        commands.add(new Timed("echo :q | sdq quiz, 100k cards + 1M reviews, cache warm", bigQuiz, ":q\n", false));
        commands.add(new Timed("echo :q | sdq quiz, 100k cards + 1M reviews, cache cold", bigQuiz, ":q\n", true));

        // A first run of each: the launcher makes its class-data archive, the big collection's cache fills.
        for (Timed t : commands) {
            Processes.run(t.command(), work, env, t.input());
        }
        Map<String, double[]> seconds = new LinkedHashMap<>();
        Map<String, double[]> peaks = new LinkedHashMap<>();
        commands.forEach(t -> {
            seconds.put(t.name(), new double[rounds]);
            peaks.put(t.name(), new double[rounds]);
        });
        for (int r = 0; r < rounds; r++) {
            for (Timed t : commands) {
                if (t.coldCache()) {
                    deleteTree(cache);
                }
                Processes.Run run = Processes.run(t.command(), work, env, t.input());
                if (run.exit() != 0) {
                    report.note(t.name() + ": exit " + run.exit());
                }
                seconds.get(t.name())[r] = run.seconds();
                peaks.get(t.name())[r] = run.peakMb();
            }
        }
        double[] hello0 = seconds.get(commands.get(0).name());
        for (Timed t : commands) {
            double[] s = seconds.get(t.name());
            report.add("startup", t.name(), new Samples(s), "s", "");
            if (t != commands.get(0)) {
                report.add("startup", "  ratio to the hello jar", Samples.ratios(s, hello0), "x", target(t.name()));
            }
            if (t.name().contains("100k")) {
                report.add("startup", "  peak RSS", new Samples(peaks.get(t.name())), "MB",
                        t.coldCache() ? "< 400 MB" : "");
            }
        }
    }

    private static String target(String name) {
        if (name.contains("cache warm")) {
            return "< 0.5 s";
        } else if (name.contains("cache cold")) {
            return "< 1.5 s";
        } else if (name.contains("hello")) {
            return "";
        }
        return name.contains("quiz") ? "<= 1.0x (2x budget)" : name.contains("version") ? "<= 1.0x" : "";
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
