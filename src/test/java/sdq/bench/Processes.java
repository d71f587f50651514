package sdq.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Whole processes timed from start to exit, with the most memory they held. */
final class Processes {
    /** How a run ended: seconds from start to exit, peak resident memory in MB (0 when unknown), exit code. */
    record Run(double seconds, double peakMb, int exit, long outputBytes) {
    }

    private Processes() {
    }

    /** Runs {@code command} with {@code input} on its standard input; its output is read and counted, not kept. */
    static Run run(List<String> command, Path dir, Map<String, String> env, String input)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().putAll(env);
        long start = System.nanoTime();
        Process p = builder.start();
        try (OutputStream in = p.getOutputStream()) {
            in.write(input.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // it exited before reading its input
        }
        long[] bytes = {0};
        Thread drain = new Thread(() -> bytes[0] = drain(p.getInputStream()));
        drain.start();
        Path status = Path.of("/proc", Long.toString(p.pid()), "status");
        double peak = 0;
        while (!p.waitFor(20, TimeUnit.MILLISECONDS)) {
            peak = Math.max(peak, highWaterMb(status));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        drain.join();
        return new Run(seconds, peak, p.exitValue(), bytes[0]);
    }

    private static long drain(InputStream in) {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try {
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
            }
        } catch (IOException e) {
            // the process went away
        }
        return total;
    }

    /** VmHWM of a running process (Linux), in MB; 0 when it cannot be read. */
    private static double highWaterMb(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
                }
            }
        } catch (IOException | RuntimeException e) {
            // gone, or not Linux
        }
        return 0;
    }

    /** The java of the JDK running the benchmarks. */
    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
