package sdq.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Import as users run it (the launcher, a fresh process each time): throughput in MB/s and peak
 * resident memory for a generated 50 MB corpus of notes in mixed shapes (first into empty
 * decks, then again into the decks it made), and the memory for one file of 1,000,000 short lines.
 */
final class ImportBenchmark {
    private ImportBenchmark() {
    }

    static void run(BenchReport report, Path root, int rounds) throws IOException, InterruptedException {
        Path work = Files.createTempDirectory("sdq-import");
        Path notes = work.resolve("notes");
        long bytes = new NotesCorpus(2026).write(notes, 50_000_000);
        long files;
        try (var list = Files.list(notes)) {
            files = list.count();
        }
        report.note(String.format("corpus: %d files, %.1f MB (Markdown, plain text, org; seed 2026)", files, bytes / 1e6));
        Map<String, String> env = Map.of("XDG_CACHE_HOME", work.resolve("cache").toString(), "SDQ_HOME",
                work.resolve("state").toString(), "NO_COLOR", "1");
        String sdq = root.resolve("sdq").toString();
        double[] rates = new double[rounds];
        double[] peaks = new double[rounds];
        double[] again = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            Path decks = work.resolve("decks-" + r);
            List<String> command = List.of(sdq, "import", notes.toString(), "--decks", decks.toString());
            Processes.Run run = Processes.run(command, work, env, "");
            if (run.exit() != 0) {
                report.note("import exit " + run.exit());
            }
            rates[r] = bytes / run.seconds() / 1e6;
            peaks[r] = run.peakMb();
            again[r] = bytes / Processes.run(command, work, env, "").seconds() / 1e6;
            StartupBenchmark.deleteTree(decks);
        }
        report.add("import", "import 50 MB of notes into empty decks", new Samples(rates), "MB/s", ">= 25 MB/s");
        report.add("import", "  peak RSS", new Samples(peaks), "MB", "< 300 MB");
        report.add("import", "re-import the same notes into the decks they made", new Samples(again), "MB/s", "");

        Path lines = work.resolve("lines.txt");
        StringBuilder text = new StringBuilder(2_100_000);
        for (int i = 0; i < 1_000_000; i++) {
            text.append(i % 2 == 0 ? "a?\n" : "b\n");
        }
        Files.writeString(lines, text, StandardCharsets.UTF_8);
        Processes.Run run = Processes.run(List.of(sdq, "import", lines.toString(), "--decks",
                work.resolve("decks-lines").toString()), work, env, "");
        report.add("import", "import one file of 1,000,000 short lines (2.5 MB), peak RSS", run.peakMb(), "MB",
                run.seconds() > 0 ? String.format("%.1f s, exit %d", run.seconds(), run.exit()) : "", "< 300 MB");
        StartupBenchmark.deleteTree(work);
    }
}
