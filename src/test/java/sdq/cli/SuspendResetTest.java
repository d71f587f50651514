package sdq.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sdq.deck.CardId;
import sdq.schedule.Leitner;
import sdq.store.ProgressStore;

/** A suspended card is never quizzed until taken back; a reset card is new again; both are in the log. */
class SuspendResetTest {
    @TempDir
    Path dir;

    private Path home;

    @BeforeEach
    void decks() throws IOException {
        Files.writeString(Files.createDirectories(dir.resolve("decks")).resolve("caching.yaml"), """
                cards:
                  - {id: c-aaa001, q: "What is cache-aside?", a: Read then fill., topics: [caching]}
                  - {id: c-aaa002, q: "What is a stampede?", a: Many misses at once., topics: [caching]}
                """);
        home = dir.resolve("state");
    }

    private Cli cli(String input) {
        return new Cli(dir).env("SDQ_HOME", home.toString()).env("XDG_CONFIG_HOME", dir.resolve("cfg").toString())
                .input(input);
    }

    @Test
    void aSuspendedCardIsNeverQuizzedUntilTakenBack() {
        Cli.Result s = cli("").run("suspend", "c-aaa001");
        assertThat(s.code()).as(s.err()).isZero();
        assertThat(s.out()).isEqualTo("c-aaa001: suspended\n");
        assertThat(cli("").run("suspend", "c-aaa001").out()).isEqualTo("c-aaa001: was suspended already\n");
        Cli.Result quiz = cli("\n3\n\n3\n").run("quiz");
        assertThat(quiz.out()).contains("What is a stampede?").doesNotContain("What is cache-aside?");
        assertThat(cli("").run("show", "c-aaa001").out()).contains("Suspended: not quizzed until 'sdq unsuspend c-aaa001'.");
        assertThat(cli("").run("stats").out()).contains("1 suspended");
        assertThat(cli("").run("unsuspend", "c-aaa001").out()).isEqualTo("c-aaa001: back in the quiz\n");
        assertThat(cli("\n3\n").run("quiz").out()).contains("What is cache-aside?");
        // Kept across sessions by the log and the snapshot alike.
        assertThat(ProgressStore.openReadOnly(home, Leitner.standard()).suspended()).isEmpty();
    }

    @Test
    void suspensionSurvivesTheSnapshotAndTheLogAlone() throws IOException {
        cli("").run("suspend", "c-aaa002");
        assertThat(ProgressStore.openReadOnly(home, Leitner.standard()).suspended()).containsExactly(new CardId("c-aaa002"));
        Files.delete(home.resolve("state.snapshot"));
        assertThat(ProgressStore.openReadOnly(home, Leitner.standard()).suspended()).containsExactly(new CardId("c-aaa002"));
    }

    @Test
    void resetAsksOnATerminalNeedsYesWithoutOneAndMakesTheCardNew() {
        cli("\n3\n\n3\n").run("quiz");
        Cli.Result refused = cli("").run("reset", "c-aaa001");
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).isEqualTo("sdq: reset forgets the progress of 1 card; add --yes to do it without a"
                + " terminal to ask on.\n");
        Cli.Result no = cli("n\n").askable(80).run("reset", "c-aaa001");
        assertThat(no.err()).contains("Forget the progress of 1 card (c-aaa001)? [y/N] ").contains("Nothing was changed.");
        assertThat(ProgressStore.openReadOnly(home, Leitner.standard()).state(new CardId("c-aaa001")).box()).isEqualTo(2);
        Cli.Result yes = cli("").run("reset", "--yes", "c-aaa001", "c-aaa002");
        assertThat(yes.out()).isEqualTo("c-aaa001: reset: new again\nc-aaa002: reset: new again\n");
        ProgressStore after = ProgressStore.openReadOnly(home, Leitner.standard());
        assertThat(after.state(new CardId("c-aaa001")).isNew()).isTrue();
        // The reviews stay in the log (show lists them), and the reset is in it too.
        assertThat(after.reviewCount()).isEqualTo(2);
        assertThat(cli("").run("show", "c-aaa001").out()).contains("New: box 1").contains("good   box 1 -> 2");
        assertThat(cli("").run("reset", "--yes", "c-aaa001").out()).isEqualTo("c-aaa001: had no progress\n");
    }
}
