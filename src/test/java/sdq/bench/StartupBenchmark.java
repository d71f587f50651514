package sdq.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * DESIGN.md's start-up budget: from starting {@code sdq quiz} on the shipped decks to its first
 * question, within twice a minimal picocli "hello" timed in the same run (and the aim is to
 * match it). Both run with the launcher's JVM flags; sdq with its class-data-sharing archive.
 */
final class StartupBenchmark {
    private static final int RUNS = 7;
    private static final List<String> FLAGS = List.of("-XX:+UseSerialGC", "-XX:-UsePerfData", "-Xshare:auto",
            "-XX:TieredStopAtLevel=1");

    private StartupBenchmark() {
    }

    static void run(Path jar) throws Exception {
        Path work = Files.createTempDirectory("sdq-startup");
        Path jsa = work.resolve("sdq.jsa");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        boolean pty = new ProcessBuilder("sh", "-c", "command -v script").start().waitFor() == 0;
        List<String> quiz = new ArrayList<>(List.of(java));
        quiz.addAll(FLAGS);
        quiz.addAll(List.of("-XX:SharedArchiveFile=" + jsa, "-Xlog:cds=off", "-jar", jar.toString(), "quiz",
                "--decks", Path.of("decks").toAbsolutePath().toString(), "--home", work.resolve("state").toString()));
        List<String> train = new ArrayList<>(List.of(java, "-XX:ArchiveClassesAtExit=" + jsa, "-Xlog:cds=off",
                "-Xlog:cds+dynamic=off", "-jar", jar.toString()));
        train.addAll(quiz.subList(quiz.indexOf("quiz"), quiz.size()));
        time(train, pty);

        List<String> hello = new ArrayList<>(List.of(java));
        hello.addAll(FLAGS);
        hello.addAll(List.of("-cp", System.getProperty("java.class.path"), Hello.class.getName()));
        double[] helloTimes = new double[RUNS];
        double[] quizTimes = new double[RUNS];
        double[] firstQuestion = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            helloTimes[i] = time(hello, pty);
            quizTimes[i] = time(quiz, pty);
            firstQuestion[i] = firstQuestion(quiz);
        }
        double h = median(helloTimes);
        double q = median(quizTimes);
        double f = median(firstQuestion);
        System.out.printf("startup: hello %.3f s; sdq quiz %s start to quit %.3f s (%.1fx hello); plain mode first"
                + " question %.3f s (%.1fx hello); budget 2x%n", h, pty ? "in a terminal," : "(no pty),", q, q / h, f, f / h);
    }

    /** Seconds for the command to run to its end: in a pseudo-terminal, quitting at once. */
    private static double time(List<String> command, boolean pty) throws IOException, InterruptedException {
        List<String> full = pty ? List.of("script", "-qec", shell(command), "/dev/null") : command;
        long start = System.nanoTime();
        Process p = new ProcessBuilder(full).redirectErrorStream(true).start();
        p.getOutputStream().write(pty ? "q".getBytes(StandardCharsets.UTF_8) : "q\n".getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().flush();
        p.getInputStream().readAllBytes();
        p.waitFor(30, TimeUnit.SECONDS);
        return (System.nanoTime() - start) / 1e9;
    }

    /** Seconds until the plain-mode quiz prints its first card's header. */
    private static double firstQuestion(List<String> command) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        double seconds = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("1/")) {
                    seconds = (System.nanoTime() - start) / 1e9;
                    break;
                }
            }
        }
        p.getOutputStream().close();
        p.waitFor(30, TimeUnit.SECONDS);
        return seconds;
    }

    private static String shell(List<String> command) {
        StringBuilder b = new StringBuilder();
        for (String part : command) {
            b.append('\'').append(part.replace("'", "'\\''")).append("' ");
        }
        return b.toString();
    }

    private static double median(double[] values) {
        double[] copy = values.clone();
        Arrays.sort(copy);
        return copy[copy.length / 2];
    }
}
