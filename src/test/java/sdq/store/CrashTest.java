package sdq.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sdq.schedule.Leitner;

/**
 * Real child JVMs record reviews in a loop and are killed with SIGKILL at random moments; after
 * every kill the state must load, hold every review the child reported as saved, and hold each
 * review once. Two children on one state directory never both write.
 */
class CrashTest {
    private static final int KILLS = 50;

    @TempDir
    Path home;

    static Process child(Path home, int count, String deck) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"), CrashChild.class.getName(), home.toString(),
                Integer.toString(count), deck)
                .redirectErrorStream(true).start();
    }

    /** Reads the child's lines into {@code lines} as they come. */
    static Thread reader(Process process, List<String> lines) {
        Thread t = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    lines.add(line);
                }
            } catch (IOException e) {
                // the child was killed
            }
        });
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static List<String> logIds(Path home) throws IOException {
        List<String> ids = new ArrayList<>();
        ReviewLog.read(home.resolve(ReviewLog.NAME), 0, e -> ids.add(e.id()));
        return ids;
    }

    @Test
    void killingTheWriterAtRandomNeverLosesASavedReview() throws Exception {
        Random random = new Random(42);
        Set<String> reported = new HashSet<>();
        int killedMidWrite = 0;
        for (int round = 0; round < KILLS; round++) {
            List<String> lines = new CopyOnWriteArrayList<>();
            Process process = child(home, 50 + random.nextInt(400), "deck");
            Thread out = reader(process, lines);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (!lines.contains("open") && process.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            Thread.sleep(random.nextInt(120));
            process.destroyForcibly();
            assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
            out.join(5000);
            killedMidWrite += lines.contains("closed") ? 0 : 1;
            for (String line : lines) {
                if (line.startsWith("saved ")) {
                    reported.add(line.substring(6));
                }
            }
            try (ProgressStore store = ProgressStore.openForWriting(home, Leitner.standard(), Duration.ofSeconds(5))) {
                List<String> ids = logIds(home);
                assertThat(ids).as("round " + round).containsAll(reported).doesNotHaveDuplicates();
                assertThat(store.reviewCount()).isEqualTo(ids.size());
            }
        }
        assertThat(reported).isNotEmpty();
        assertThat(killedMidWrite).isGreaterThan(KILLS / 2);
        ProgressStore reread = ProgressStore.openReadOnly(home, Leitner.standard());
        assertThat(reread.warnings()).isEmpty();
        assertThat(reread.reviewCount()).isEqualTo(logIds(home).size());
    }

    @Test
    void twoProcessesOnOneStateNeverBothWriteAndLoseNothing() throws Exception {
        List<String> first = new CopyOnWriteArrayList<>();
        List<String> second = new CopyOnWriteArrayList<>();
        Process a = child(home, 300, "deck-a");
        Thread outA = reader(a, first);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!first.contains("open") && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        Process b = child(home, 300, "deck-b");
        Thread outB = reader(b, second);
        assertThat(a.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(b.waitFor(60, TimeUnit.SECONDS)).isTrue();
        outA.join(5000);
        outB.join(5000);
        List<String> saved = new ArrayList<>();
        for (List<String> lines : List.of(first, second)) {
            lines.stream().filter(l -> l.startsWith("saved ")).map(l -> l.substring(6)).forEach(saved::add);
        }
        List<String> ids = logIds(home);
        assertThat(ids).containsExactlyInAnyOrderElementsOf(saved).doesNotHaveDuplicates();
        assertThat(first).contains("closed");
        // The second either waited for the first and then wrote all its reviews, or was told who
        // held the lock and wrote nothing.
        assertThat(second.contains("closed") || second.stream().anyMatch(l -> l.startsWith("busy "))).isTrue();
        ProgressStore store = ProgressStore.openReadOnly(home, Leitner.standard());
        assertThat(store.warnings()).isEmpty();
        assertThat(store.reviewCount()).isEqualTo(ids.size());
    }
}
