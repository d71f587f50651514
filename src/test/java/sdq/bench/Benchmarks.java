package sdq.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import sdq.cli.Environment;
import sdq.cli.Main;

/**
 * The performance budgets of DESIGN.md, measured and printed (never asserted: machines are
 * noisy). Run with {@code mvn -B -q -Pbench verify} or
 * {@code mvn -B -q -Pbench -Dbench=import test-compile exec:java}.
 */
public final class Benchmarks {
    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        String only = System.getProperty("bench", "all");
        if (only.equals("all") || only.equals("import")) {
            importThroughput();
        }
        if (only.equals("all") || only.equals("startup")) {
            StartupBenchmark.run(Path.of(System.getProperty("sdq.jar", "target/sdq.jar")).toAbsolutePath());
        }
        if (only.equals("all") || only.equals("scale")) {
            ScaleBenchmark.run(Path.of(System.getProperty("sdq.jar", "target/sdq.jar")).toAbsolutePath());
        }
    }

    /** Import throughput once the JVM is warm: notes bytes per second, written decks included. */
    static void importThroughput() throws IOException {
        importThroughput(false);
        importThroughput(true);
    }

    /**
     * Imports about 8 MB of notes eight times. Many files: copies of each source notes file (one
     * deck each); few files: each the sources joined, about 400 kB.
     */
    static void importThroughput(boolean joined) throws IOException {
        Path work = Files.createTempDirectory("sdq-bench");
        Path notes = Files.createDirectories(work.resolve("notes"));
        List<Path> sources = new ArrayList<>();
        for (Path dir : List.of(Path.of("../shared/seeds"), Path.of("src/test/resources/ingest"))) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.list(dir)) {
                    files.filter(p -> p.toString().matches(".*\\.(txt|md)$")).sorted().forEach(sources::add);
                }
            }
        }
        long bytes = 0;
        int copies = 0;
        while (bytes < 8_000_000) {
            if (joined) {
                Path target = notes.resolve(copies++ + "-joined.txt");
                for (Path source : sources) {
                    Files.write(target, Files.readAllBytes(source), java.nio.file.StandardOpenOption.CREATE,
                            java.nio.file.StandardOpenOption.APPEND);
                }
                bytes += Files.size(target);
                continue;
            }
            for (Path source : sources) {
                Path target = notes.resolve(copies++ + "-" + source.getFileName());
                Files.copy(source, target);
                bytes += Files.size(target);
            }
        }
        System.out.printf("import: %d notes files, %.1f MB (%s %d sources)%n", copies, bytes / 1e6,
                joined ? "each joining" : "copies of", sources.size());
        double[] rates = new double[8];
        for (int round = 0; round < rates.length; round++) {
            Path decks = work.resolve("decks-" + round);
            long start = System.nanoTime();
            int code = run(work, "import", notes.toString(), "--decks", decks.toString());
            double seconds = (System.nanoTime() - start) / 1e9;
            rates[round] = bytes / seconds / 1e6;
            System.out.printf("  round %d: %.2f s, %.1f MB/s (exit %d)%n", round, seconds, rates[round], code);
        }
        long start = System.nanoTime();
        run(work, "import", notes.toString(), "--decks", work.resolve("decks-0").toString());
        double reimport = (System.nanoTime() - start) / 1e9;
        double[] warm = Arrays.copyOfRange(rates, 3, rates.length);
        Arrays.sort(warm);
        System.out.printf("import, warm: median %.1f MB/s (budget: at least 20 MB/s); re-import of unchanged notes"
                + " %.1f MB/s%n", warm[warm.length / 2], bytes / reimport / 1e6);
    }

    private static int run(Path workingDir, String... args) {
        StringWriter out = new StringWriter();
        Environment env = Environment.of(Map.of(), workingDir, System.in, Clock.systemDefaultZone());
        return Main.run(new PrintWriter(out), new PrintWriter(System.err, true), env, args);
    }
}
