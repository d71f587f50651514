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

/** How notes are read, as a user sees it: --explain, the message for a file with no card, the shapes of notes. */
class ImportExplainTest {
    @TempDir
    Path dir;

    private Cli cli;

    @BeforeEach
    void setUp() throws IOException {
        // A project with its own decks directory, as the repository is: imports go there.
        Files.createDirectories(dir.resolve("decks"));
        cli = new Cli(dir);
    }

    private void write(String name, String text) throws IOException {
        Files.createDirectories(dir.resolve(name).getParent());
        Files.writeString(dir.resolve(name), text);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> cards() throws IOException {
        return (List<Map<String, Object>>) (List<?>) JSON.std.listFrom(cli.run("list", "--json").out());
    }

    @Test
    void explainShowsEachCardsLineRuleQuestionAndAnswerAndWhyTheRestIsNoCard() throws IOException {
        write("notes/mixed.md", """
                # Replication

                ## Why use a read replica?

                To offload reads from the primary.

                Q: What is replication lag?
                A: The delay before a follower applies a write.

                ## How do you pick a leader?

                ### What else could go wrong?
                """);
        Cli.Result r = cli.run("import", "notes/mixed.md", "--explain");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("""
                notes/mixed.md: read as Markdown, 2 cards for deck replication, 1 question left out
                      3  heading that asks: Why use a read replica?
                         -> To offload reads from the primary.
                      7  Q:/A: labels: What is replication lag?
                         -> The delay before a follower applies a write.
                  not cards:
                     10  heads the questions under it: How do you pick a leader?
                     12  a question with no answer: What else could go wrong?

                (explained: nothing was written)
                """);
        assertThat(dir.resolve("decks")).isEmptyDirectory();
    }

    @Test
    void explainAsJsonGivesEveryCardAndSkip() throws IOException {
        write("n.md", "## What is a TTL?\n\nHow long a value lives.\n\n## Why?\n");
        Cli.Result r = cli.run("import", "n.md", "--explain", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        List<Object> files = JSON.std.listFrom(r.out());
        Map<?, ?> file = (Map<?, ?>) files.get(0);
        assertThat(file.get("file")).isEqualTo("n.md");
        assertThat(file.get("syntax")).isEqualTo("Markdown");
        assertThat((List<?>) file.get("cards")).singleElement().satisfies(c -> {
            Map<?, ?> card = (Map<?, ?>) c;
            assertThat(card.get("line")).isEqualTo(1);
            assertThat(card.get("rule")).isEqualTo("heading that asks");
            assertThat(card.get("q")).isEqualTo("What is a TTL?");
            assertThat(card.get("answer_start")).isEqualTo("How long a value lives.");
        });
        assertThat((List<?>) file.get("skipped")).singleElement()
                .satisfies(s -> assertThat(((Map<?, ?>) s).get("reason")).isEqualTo("a question with no answer"));
    }

    @Test
    void aFileWithNoCardSaysWhatWasLookedForTheNearestMissesAndHowToWriteNotes() throws IOException {
        write("todo.md", "# To prepare\n\n- What is a cache?\n- Why shard?\n");
        Cli.Result r = cli.run("import", "todo.md");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("todo.md: no cards found (read as Markdown); no deck written.\n  looked for: headings"
                + " that ask").contains("Q:/A: labels", "<details> summaries", "question/answer tables")
                .contains("  nearest misses:\n    line 3: a question with no answer: What is a cache?\n"
                        + "    line 4: a question with no answer: Why shard?\n")
                .contains("## What is a cache?", "Q: What is a cache?", "sdq import --explain FILE");
    }

    @Test
    void explainingAFileWithNoCardSaysWhatWasLookedForAndWhetherAnyLineWasTakenForAQuestion() throws IOException {
        write("prose.txt", "Some thoughts on caching.\n\nMore thoughts, no questions.\n");
        write("todo.md", "# To prepare\n\n- What is a cache?\n- Why shard?\n");
        Cli.Result prose = cli.run("import", "prose.txt", "--explain");
        assertThat(prose.code()).isZero();
        assertThat(prose.out()).startsWith("prose.txt: read as plain text, 0 cards, 0 questions left out\n"
                + "  looked for: headings that ask").contains("glossary lines (a term — its meaning)")
                .contains("\n  no line was taken for a question (sdq import --help shows the shapes of notes it reads)\n");
        Cli.Result todo = cli.run("import", "todo.md", "--explain");
        assertThat(todo.out()).contains("  looked for: headings that ask").doesNotContain("no line was taken")
                .contains("  not cards:\n      3  a question with no answer: What is a cache?\n");
    }

    @Test
    void numberedQuestionsWithTheirAnswersOnTheNextLinesAreCards() throws IOException {
        write("lag.txt", """
                Replication

                1. What is replication lag?
                The delay between a write on the leader and its copy on a follower.

                2. How do you read your own writes?
                Send the user's reads to the leader for a short while after a write.
                """);
        Cli.Result r = cli.run("import", "lag.txt");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(cards()).extracting(c -> c.get("q")).containsExactly("What is replication lag?",
                "How do you read your own writes?");
        assertThat(cards()).extracting(c -> c.get("a")).containsExactly(
                "The delay between a write on the leader and its copy on a follower.",
                "Send the user's reads to the leader for a short while after a write.");
    }

    @Test
    void headingsAndLabelledPairsInOneFileAreAllCards() throws IOException {
        write("mixed.md", """
                ## What is a quorum?

                A majority of the replicas.

                Q: What is a sloppy quorum?
                A: One that counts nodes outside the key's home replicas.

                ## Why an odd number of nodes?

                To tolerate the same number of failures with fewer machines.
                """);
        assertThat(cli.run("import", "mixed.md").code()).isZero();
        assertThat(cards()).extracting(c -> c.get("q")).containsExactly("What is a quorum?", "What is a sloppy quorum?",
                "Why an odd number of nodes?");
        assertThat(cards().get(0).get("a")).isEqualTo("A majority of the replicas.");
    }

    @Test
    void aDirectoryImportTakesEveryNotesSyntax() throws IOException {
        write("notes/a.org", "* What is a TTL?\n  How long a value lives.\n");
        write("notes/b.adoc", "= B\n\n[qanda]\nWhat is a lease?::\n  A lock that expires.\n");
        write("notes/c.rst", "What is a fence?\n================\n\nA token that orders writers.\n");
        write("notes/d.html", "<html><body><h2>What is a CDN?</h2><p>Edge caches.</p></body></html>");
        write("notes/e.png", "not notes");
        Cli.Result r = cli.run("import", "notes", "--deck", "all");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(cards()).extracting(c -> c.get("q")).containsExactlyInAnyOrder("What is a TTL?", "What is a lease?",
                "What is a fence?", "What is a CDN?");
    }

    @Test
    void explainAndDryRunWorkBeforeTheLibraryExistsAndWriteNothing(@TempDir Path fresh) throws IOException {
        // No ./decks, no library yet: a real import would start the library; these only look.
        Files.writeString(fresh.resolve("notes.md"), "# Caching\n\n## What is a TTL?\n\nHow long an entry lives.\n");
        Cli first = new Cli(fresh);
        Cli.Result explained = first.run("import", "notes.md", "--explain");
        assertThat(explained.code()).as(explained.err()).isZero();
        assertThat(explained.out()).contains("heading that asks: What is a TTL?");
        Cli.Result dry = first.run("import", "notes.md", "--dry-run");
        assertThat(dry.code()).as(dry.err()).isZero();
        assertThat(dry.out()).contains("(dry run: nothing was written)");
        assertThat(fresh.resolve("home/.local/share/sdq/decks")).doesNotExist();
    }
}
