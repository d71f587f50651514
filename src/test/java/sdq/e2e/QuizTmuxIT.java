package sdq.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quiz in a real terminal: the jar runs in tmux, keys are sent with send-keys and the screen
 * read with capture-pane, as a person would see it. Reveal, grade, undo, grade again, quit, and
 * the summary on the normal screen. Skipped where tmux is not installed.
 */
class QuizTmuxIT {
    private static final String SOCKET = "sdq-it-" + ProcessHandle.current().pid();

    @TempDir
    Path dir;

    private static String tmux(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("tmux", "-L", SOCKET));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(10, TimeUnit.SECONDS);
        return out;
    }

    private static boolean hasTmux() {
        try {
            return new ProcessBuilder("tmux", "-V").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** The screen once it shows {@code text}, waiting up to ten seconds. */
    private static String screenWith(String text) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        String screen = "";
        while (System.nanoTime() < deadline) {
            screen = tmux("capture-pane", "-p", "-t", "quiz");
            if (screen.contains(text)) {
                return screen;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the screen never showed '" + text + "'; it shows:\n" + screen);
    }

    @AfterEach
    void killServer() throws IOException, InterruptedException {
        tmux("kill-server");
    }

    @Test
    void revealGradeUndoQuitAndTheSummary() throws Exception {
        assumeTrue(hasTmux(), "tmux is not installed");
        Path decks = Files.createDirectories(dir.resolve("decks"));
        Files.writeString(decks.resolve("caching.yaml"), """
                cards:
                  - id: c-aaa001
                    q: What is cache-aside?
                    a: Read the cache; on a miss read the database and fill the cache.
                    topics: [caching]
                  - id: c-aaa002
                    q: What is a cache stampede?
                    a: Many misses for one hot key at once.
                    topics: [caching]
                """);
        String command = String.join(" ", "cd", dir.toString(), "&&", "SDQ_HOME=" + dir.resolve("state"),
                "XDG_CONFIG_HOME=" + dir.resolve("cfg"), "HOME=" + dir.resolve("home"), Jar.java(), "-jar", Jar.jar().toString(), "quiz",
                "--topic", "caching", "; echo QUIZ-EXIT=$?; sleep 30");
        tmux("new-session", "-d", "-s", "quiz", "-x", "100", "-y", "30", command);

        String question = screenWith("What is cache-aside?");
        assertThat(question).contains("1/2").contains("box 1 new").contains("Enter show answer");
        tmux("send-keys", "-t", "quiz", "Enter");
        assertThat(screenWith("on a miss read the database")).contains("1 again 1d · 2 hard 1d · 3 good 3d · 4 easy 7d");
        tmux("send-keys", "-t", "quiz", "3");
        assertThat(screenWith("What is a cache stampede?")).contains("Saved: good. Box 1 -> 2").contains("2/2");
        tmux("send-keys", "-t", "quiz", "u");
        assertThat(screenWith("Undone")).contains("What is cache-aside?").contains("1/2");
        tmux("send-keys", "-t", "quiz", "Enter");
        screenWith("on a miss read the database");
        tmux("send-keys", "-t", "quiz", "4");
        screenWith("Saved: easy. Box 1 -> 3");
        tmux("send-keys", "-t", "quiz", "q");
        String end = screenWith("QUIZ-EXIT=0");
        assertThat(end).contains("Reviewed 1 card: 1 right, 0 wrong").contains("box 1 -> 3: 1 card");

        List<String> log = Files.readAllLines(dir.resolve("state/reviews.log"));
        assertThat(log).hasSize(4);
        assertThat(log.get(1)).contains("\tgood\t");
        assertThat(log.get(2)).startsWith("U\t");
        assertThat(log.get(3)).contains("\teasy\t1\t3\t");
    }
}
