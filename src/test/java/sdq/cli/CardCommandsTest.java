package sdq.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Looking a card up: show with its progress and history, list narrowed to what is behind a number. */
class CardCommandsTest {
    @TempDir
    Path dir;

    private Path home;

    @BeforeEach
    void decks() throws IOException {
        Path decks = Files.createDirectories(dir.resolve("decks"));
        Files.writeString(decks.resolve("caching.yaml"), """
                cards:
                  - {id: c-aaa001, q: "What is cache-aside?", a: Read then fill., topics: [caching]}
                  - {id: c-aaa002, q: "What is a stampede?", a: Many misses at once., topics: [caching]}
                """);
        Files.writeString(decks.resolve("queues.yaml"), """
                cards:
                  - {id: c-ccc001, q: "What is a queue?", a: A buffer of MISSES and messages., topics: [queues]}
                """);
        home = dir.resolve("state");
        // good on c-aaa001 (box 2); again on c-aaa002, then good when it comes back the same day, which is early
        // (it is due tomorrow), so it stays in box 1; c-ccc001 stays new.
        Cli.Result quiz = cli("\n3\n\n1\n\n3\n").run("quiz", "--deck", "caching");
        assertThat(quiz.code()).as(quiz.err()).isZero();
    }

    private Cli cli(String input) {
        return new Cli(dir).env("SDQ_HOME", home.toString()).env("XDG_CONFIG_HOME", dir.resolve("cfg").toString())
                .input(input);
    }

    private List<Object> ids(String... args) throws IOException {
        String[] all = new String[args.length + 2];
        all[0] = "list";
        System.arraycopy(args, 0, all, 1, args.length);
        all[all.length - 1] = "--json";
        Cli.Result r = cli("").run(all);
        assertThat(r.code()).as(r.err()).isZero();
        return JSON.std.listFrom(r.out()).stream().map(c -> (Object) ((Map<?, ?>) c).get("id")).toList();
    }

    @Test
    void showGivesTheBoxTheDueDateAndEveryReview() throws IOException {
        String out = cli("").run("show", "c-aaa002").out();
        assertThat(out).contains("Box 1, due 2026-11-24; 2 reviews, 1 wrong.")
                .contains("  2026-11-23  again  box 1 -> 1\n  2026-11-23  good   box 1 -> 1\n");
        Map<String, Object> json = JSON.std.mapFrom(cli("").run("show", "c-aaa002", "--json").out());
        assertThat(json).containsEntry("box", 1).containsEntry("due", "2026-11-24").containsEntry("reviews", 2)
                .containsEntry("lapses", 1);
        assertThat((List<?>) json.get("history")).hasSize(2);
        assertThat(cli("").run("show", "c-ccc001").out()).contains("New: box 1, never reviewed, due today.");
    }

    @Test
    void listNarrowsToWhatIsBehindANumber() throws IOException {
        assertThat(ids("--new")).containsExactly("c-ccc001");
        assertThat(ids("--box", "2")).containsExactly("c-aaa001");
        assertThat(ids("--box", "1")).containsExactly("c-aaa002", "c-ccc001");
        assertThat(ids("--due")).containsExactly("c-ccc001");
        assertThat(ids("--grep", "misses")).containsExactly("c-aaa002", "c-ccc001");
        assertThat(ids("--sort", "deck", "--grep", "what")).containsExactly("c-aaa001", "c-aaa002", "c-ccc001");
        assertThat(ids("--sort", "due")).containsExactly("c-ccc001", "c-aaa002", "c-aaa001");
    }

    @Test
    void aBadBoxOrSortIsOneLineWithTheWayOut() {
        Cli.Result box = cli("").run("list", "--box", "9");
        assertThat(box.code()).isEqualTo(2);
        assertThat(box.err()).isEqualTo("sdq: --box 9: the boxes are 1 to 5.\n");
        Cli.Result sort = cli("").run("list", "--sort", "size");
        assertThat(sort.code()).isEqualTo(2);
        assertThat(sort.err()).isEqualTo("sdq: --sort size: sort by due, box or deck.\n");
    }

    @Test
    void completionOffersTheTopicsDecksAndCardIdsInUse() {
        String script = cli("").run("completion").out();
        assertThat(script).contains("caching").contains("queues").contains("c-aaa001").contains("c-ccc001");
    }
}
