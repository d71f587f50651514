package sdq.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code sdq import} of cards made by other tools: CSV, TSV, Anki text, YAML, JSON, study sheets. */
class CardFileImportTest {
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
        Files.write(dir.resolve(name), text.getBytes(StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> cards() throws IOException {
        Cli.Result r = cli.run("list", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        return (List<Map<String, Object>>) (List<?>) JSON.std.listFrom(r.out());
    }

    @Test
    void aSpreadsheetCsvWithBomCrlfAndMultiLineFields() throws IOException {
        write("interview.csv", "\ufeffQuestion,Answer\r\n"
                + "What is a CDN?,\"A network of edge caches.\r\n\r\n- serves static files\r\n- close to users\"\r\n"
                + "\"Why \"\"shard\"\", not replicate?\",Writes scale only with shards.\r\n");
        Cli.Result r = cli.run("import", "interview.csv");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("""
                interview.csv -> decks/interview.yaml (read as CSV, UTF-8 (with BOM))
                  2 cards: 2 new, 0 changed, 0 unchanged, 0 removed
                """);
        List<Map<String, Object>> cards = cards();
        assertThat(cards).extracting(c -> c.get("q")).containsExactly("What is a CDN?", "Why \"shard\", not replicate?");
        assertThat(cards.get(0).get("a")).isEqualTo("A network of edge caches.\n\n- serves static files\n- close to users");
        // No topics column: topics come from the text, as for notes.
        assertThat((List<?>) cards.get(0).get("topics")).isNotEmpty();
    }

    static List<Arguments> separators() {
        return List.of(
                Arguments.of("cards.tsv", "front\tback\tTags\nWhat is a WAL?\tA log written before the data.\tstorage databases\n"),
                Arguments.of("cards.csv", "Front;Back;Tags\nWhat is a WAL?;A log written before the data.;storage databases\n"),
                Arguments.of("cards.csv", "Q,A,topics\nWhat is a WAL?,A log written before the data.,\"Storage, Databases\"\n"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("separators")
    void columnsAreFoundByNameWhateverTheSeparator(String name, String text) throws IOException {
        write(name, text);
        Cli.Result r = cli.run("import", name, "--deck", "wal");
        assertThat(r.code()).as(r.err()).isZero();
        Map<String, Object> card = cards().get(0);
        assertThat(card.get("q")).isEqualTo("What is a WAL?");
        assertThat(card.get("a")).isEqualTo("A log written before the data.");
        assertThat(card.get("topics")).isEqualTo(List.of("storage", "databases"));
    }

    @Test
    void rowsWithoutAnAnswerAreSkippedAndReported() throws IOException {
        write("todo.csv", "question,answer\nWhat is Raft?,\n,An orphan answer\nWhat is Paxos?,Consensus by ballots.\n\n");
        Cli.Result r = cli.run("import", "todo.csv");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("1 card: 1 new").contains("""
                  skipped 2:
                    line 2: no answer: What is Raft?
                    line 3: no question: An orphan answer
                """);
    }

    @Test
    void anAnkiNotesExportComesBackAsMarkdown() throws IOException {
        // As Anki 2.1.55+ writes "Notes in Plain Text" with every column included.
        write("anki.txt", """
                #separator:tab
                #html:true
                #guid column:1
                #notetype column:2
                #deck column:3
                #tags column:6
                Ab1<x\tBasic\tSystem Design::Caching\tWhat is <b>write-through</b>?\t"<div>Write to the cache <i>and</i> the store.</div><div><br></div><ul><li>consistent</li><li>slower&nbsp;writes</li></ul>"\tcaching
                Cd2\tBasic\tSystem Design::Caching\t"What is a ""hot key""?"\tOne key with most of the traffic.<br>Shard it.\t
                """);
        Cli.Result r = cli.run("import", "anki.txt");
        assertThat(r.code()).as(r.err()).isZero();
        // The deck column says where the notes go: "System Design::Caching" is the deck "caching".
        assertThat(r.out()).startsWith("anki.txt -> decks/caching.yaml (read as Anki text, UTF-8)\n  2 cards: 2 new");
        List<Map<String, Object>> cards = cards();
        assertThat(cards.get(0).get("q")).isEqualTo("What is **write-through**?");
        assertThat(cards.get(0).get("a")).isEqualTo("Write to the cache *and* the store.\n\n- consistent\n- slower writes");
        assertThat(cards.get(0).get("topics")).isEqualTo(List.of("caching"));
        assertThat(cards.get(1).get("q")).isEqualTo("What is a \"hot key\"?");
        assertThat(cards.get(1).get("a")).isEqualTo("One key with most of the traffic.  \nShard it.");
        // A tag on one note says the others have none.
        assertThat(cards.get(1).get("topics")).isEqualTo(List.of());
        // A guid that can be an sdq id is kept (importing the file again updates the same card);
        // one that cannot ("<" is not allowed) gives way to an id of sdq's own.
        assertThat(cards.get(1).get("id")).isEqualTo("Cd2");
        assertThat((String) cards.get(0).get("id")).startsWith("c-");
    }

    @Test
    void yamlCardListsInEitherSpelling() throws IOException {
        write("cards.yaml", """
                title: Queues
                cards:
                  - q: What is back-pressure?
                    a: |
                      Slowing producers down
                      when consumers lag.
                    tags: [messaging]
                  - question: "What is a dead-letter queue?"
                    answer: Where messages that keep failing go.
                """);
        Cli.Result r = cli.run("import", "cards.yaml");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("cards.yaml -> decks/queues.yaml");
        List<Map<String, Object>> cards = cards();
        assertThat(cards).extracting(c -> c.get("q")).containsExactly("What is back-pressure?",
                "What is a dead-letter queue?");
        assertThat(cards.get(0).get("a")).isEqualTo("Slowing producers down\nwhen consumers lag.");
        assertThat(cards.get(0).get("topics")).isEqualTo(List.of("messaging"));
    }

    @Test
    void aMarkdownFileOfOnlyFrontMatterIsACardList() throws IOException {
        write("deck.md", """
                ---
                cards:
                  - q: What is idempotency?
                    a: Doing it twice is doing it once.
                ---
                """);
        Cli.Result r = cli.run("import", "deck.md", "--deck", "api");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(cards()).singleElement().satisfies(c -> {
            assertThat(c.get("q")).isEqualTo("What is idempotency?");
            assertThat(c.get("line")).isEqualTo(3);
        });
    }

    @Test
    void jsonCardsWithTheirIds() throws IOException {
        write("cards.json", """
                [ {"id": "c-abc123", "q": "What is a quorum?", "a": "A majority: W + R > N.", "topics": ["consensus"],
                   "box": 3, "history": []} ]
                """);
        Cli.Result r = cli.run("import", "cards.json", "--deck", "quorum");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(cards()).singleElement().satisfies(c -> {
            assertThat(c.get("id")).isEqualTo("c-abc123");
            assertThat(c.get("topics")).isEqualTo(List.of("consensus"));
        });
    }

    @Test
    void formatForcesHowAFileIsRead() throws IOException {
        write("export.txt", "question,answer\nWhat is TTL?,How long a cached value lives.\n");
        assertThat(cli.run("import", "export.txt", "--dry-run").out()).contains("1 card: 1 new");
        assertThat(cli.run("import", "export.txt", "--dry-run", "--format", "notes").out()).contains("no cards found");
        write("cards.md", "question\tanswer\nWhat is TTL?\tHow long a cached value lives.\n");
        assertThat(cli.run("import", "cards.md", "--dry-run").out()).contains("no cards found");
        Cli.Result r = cli.run("import", "cards.md", "--format", "tsv", "--deck", "ttl");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(cards()).singleElement().satisfies(c -> assertThat(c.get("q")).isEqualTo("What is TTL?"));
    }

    @Test
    void aDryRunWritesNothing() throws IOException {
        write("cards.csv", "question,answer\nWhat is TTL?,How long a cached value lives.\n");
        Cli.Result r = cli.run("import", "cards.csv", "--dry-run");
        assertThat(r.out()).contains("1 card: 1 new").endsWith("(dry run: nothing was written)\n");
        assertThat(dir.resolve("decks")).isEmptyDirectory();
    }

    @Test
    void reimportingAnEditedStudySheetKeepsIdsAndProgress() throws IOException {
        Files.createDirectories(dir.resolve("decks"));
        Files.copy(Path.of("src/test/resources/export/study.yaml"), dir.resolve("decks/study.yaml"));
        assertThat(cli.run("export", "--format", "md", "-o", "study.md").code()).isZero();
        cli.input("\n4\nq\n").run("quiz", "--new", "1");
        assertThat(cli.run("stats", "--json").out()).contains("\"reviews\" : 1");

        String sheet = Files.readString(dir.resolve("study.md")).replace("fills the cache.", "fills the cache, with a TTL.");
        String edited = sheet.substring(0, sheet.indexOf("## Why does")) + """
                ## What is a write-behind cache?

                Writes go to the cache and reach the store later.

                ---
                """;
        write("study.md", edited);
        Cli.Result r = cli.run("import", "study.md", "--deck", "study");
        assertThat(r.code()).as(r.err()).isZero();
        // A card missing from the file stays in the deck, unless --prune says the file is the whole deck.
        assertThat(r.out()).contains("4 cards: 1 new, 1 changed, 1 unchanged, 0 removed\n"
                + "  1 card of the deck not in the file stays (--prune removes it)\n");
        Cli.Result pruned = cli.run("import", "study.md", "--deck", "study", "--prune");
        assertThat(pruned.out()).contains("3 cards: 0 new, 0 changed, 3 unchanged, 1 removed (their progress is kept)");
        List<Map<String, Object>> cards = cards();
        assertThat(cards).extracting(c -> c.get("id")).startsWith("c-000001", "c-000002");
        assertThat(cards.get(0).get("a").toString()).contains("with a TTL.");
        // The card added by hand (a heading after the last rule, no comment) is a card of its own.
        assertThat(cards.get(2).get("q")).isEqualTo("What is a write-behind cache?");
        assertThat(cards.get(2).get("a")).isEqualTo("Writes go to the cache and reach the store later.");
        // The review of c-000001 still counts: box 3 after "easy".
        assertThat(cli.run("export", "--format", "csv", "--topic", "caching").out())
                .contains("caching,3,2026-11-30");
    }

    @Test
    void reimportingAnUnchangedExportChangesNothing() throws IOException {
        Files.createDirectories(dir.resolve("decks"));
        Files.copy(Path.of("src/test/resources/export/study.yaml"), dir.resolve("decks/study.yaml"));
        byte[] before = Files.readAllBytes(dir.resolve("decks/study.yaml"));
        for (String format : List.of("anki", "csv", "json", "md")) {
            assertThat(cli.run("export", "--format", format, "-o", "out." + format).code()).isZero();
            Cli.Result r = cli.run("import", "out." + format, "--deck", "study");
            assertThat(r.out()).as(format).contains("3 cards: 0 new, 0 changed, 3 unchanged, 0 removed");
        }
        // Only the notes of where the deck and its cards were read from may differ.
        assertThat(Files.readString(dir.resolve("decks/study.yaml")).replaceAll("(?m)^ *source: .*\n", ""))
                .isEqualTo(new String(before, StandardCharsets.UTF_8));
    }

    private static final String DECK_A = """
            sdq: 1
            deck: alpha
            title: Alpha notes
            source: alpha.txt
            cards:
              - id: c-000a01
                q: What is a cache?
                a: |
                  A fast copy of slow data.
                topics: [caching]
                source: {line: 3}
              - id: c-000a02
                q: When does it go stale?
                a: When the data changes underneath.
                topics: [consistency]
                source: {line: 9}
                parent: c-000a01
            """;

    private static final String DECK_B = """
            sdq: 1
            deck: beta
            cards:
              - id: c-000b01
                q: What is a shard?
                a: A slice of the data on its own node.
                topics: [sharding]
            """;

    private void alphaDeck() throws IOException {
        Files.createDirectories(dir.resolve("decks"));
        Files.writeString(dir.resolve("decks/alpha.yaml"), DECK_A);
    }

    private void twoDecks() throws IOException {
        alphaDeck();
        Files.writeString(dir.resolve("decks/beta.yaml"), DECK_B);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"csv", "md", "json", "anki"})
    void anExportComesBackToItsOwnDecksUnchanged(String format) throws IOException {
        // (yaml exports one deck to a file; the test below has it)
        twoDecks();
        assertThat(cli.run("export", "--format", format, "-o", "all." + format).code()).isZero();
        Cli.Result r = cli.run("import", "all." + format);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("all." + format + " -> decks/alpha.yaml (read as " + shown(format) + ", UTF-8" + (format.equals("csv") ? " (with BOM)" : "")
                + ")\n  2 cards: 0 new, 0 changed, 2 unchanged, 0 removed\n"
                + "all." + format + " -> decks/beta.yaml (read as " + shown(format) + ", UTF-8" + (format.equals("csv") ? " (with BOM)" : "")
                + ")\n  1 card: 0 new, 0 changed, 1 unchanged, 0 removed\n");
        // Byte for byte: the answer's final line break, the follow-up link, the notes it came from.
        assertThat(Files.readString(dir.resolve("decks/alpha.yaml"))).isEqualTo(DECK_A);
        assertThat(Files.readString(dir.resolve("decks/beta.yaml"))).isEqualTo(DECK_B);
    }

    @Test
    void aYamlExportComesBackToItsDeck() throws IOException {
        alphaDeck();
        Files.createDirectories(dir.resolve("backup"));
        assertThat(cli.run("export", "--format", "yaml", "--deck", "alpha", "-o", "backup/alpha.yaml").code()).isZero();
        Cli.Result r = cli.run("import", "backup/alpha.yaml");
        assertThat(r.out()).isEqualTo("backup/alpha.yaml -> decks/alpha.yaml (read as YAML cards, UTF-8)\n"
                + "  2 cards: 0 new, 0 changed, 2 unchanged, 0 removed\n");
        // Under another name too its cards go back where they are; --deck makes a copy, with ids of its own.
        assertThat(cli.run("export", "--format", "yaml", "--deck", "alpha", "-o", "alpha-copy.yaml").code()).isZero();
        assertThat(cli.run("import", "alpha-copy.yaml").out()).isEqualTo("alpha-copy.yaml -> decks/alpha.yaml (read as YAML cards, UTF-8)\n"
                + "  2 cards: 0 new, 0 changed, 2 unchanged, 0 removed\n");
        assertThat(cli.run("import", "alpha-copy.yaml", "--deck", "alpha-copy").out()).contains(
                "decks/alpha-copy.yaml (read as YAML cards, UTF-8)\n  2 cards: 2 new");
    }

    @Test
    void aPartialExportComesBackWithoutTouchingTheRest() throws IOException {
        twoDecks();
        cli.run("export", "--format", "csv", "--deck", "alpha", "--limit", "1", "-o", "one.csv");
        Cli.Result r = cli.run("import", "one.csv");
        assertThat(r.out()).isEqualTo("one.csv -> decks/alpha.yaml (read as CSV, UTF-8 (with BOM))\n"
                + "  2 cards: 0 new, 0 changed, 1 unchanged, 0 removed\n"
                + "  1 card of the deck not in the file stays (--prune removes it)\n");
        assertThat(Files.readString(dir.resolve("decks/alpha.yaml"))).isEqualTo(DECK_A);
        assertThat(Files.readString(dir.resolve("decks/beta.yaml"))).isEqualTo(DECK_B);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"csv", "md", "json", "anki", "yaml"})
    void aFollowUpExportedWithoutItsParentKeepsItsLink(String format) throws IOException {
        alphaDeck();
        cli.run("export", "--format", format, "--topic", "consistency", "-o", "follow-up." + format);
        Cli.Result r = cli.run("import", "follow-up." + format);
        assertThat(r.out()).contains("2 cards: 0 new, 0 changed, 1 unchanged, 0 removed");
        assertThat(Files.readString(dir.resolve("decks/alpha.yaml"))).isEqualTo(DECK_A);
    }

    @Test
    void aYamlExportOfSeveralDecksGoesBackToEach() throws IOException {
        twoDecks();
        cli.run("export", "--format", "yaml", "-o", "all.yaml");
        Cli.Result r = cli.run("import", "all.yaml");
        assertThat(r.out()).isEqualTo("all.yaml -> decks/alpha.yaml (read as YAML cards, UTF-8)\n"
                + "  2 cards: 0 new, 0 changed, 2 unchanged, 0 removed\n"
                + "all.yaml -> decks/beta.yaml (read as YAML cards, UTF-8)\n"
                + "  1 card: 0 new, 0 changed, 1 unchanged, 0 removed\n");
        assertThat(dir.resolve("decks/all.yaml")).doesNotExist();
    }

    @Test
    void aCardAddedToOneDecksStudySheetJoinsThatDeck() throws IOException {
        alphaDeck();
        cli.run("export", "--format", "md", "--deck", "alpha", "-o", "alpha.md");
        Files.writeString(dir.resolve("alpha.md"), Files.readString(dir.resolve("alpha.md"))
                + "\n## What is cache stampede?\n\nMany misses at once rebuild the same entry.\n");
        Cli.Result r = cli.run("import", "alpha.md");
        assertThat(r.out()).isEqualTo("alpha.md -> decks/alpha.yaml (read as sdq study sheet, UTF-8)\n"
                + "  3 cards: 1 new, 0 changed, 2 unchanged, 0 removed\n");
    }

    @Test
    void anEditedExportUpdatesItsDecksAndTheNotesStillFindTheirDeck() throws IOException {
        twoDecks();
        cli.run("export", "--format", "csv", "-o", "all.csv");
        write("all.csv", Files.readString(dir.resolve("all.csv")).replace("A slice of the data", "A part of the data"));
        Cli.Result r = cli.run("import", "all.csv");
        assertThat(r.out()).contains("decks/beta.yaml (read as CSV, UTF-8 (with BOM))\n  1 card: 0 new, 1 changed");
        assertThat(Files.readString(dir.resolve("decks/beta.yaml"))).contains("A part of the data");
        assertThat(Files.readString(dir.resolve("decks/alpha.yaml"))).contains("source: alpha.txt");
    }

    @Test
    void importDeckTakesAFullNameAndSaysWhenItMadeANewDeck() throws IOException {
        alphaDeck();
        write("more.csv", "question,answer\nWhat is a TTL?,How long a copy lives.\n");
        Cli.Result r = cli.run("import", "more.csv", "--deck", "alp");
        assertThat(r.out()).contains("decks/alp.yaml").contains(
                "  note: 'alp' is a new deck; to import into 'alpha', give its full name to --deck.\n");
    }

    @Test
    void exportRefusesWhatWouldLoseSomething() throws IOException {
        alphaDeck();
        Cli.Result over = cli.run("export", "--format", "yaml", "--topic", "caching", "-o", "decks/alpha.yaml");
        assertThat(over.code()).isEqualTo(2);
        assertThat(over.err()).startsWith("sdq: decks/alpha.yaml is a deck in use, and the export would replace it;");
        assertThat(Files.readString(dir.resolve("decks/alpha.yaml"))).isEqualTo(DECK_A);
        Cli.Result progress = cli.run("export", "--format", "md", "--with-progress");
        assertThat(progress.code()).isEqualTo(2);
        assertThat(progress.err()).isEqualTo("sdq: --with-progress works with --format csv, json or apkg; md has no room"
                + " for the review history.\n");
        Cli.Result dir = cli.run("export", "--format", "csv", "-o", "decks");
        assertThat(dir.code()).isEqualTo(2);
        assertThat(dir.err()).isEqualTo("sdq: decks is a directory; give a file name, for example decks/cards.csv.\n");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a missing column|question,notes\\nx,y\\n"
                + "|sdq: bad.csv:1: no answer column; name one in the header (answer, a or back).",
        "ragged rows|question,answer\\nWhat?,This\\nWhy?,That,and more\\n"
                + "|sdq: bad.csv:3: this row has 3 fields but the header has 2; check its commas and quotes.",
        "an unclosed quote|question,answer\\nWhat?,This\\nWhy?,\"That\\nand more\\n"
                + "|sdq: bad.csv:3: a quoted field is never closed; add the closing \" (or double a \" inside a quoted field).",
        "a stray quote|question,answer\\nWhat?,\"This\" and that\\n"
                + "|sdq: bad.csv:2: text after a closing quote; a \" inside a quoted field is written twice (\"\").",
        "no question column|answer\\nx\\n"
                + "|sdq: bad.csv:1: no question column; name one in the header (question, q or front).",
    })
    void aBadCsvIsOneLineWithItsLineAndNothingIsWritten(String what, String text, String error) throws IOException {
        write("bad.csv", text.replace("\\n", "\n"));
        write("good.md", "# Good notes\n\nQ1: What is a WAL?\n\nAnswer: A log written first.\n");
        Cli.Result r = cli.run("import", "bad.csv");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo(error + "\n");
        assertThat(r.out()).isEmpty();
        assertThat(dir.resolve("decks")).isEmptyDirectory();
        // With a good file beside it, the good one is read and reported, but nothing is written.
        Cli.Result both = cli.run("import", "bad.csv", "good.md");
        assertThat(both.code()).isEqualTo(2);
        assertThat(both.err()).isEqualTo(error + "\n");
        assertThat(both.out()).contains("good.md -> decks/good-notes.yaml").endsWith(
                "(nothing was written: mend the files named above, or leave them out, and import again)\n");
        assertThat(dir.resolve("decks")).isEmptyDirectory();
        assertThat(cli.run("import", "good.md").code()).isZero();
        assertThat(dir.resolve("decks/good-notes.yaml")).exists();
    }

    @Test
    void aBinaryFileIsBadInput() throws IOException {
        Files.write(dir.resolve("photo.csv"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0});
        Cli.Result r = cli.run("import", "photo.csv");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("sdq: photo.csv:3: is not a text file (a NUL byte at offset 8);"
                + " sdq imports text: notes, CSV or TSV, Anki text, YAML cards.\n");
        assertThat(dir.resolve("decks")).isEmptyDirectory();
    }

    @Test
    void badJsonAndYamlAreNamedWithTheirPlace() throws IOException {
        write("cards.json", "[{\"q\": \"x\", \"a\": \"y\"},\n {\"q\": \"x\" \"a\": \"y\"}]\n");
        Cli.Result json = cli.run("import", "cards.json");
        assertThat(json.code()).isEqualTo(2);
        assertThat(json.err()).startsWith("sdq: cards.json:2:12: not valid JSON: Unexpected character");
        write("cards.yaml", "cards:\n  - q: What?\n");
        Cli.Result yaml = cli.run("import", "cards.yaml");
        assertThat(yaml.code()).isEqualTo(2);
        assertThat(yaml.err()).isEqualTo("sdq: cards.yaml:2:5: this card needs both a question (`q:`) and an answer"
                + " (`a:`), or a `cloze:` with a gap written {{c1::...}}\n");
    }

    /** How the import summary names the format of an export. */
    private static String shown(String format) {
        return switch (format) {
            case "csv" -> "CSV";
            case "json" -> "JSON cards";
            case "yaml" -> "YAML cards";
            case "md" -> "sdq study sheet";
            default -> "Anki text";
        };
    }
}
