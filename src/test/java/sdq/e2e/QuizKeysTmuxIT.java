package sdq.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The keys of the terminal quiz as a person presses them, in tmux: every key leaves the screen
 * showing the state the session is in (Esc, help, Ctrl-Z and fg), the footer keeps its way out at
 * 80 columns, --limit bounds the session, --typed always opens the editor.
 */
class QuizKeysTmuxIT {
    @TempDir
    Path dir;

    private Tmux tmux;

    @BeforeEach
    void decks() throws IOException {
        assumeTrue(Tmux.installed(), "tmux is not installed");
        tmux = new Tmux();
        Path decks = Files.createDirectories(dir.resolve("decks"));
        StringBuilder yaml = new StringBuilder("cards:\n");
        for (int i = 1; i <= 6; i++) {
            yaml.append("  - id: c-aaa00").append(i).append('\n')
                    .append("    q: Question number ").append(i).append(" about caching?\n")
                    .append("    a: Answer number ").append(i).append(" is here.\n")
                    .append("    topics: [caching]\n");
        }
        Files.writeString(decks.resolve("caching-with-a-long-deck-name-for-the-header.yaml"), yaml.toString());
    }

    @AfterEach
    void stop() throws IOException, InterruptedException {
        if (tmux != null) {
            tmux.close();
        }
    }

    private String quiz(String args) {
        return String.join(" ", "cd", dir.toString(), "&&", "SDQ_HOME=" + dir.resolve("state"),
                "XDG_CONFIG_HOME=" + dir.resolve("cfg"), "XDG_DATA_HOME=" + dir.resolve("data"),
                "HOME=" + dir.resolve("home"), Jar.java(), "-jar", Jar.jar().toString(), "quiz", args);
    }

    @Test
    void escapeThenSpaceShowsTheAnswerAndNothingIsGradedUnseen() throws Exception {
        tmux.start("q", 80, 24, quiz("--topic caching") + "; echo QUIZ-EXIT=$?; sleep 30");
        tmux.screenWith("q", "Question number 1");
        tmux.keys("q", "Escape");
        Thread.sleep(400);
        tmux.keys("q", " ");
        assertThat(tmux.screenWith("q", "Answer number 1 is here.")).contains("Question number 1");
        tmux.keys("q", "?");
        tmux.screenWith("q", "undo the last grade");
        tmux.keys("q", "Escape");
        Thread.sleep(400);
        String closed = tmux.screen("q");
        assertThat(closed).doesNotContain("undo the last grade").contains("Answer number 1 is here.");
        tmux.keys("q", "3");
        assertThat(tmux.screenWith("q", "Question number 2")).contains("Saved: good");
        tmux.keys("q", "q");
        assertThat(tmux.screenWith("q", "QUIZ-EXIT=0")).contains("Reviewed 1 card");
    }

    @Test
    void atEightyColumnsTheFooterKeepsQuitAndHelpAndTheHeaderItsTopics() throws Exception {
        tmux.start("q", 80, 24, quiz("--topic caching") + "; sleep 30");
        String question = tmux.screenWith("q", "Question number 1");
        String footer = question.lines().filter(l -> l.contains("skip")).findFirst().orElseThrow();
        assertThat(footer).contains("q quit").contains("? ").doesNotContain("…");
        String header = question.lines().filter(l -> l.contains("1/6")).findFirst().orElseThrow();
        assertThat(header).contains("caching").contains("box 1");
        tmux.keys("q", " ");
        String answer = tmux.screenWith("q", "Answer number 1");
        String answerFooter = answer.lines().filter(l -> l.contains("again")).findFirst().orElseThrow();
        assertThat(answerFooter).contains("q quit").doesNotContain("…");
    }

    @Test
    void limitBoundsTheWholeSession() throws Exception {
        tmux.start("q", 80, 24, quiz("--topic caching --limit 3") + "; sleep 30");
        assertThat(tmux.screenWith("q", "Question number 1")).contains("1/3");
    }

    @Test
    void typedModeOpensTheEditorForEveryCardEvenAfterASkip() throws Exception {
        tmux.start("q", 80, 24, quiz("--topic caching --typed") + "; sleep 30");
        tmux.screenWith("q", "Type your answer");
        tmux.literal("q", ":s");
        tmux.keys("q", "Enter");
        tmux.screenWith("q", "Question number 2", "Type your answer");
        tmux.literal("q", ":u");
        tmux.keys("q", "Enter");
        tmux.screenWith("q", "Question number 1", "Type your answer");
    }

    @Test
    void suspendedAndResumedTheQuizReadsSingleKeysAgain() throws Exception {
        tmux.start("q", 80, 24, "bash --norc --noprofile -i");
        tmux.literal("q", quiz("--topic caching"));
        tmux.keys("q", "Enter");
        tmux.screenWith("q", "Question number 1");
        tmux.keys("q", "C-z");
        tmux.screenWith("q", "Stopped");
        tmux.literal("q", "fg");
        tmux.keys("q", "Enter");
        tmux.screenWith("q", "Question number 1");
        tmux.keys("q", " ");
        assertThat(tmux.screenWith("q", "Answer number 1 is here.")).contains("1 again");
    }
}
