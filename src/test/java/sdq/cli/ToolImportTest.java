package sdq.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sdq import} of the cards other tools write: what the summary says, --format, re-import. */
class ToolImportTest {
    @TempDir
    Path dir;

    private Cli cli;

    @BeforeEach
    void setUp() throws IOException {
        Files.createDirectories(dir.resolve("decks"));
        Files.createDirectories(dir.resolve("vault"));
        cli = new Cli(dir);
    }

    @Test
    void theSummaryNamesTheSyntaxAndItsCards() throws IOException {
        Files.writeString(dir.resolve("vault/caching.md"), """
                # Caching
                #flashcards

                What is a TTL?::How long an entry may be served.
                What is a cache stampede?::Many misses on one key at once.
                """);
        Cli.Result r = cli.run("import", "vault/caching.md");
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo("""
                vault/caching.md -> decks/caching.yaml (read as Obsidian SR, UTF-8)
                  2 cards: 2 new, 0 changed, 0 unchanged, 0 removed
                  Obsidian SR: 2 cards
                """);
    }

    @Test
    void aFileThatMixesSyntaxesSaysSo() throws IOException {
        Files.writeString(dir.resolve("vault/mixed.md"), """
                # Mixed

                What is a TTL?::How long an entry may be served.
                Write-ahead log:::A log written before the data.

                Raft needs a {{c1::majority}} to commit.

                ## What is a quorum?

                A majority of the replicas.
                """);
        Cli.Result r = cli.run("import", "vault/mixed.md");
        assertThat(r.out()).contains("  mixes syntaxes: Obsidian SR: 3 cards, Anki: 1 card, notes: 1 card\n");
    }

    @Test
    void formatNamesTheToolWhenTheTextDoesNotTell() throws IOException {
        // One card line is not enough to tell Obsidian from prose; --format says it.
        Files.writeString(dir.resolve("vault/one.txt"), "Consistent hashing::Keys move 1/N when a node joins.\n");
        Cli.Result r = cli.run("import", "vault/one.txt", "--format", "obsidian");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("(read as Obsidian SR, UTF-8)").contains("Obsidian SR: 1 card");
        assertThat(cli.run("list", "--json").out()).contains("\"q\" : \"Consistent hashing\"")
                .contains("\"a\" : \"Keys move 1/N when a node joins.\"");
    }

    @Test
    void quizletIsTermTabDefinition() throws IOException {
        Files.writeString(dir.resolve("vault/set.txt"), "Shard\tA part of the data\nReplica\tA copy of a shard\n");
        Cli.Result r = cli.run("import", "vault/set.txt", "--format", "quizlet", "--deck", "quizlet-set");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("(read as Quizlet export, UTF-8)").contains("2 cards: 2 new");
    }

    @Test
    void aWrongFormatListsTheRightOnes() {
        Cli.Result r = cli.run("import", "vault", "--format", "obsidain");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("obsidian").contains("logseq").contains("remnote").contains("hashcards")
                .contains("quizlet").contains("not 'obsidain'");
    }

    @Test
    void aCardWhoseTextChangesKeepsItsProgress() throws IOException {
        Path notes = dir.resolve("vault/caching.md");
        Files.writeString(notes, """
                # Caching
                #flashcards

                What is a TTL?::How long an entry may be served.
                What is a cache stampede?::Many misses on one key at once.
                """);
        cli.run("import", "vault/caching.md");
        cli.input("\n3\nq\n").run("quiz", "--new", "1");
        String before = cli.run("list", "--json").out();
        String id = before.replaceAll("(?s).*?\"id\" : \"([^\"]+)\".*", "$1");
        assertThat(boxOf(id)).isEqualTo("2");

        Files.writeString(notes, """
                # Caching
                #flashcards

                What is a TTL?::How long an entry may be served before it is fetched again.
                What is a cache stampede?::Many misses on one key at once.
                """);
        Cli.Result again = cli.run("import", "vault/caching.md");
        assertThat(again.out()).contains("1 changed");
        assertThat(cli.run("show", id).out()).contains("fetched again");
        assertThat(boxOf(id)).isEqualTo("2");
    }

    /** The card's box, from the CSV export (id, deck, question, answer, topics, box, due). */
    private String boxOf(String id) {
        String csv = cli.run("export", "--format", "csv").out();
        return csv.lines().filter(l -> l.startsWith(id + ",")).findFirst().orElseThrow().split(",")[5];
    }
}
