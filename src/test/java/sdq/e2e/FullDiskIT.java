package sdq.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A quiz on a disk that fills up: grades that cannot be saved are said, the summary counts what
 * was saved, the quiz exits 1, and every grade saved before is still there. A tiny tmpfs is the
 * full disk; mounting one needs root, so elsewhere this skips, saying why.
 */
class FullDiskIT {
    @TempDir
    Path dir;

    private static int sh(String... command) throws Exception {
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start().waitFor();
    }

    @Test
    void gradesThatCannotBeSavedAreSaidAndNothingSavedIsLost() throws Exception {
        Path disk = Files.createDirectories(dir.resolve("disk"));
        Assumptions.assumeTrue(sh("mount", "-t", "tmpfs", "-o", "size=40k", "tmpfs", disk.toString()) == 0,
                "mounting a small tmpfs needs root");
        try {
            Files.writeString(Files.createDirectories(dir.resolve("decks")).resolve("caching.yaml"), """
                    cards:
                      - {id: c-aaa001, q: "What is cache-aside?", a: Read then fill., topics: [caching]}
                      - {id: c-aaa002, q: "What is a stampede?", a: Many misses at once., topics: [caching]}
                      - {id: c-aaa003, q: "What is a TTL?", a: A lifetime., topics: [caching]}
                    """);
            Path home = disk.resolve("state");
            Map<String, String> env = Map.of("SDQ_HOME", home.toString(), "HOME", dir.resolve("home").toString(),
                    "NO_COLOR", "");
            assertThat(Jar.run(dir, env, "\n3\n", "quiz", "--new", "1").code()).isZero();
            // The log ends on a page boundary and the disk is full: the next append has nowhere to go.
            Path log = home.resolve("reviews.log");
            Files.writeString(log, "#" + "x".repeat((int) (4096 - Files.size(log) - 2)) + "\n",
                    java.nio.file.StandardOpenOption.APPEND);
            sh("dd", "if=/dev/zero", "of=" + disk.resolve("fill"), "bs=1k", "count=100");

            Jar.Result quiz = Jar.run(dir, env, "\n3\n\n3\nq\n", "quiz", "--new", "3");
            assertThat(quiz.code()).as(quiz.out() + quiz.err()).isEqualTo(1);
            assertThat(quiz.out()).contains("Could not save the grade: Cannot save the grade to " + log
                    + ": the disk is full. Free some space and run it again. Every grade saved before is kept.")
                    .contains("Reviewed 0 cards");
            assertThat(quiz.err()).contains("could not be saved (see above); the summary counts only what was saved.")
                    .doesNotContain("Exception");

            Files.delete(disk.resolve("fill"));
            Jar.Result stats = Jar.run(dir, env, "", "stats", "--json");
            assertThat(stats.out()).contains("\"reviews\" : 1");
        } finally {
            sh("umount", disk.toString());
        }
    }
}
