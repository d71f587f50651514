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

class CliTest {
    @TempDir
    Path dir;

    private Cli cli;

    private static final String CACHING = """
            sdq: 1
            deck: caching
            title: Caching
            cards:
              - id: c-aaa001
                q: What is cache-aside?
                a: |
                  The application reads the cache and, on a **miss**, the database.

                  - write: update the DB, then delete the cache entry
                topics: [caching]
                section: Patterns
              - id: c-aaa002
                q: What is a thundering herd?
                a: Many misses for one hot key at once.
                topics: [caching, reliability]
            """;

    private static final String DATABASES = """
            cards:
              - id: d-bbb001
                q: How do you choose a shard key?
                a: High cardinality, even spread, aligned with queries.
                topics: [sharding, databases]
            """;

    @BeforeEach
    void decks() throws IOException {
        Path decks = Files.createDirectories(dir.resolve("decks"));
        Files.writeString(decks.resolve("caching.yaml"), CACHING);
        Files.writeString(decks.resolve("databases.yaml"), DATABASES);
        cli = new Cli(dir);
    }

    @Test
    void listPrintsATableOfTheCards() {
        Cli.Result r = cli.run("list");
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo("""
                ID        DECK       TOPICS               QUESTION
                c-aaa001  caching    caching              What is cache-aside?
                c-aaa002  caching    caching,reliability  What is a thundering herd?
                d-bbb001  databases  sharding,databases   How do you choose a shard key?
                """);
    }

    @Test
    void listIntoAPipeKeepsLongDeckNamesAndTopicsWholeAndATerminalCutsThem() throws IOException {
        String deck = "system-design-prep-notion-export-2024";
        Files.writeString(dir.resolve("decks/" + deck + ".yaml"), "sdq: 1\ndeck: " + deck + "\ncards:\n"
                + "  - id: c-ccc001\n    q: What is rate limiting?\n    a: Capping requests per client.\n"
                + "    topics: [rate-limiting, real-time, api-design, reliability]\n");
        Cli.Result piped = cli.run("list", "--deck", deck);
        assertThat(piped.out()).contains(deck + "  rate-limiting,real-time,api-design,reliability  What is rate limiting?")
                .doesNotContain("…");
        Cli.Result terminal = cli.terminal(100).run("list", "--deck", deck, "--no-color");
        assertThat(terminal.out()).contains("…").doesNotContain(deck);
    }

    @Test
    void listFitsTheTerminalWidth() {
        Cli.Result r = cli.terminal(50).run("list", "--no-color");
        assertThat(r.out().lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(50));
        assertThat(r.out()).contains("…");
    }

    @Test
    void topicWordsFindTheirTopicInAnyForm() {
        for (String word : List.of("cache", "Caching", "caches")) {
            Cli.Result r = cli.run("list", "--topic", word, "--json");
            assertThat(ids(r.out())).as(word).containsExactly("c-aaa001", "c-aaa002");
        }
        assertThat(ids(cli.run("list", "-t", "shard", "-t", "reliability", "--json").out()))
                .containsExactly("c-aaa002", "d-bbb001");
    }

    @Test
    void deckAndLimitNarrowTheSelection() {
        assertThat(ids(cli.run("list", "--deck", "databases", "--json").out())).containsExactly("d-bbb001");
        assertThat(ids(cli.run("list", "--limit", "1", "--json").out())).containsExactly("c-aaa001");
    }

    @Test
    void listJsonIsOneDocumentWithTheCardFields() throws IOException {
        Cli.Result r = cli.run("list", "--json", "--topic", "caching");
        assertThat(r.code()).isZero();
        List<Object> cards = JSON.std.listFrom(r.out());
        @SuppressWarnings("unchecked")
        Map<String, Object> first = (Map<String, Object>) cards.get(0);
        assertThat(first).containsEntry("id", "c-aaa001").containsEntry("deck", "caching")
                .containsEntry("q", "What is cache-aside?").containsEntry("section", "Patterns")
                .containsEntry("topics", List.of("caching"));
        assertThat((String) first.get("a")).startsWith("The application reads the cache");
    }

    @Test
    void anUnknownTopicIsBadInputWithTheCloseMatches() {
        Cli.Result r = cli.run("list", "--topic", "cachng");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("sdq: No topic matches 'cachng'. Did you mean caching?\n");
    }

    @Test
    void anUnknownDeckIsBadInput() {
        Cli.Result r = cli.run("topics", "--deck", "networking");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("sdq: No deck matches 'networking'. Did you mean one of: caching, databases?\n");
    }

    @Test
    void showRendersTheAnswerAsPlainTextWhenNotATerminal() {
        Cli.Result r = cli.run("show", "c-aaa001");
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo("""
                c-aaa001  ·  caching  ·  caching
                Patterns

                What is cache-aside?

                The application reads the cache and, on a miss, the database.

                • write: update the DB, then delete the cache entry

                New: box 1, never reviewed, due today.
                """);
    }

    @Test
    void showUsesColourOnATerminalUnlessToldNot() {
        assertThat(cli.terminal(80).run("show", "c-aaa001").out()).contains("\u001b[");
        assertThat(cli.terminal(80).run("show", "c-aaa001", "--no-color").out()).doesNotContain("\u001b");
        assertThat(cli.terminal(80).env("NO_COLOR", "1").run("show", "c-aaa001").out()).doesNotContain("\u001b");
    }

    @Test
    void showFindsACardByAUniqueStartOfItsId() throws IOException {
        Cli.Result r = cli.run("show", "d-bbb", "--json");
        assertThat(JSON.std.mapFrom(r.out())).containsEntry("id", "d-bbb001").containsEntry("deck", "databases");
    }

    @Test
    void showOfAnUnknownIdIsBadInput() {
        Cli.Result r = cli.run("show", "c-aaa003");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("sdq: No card has the id 'c-aaa003'. Did you mean c-aaa001 or c-aaa002?\n");
        assertThat(cli.run("show", "c-aaa").err()).isEqualTo(
                "sdq: 'c-aaa' starts 2 card ids (c-aaa001, c-aaa002); give more of the id.\n");
    }

    @Test
    void topicsCountsCardsPerTopic() throws IOException {
        Cli.Result r = cli.run("topics", "--json");
        assertThat(JSON.std.listFrom(r.out())).containsExactly(
                Map.of("topic", "caching", "cards", 2, "new", 2, "due", 2, "mastery", 0.0),
                Map.of("topic", "databases", "cards", 1, "new", 1, "due", 1, "mastery", 0.0),
                Map.of("topic", "reliability", "cards", 1, "new", 1, "due", 1, "mastery", 0.0),
                Map.of("topic", "sharding", "cards", 1, "new", 1, "due", 1, "mastery", 0.0));
        assertThat(cli.run("topics").out()).startsWith("""
                TOPIC        CARDS  NEW  DUE TODAY  MASTERED
                caching          2    2          2        0%
                databases        1    1          1        0%
                """);
    }

    @Test
    void aBrokenDeckIsReportedWithItsPlaceAndTheOthersStillWork() throws IOException {
        Files.writeString(dir.resolve("decks/broken.yaml"), "cards:\n  - id: x-1\n\tq: tabbed\n");
        Cli.Result r = cli.run("list", "--json");
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEqualTo("sdq: warning: decks/broken.yaml:3:1: a tab is used for indentation;"
                + " YAML needs spaces (deck skipped)\n");
        assertThat(ids(r.out())).containsExactly("c-aaa001", "c-aaa002", "d-bbb001");
    }

    @Test
    void theDecksOptionAndVariableChooseTheDirectory() throws IOException {
        Path other = Files.createDirectories(dir.resolve("other"));
        Files.writeString(other.resolve("only.yaml"), DATABASES);
        assertThat(ids(cli.run("list", "--decks", "other", "--json").out())).containsExactly("d-bbb001");
        assertThat(ids(cli.env("SDQ_DECKS", other.toString()).run("list", "--json").out()))
                .containsExactly("d-bbb001");
        Cli.Result missing = cli.run("list", "--decks", "nowhere");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).startsWith("sdq: --decks names ").contains("nowhere, which is not a directory.");
    }

    @Test
    void withoutADecksDirectoryTheBundledDecksAreUsed() throws IOException {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Cli.Result r = new Cli(elsewhere).run("list", "--json");
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(JSON.std.listFrom(r.out())).isNotEmpty();
        assertThat(new Cli(elsewhere).run("list", "--topic", "caching").code()).isZero();
    }

    @Test
    void helpListsEveryCommandOnALine() {
        Cli.Result r = cli.run("--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Usage: sdq").containsPattern("(?m)^  list +List cards")
                .containsPattern("(?m)^  show +Show one card").containsPattern("(?m)^  topics +List the topics")
                .containsPattern("(?m)^  completion +Print the shell completion");
        assertThat(cli.run("help", "list").out()).contains("Usage: sdq list").contains("--topic=TOPIC")
                .contains("--decks=DIR").contains("--json");
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : List.of("import", "list", "show", "topics", "completion")) {
            Cli.Result r = cli.run(command, "--help");
            assertThat(r.code()).as(command).isZero();
            assertThat(r.out()).as(command).startsWith("Usage: sdq " + command);
        }
    }

    @Test
    void versionIsPrinted() {
        Cli.Result r = cli.run("--version");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("sdq ");
    }

    @Test
    void completionPrintsABashScript() {
        Cli.Result r = cli.run("completion");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("complete -F").contains("sdq").contains("list").contains("--topic");
    }

    @Test
    void anUnknownOptionIsBadInputWithoutAStackTrace() {
        Cli.Result r = cli.run("list", "--topik", "caching");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("sdq: Unknown options: '--topik', 'caching'")
                .contains("Run 'sdq list --help' for usage.").doesNotContain("at sdq.");
        assertThat(cli.run("lsit").err()).contains("Did you mean: list?");
    }

    @Test
    void aNegativeLimitIsBadInput() {
        Cli.Result r = cli.run("list", "--limit", "-1");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("sdq: --limit must be 0 or more, was -1.\n");
    }

    private static List<String> ids(String json) {
        try {
            return JSON.std.listFrom(json).stream().map(o -> (String) ((Map<?, ?>) o).get("id")).toList();
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }
}
