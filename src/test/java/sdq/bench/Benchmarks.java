package sdq.bench;

import java.nio.file.Path;

/**
 * The performance figures of DESIGN.md and issue 14, measured and printed as a table, and
 * written to {@code target/bench.json} (never asserted: machines are noisy). Run with
 * {@code mvn -B -q -Pbench verify}; {@code -Dbench=startup}, {@code scale} or {@code import}
 * runs one group, {@code -Dbench.rounds=N} sets the rounds (default 9 for start-up, 3 for the rest).
 */
public final class Benchmarks {
    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        String only = System.getProperty("bench", "all");
        Path root = Path.of("").toAbsolutePath();
        Path jar = root.resolve(System.getProperty("sdq.jar", "target/sdq.jar"));
        String rounds = System.getProperty("bench.rounds", "");
        BenchReport report = new BenchReport();
        if (only.equals("all") || only.equals("startup") || only.equals("scale")) {
            ScaleBenchmark.Collection big = ScaleBenchmark.collection();
            if (!only.equals("scale")) {
                StartupBenchmark.run(report, root, jar, big, rounds.isEmpty() ? 9 : Integer.parseInt(rounds));
            }
            if (!only.equals("startup")) {
                ScaleBenchmark.run(report, root, big, rounds.isEmpty() ? 3 : Integer.parseInt(rounds));
            }
        }
        if (only.equals("all") || only.equals("import")) {
            ImportBenchmark.run(report, root, rounds.isEmpty() ? 3 : Integer.parseInt(rounds));
        }
        report.write(root.resolve("target/bench.json"));
    }
}
