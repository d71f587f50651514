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

class ImportCommandTest {
    @TempDir
    Path dir;

    private Cli cli;

    private static final String NOTES = """
            Storage Notes

            Q1: What is a write-ahead log?

            Answer:

              • Changes are logged before they are applied

            Q2: Why compact an LSM tree?

            Answer:

              • To merge sorted runs and drop old versions
            """;

    @BeforeEach
    void notes() throws IOException {
        // A project with its own decks directory, as the repository is: imports go there.
        Files.createDirectories(dir.resolve("decks"));
        Files.createDirectories(dir.resolve("notes"));
        Files.writeString(dir.resolve("notes/storage.txt"), NOTES);
        cli = new Cli(dir);
    }

    @Test
    void importTakesHomeAsTheOtherCommandsDoAndTouchesNoProgress() throws IOException {
        Path home = dir.resolve("elsewhere");
        Cli.Result r = cli.run("import", "notes/storage.txt", "--home", home.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(dir.resolve("decks/storage-notes.yaml")).exists();
        assertThat(home).doesNotExist();
    }

    @Test
    void importWritesADeckNamedFromTheTitle() throws IOException {
        Cli.Result r = cli.run("import", "notes/storage.txt");
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo("""
                notes/storage.txt -> decks/storage-notes.yaml (read as plain text, UTF-8)
                  2 cards: 2 new, 0 changed, 0 unchanged, 0 removed
                """);
        String yaml = Files.readString(dir.resolve("decks/storage-notes.yaml"));
        assertThat(yaml).startsWith("sdq: 1\ndeck: storage-notes\ntitle: Storage Notes\nsource: storage.txt\ncards:\n")
                .contains("q: What is a write-ahead log?").contains("- Changes are logged before they are applied");
        assertThat(cli.run("list", "--json").out()).contains("What is a write-ahead log?");
    }

    @Test
    void notesWithOneTitleAreNamedInTurnAndKeepTheirDecksWhenMoreCome() throws IOException {
        Files.delete(dir.resolve("notes/storage.txt"));
        for (String name : List.of("a", "b", "c")) {
            Files.writeString(dir.resolve("notes/" + name + ".txt"), NOTES);
        }
        assertThat(cli.run("import", "notes").code()).isZero();
        Files.writeString(dir.resolve("notes/0.txt"), NOTES);
        Cli.Result again = cli.run("import", "notes");
        assertThat(again.code()).isZero();
        assertThat(again.out()).contains("notes/0.txt -> decks/storage-notes-4.yaml", "notes/a.txt -> decks/storage-notes.yaml",
                "notes/b.txt -> decks/storage-notes-2.yaml", "notes/c.txt -> decks/storage-notes-3.yaml");
    }

    @Test
    void reimportingUnchangedNotesLeavesTheDeckByteForByte() throws IOException {
        cli.run("import", "notes");
        byte[] before = Files.readAllBytes(dir.resolve("decks/storage-notes.yaml"));
        Cli.Result again = cli.run("import", "notes");
        assertThat(again.out()).contains("2 cards: 0 new, 0 changed, 2 unchanged, 0 removed");
        assertThat(Files.readAllBytes(dir.resolve("decks/storage-notes.yaml"))).isEqualTo(before);
    }

    @Test
    void editedNotesKeepIdsAndReportWhatChanged() throws IOException {
        cli.run("import", "notes");
        String ids = cli.run("list", "--json").out();
        Files.writeString(dir.resolve("notes/storage.txt"), NOTES.replace("drop old versions", "drop overwritten"
                + " versions") + "\nQ3: What is a memtable?\n\nAnswer:\n\n  • The in-memory buffer of recent writes\n");
        Cli.Result r = cli.run("import", "notes");
        assertThat(r.out()).contains("3 cards: 1 new, 1 changed, 1 unchanged, 0 removed");
        List<Object> cards = JSON.std.listFrom(cli.run("list", "--json").out());
        assertThat(ids).contains((String) ((Map<?, ?>) cards.get(0)).get("id"))
                .contains((String) ((Map<?, ?>) cards.get(1)).get("id"));
    }

    @Test
    void dryRunWritesNothing() {
        Cli.Result r = cli.run("import", "notes", "--dry-run");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("2 cards: 2 new").endsWith("(dry run: nothing was written)\n");
        assertThat(dir.resolve("decks")).isEmptyDirectory();
    }

    @Test
    void deckOptionChoosesTheDeck() {
        Cli.Result r = cli.run("import", "notes", "--deck", "mine", "--json");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("\"deck\" : \"mine\"").contains("\"new\" : 2");
        assertThat(Files.exists(dir.resolve("decks/mine.yaml"))).isTrue();
        Cli.Result bad = cli.run("import", "notes", "--deck", "Not A Name");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("'Not A Name' is not a deck name");
    }

    @Test
    void skippedQuestionsAreReportedWithTheirLines() throws IOException {
        Files.writeString(dir.resolve("notes/storage.txt"), NOTES + "\nOpen Questions\n\n  • Why is fsync slow?\n");
        Cli.Result r = cli.run("import", "notes");
        assertThat(r.out()).contains("  skipped 1:\n    line 17: a question with no answer: Why is fsync slow?\n");
    }

    @Test
    void aBinaryFileIsBadInputAndNothingIsWrittenUntilItIsLeftOut() throws IOException {
        Files.write(dir.resolve("notes/picture.txt"), new byte[] {'G', 'I', 'F', '8', '9', 'a', 0, 0, 1});
        Cli.Result r = cli.run("import", "notes");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("sdq: notes/picture.txt:1: is not a text file (a NUL byte at offset 6);"
                + " sdq imports text: notes, CSV or TSV, Anki text, YAML cards.\n");
        assertThat(r.out()).contains("2 cards: 2 new").contains("(nothing was written");
        assertThat(dir.resolve("decks")).isEmptyDirectory();
        Files.delete(dir.resolve("notes/picture.txt"));
        assertThat(cli.run("import", "notes").code()).isZero();
        assertThat(dir.resolve("decks/storage-notes.yaml")).exists();
    }

    @Test
    void aMissingFileIsBadInput() {
        Cli.Result r = cli.run("import", "nowhere.md");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("sdq: nowhere.md: no such file or directory.\n");
    }

    @Test
    void aBrokenDeckIsNeverOverwritten() throws IOException {
        Files.createDirectories(dir.resolve("decks"));
        Files.writeString(dir.resolve("decks/storage-notes.yaml"), "cards:\n\t- broken\n");
        Cli.Result r = cli.run("import", "notes", "--deck", "storage-notes");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("Will not write deck 'storage-notes': its file is broken");
        assertThat(Files.readString(dir.resolve("decks/storage-notes.yaml"))).isEqualTo("cards:\n\t- broken\n");
    }

    @Test
    void garbledNotesAreRepairedAndTheRepairCounted() throws IOException {
        Files.write(dir.resolve("notes/storage.txt"), ("Q1: Whatâ€™s a WAL?\n\nAnswer: A log â€” written first.\n")
                .getBytes(StandardCharsets.UTF_8));
        Cli.Result r = cli.run("import", "notes");
        assertThat(r.out()).contains("(read as plain text, UTF-8, 2 garbled characters repaired)");
        assertThat(cli.run("list", "--json").out()).contains("What’s a WAL?");
    }

    @Test
    void userTopicsFromTheConfigAreUsed() throws IOException {
        Path config = Files.createDirectories(dir.resolve("config/sdq"));
        Files.writeString(config.resolve("config.yaml"), "topics:\n  wal: [write-ahead log*, wal]\n");
        cli.env("XDG_CONFIG_HOME", dir.resolve("config").toString()).run("import", "notes");
        assertThat(cli.run("list", "--topic", "wal", "--json").out()).contains("What is a write-ahead log?");
    }

    @Test
    void aMalformedConfigIsBadInputWithItsPlace() throws IOException {
        Path config = Files.createDirectories(dir.resolve("config/sdq"));
        Files.writeString(config.resolve("config.yaml"), "topcs:\n  wal: [wal]\n");
        Cli.Result r = cli.env("XDG_CONFIG_HOME", dir.resolve("config").toString()).run("import", "notes");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).endsWith("config/sdq/config.yaml:1:1: unknown setting `topcs`; did you mean `topics`?\n");
    }

    @Test
    void aCardEditedByHandInItsDeckKeepsTheEditWhenTheNotesComeAgain() throws IOException {
        cli.run("import", "notes/storage.txt");
        Path deck = dir.resolve("decks/storage-notes.yaml");
        Files.writeString(deck, Files.readString(deck).replace("Changes are logged before they are applied",
                "My words: log first, then apply"));
        Cli.Result same = cli.run("import", "notes/storage.txt");
        assertThat(same.out()).contains("2 cards: 0 new, 0 changed, 2 unchanged").doesNotContain("kept your edit");
        assertThat(Files.readString(deck)).contains("My words: log first, then apply");

        Files.writeString(dir.resolve("notes/storage.txt"), NOTES.replace("Changes are logged before they are applied",
                "Every change is logged before it is applied"));
        Cli.Result changed = cli.run("import", "notes/storage.txt");
        String id = Files.readString(deck).replaceAll("(?s).*?id: (c-[0-9a-f]+).*", "$1");
        assertThat(changed.out()).contains("  kept your edit of " + id + "; the notes changed too (--prefer-notes takes"
                + " the notes' text)");
        assertThat(Files.readString(deck)).contains("My words: log first, then apply");

        Cli.Result notes = cli.run("import", "notes/storage.txt", "--prefer-notes");
        assertThat(notes.out()).contains("1 changed");
        assertThat(Files.readString(deck)).contains("Every change is logged before it is applied")
                .doesNotContain("My words");
    }

    @Test
    void anImportOutsideAProjectGoesToTheLibraryWhichKeepsTheBundledDecks() throws IOException {
        Path scratch = Files.createDirectories(dir.resolve("scratch"));
        Files.writeString(scratch.resolve("mine.txt"), NOTES);
        Cli here = new Cli(scratch).env("HOME", dir.resolve("home").toString());
        Cli.Result r = here.run("import", "mine.txt");
        Path library = dir.resolve("home/.local/share/sdq/decks");
        assertThat(r.out()).contains(library.resolve("storage-notes.yaml").toString());
        assertThat(scratch.resolve("decks")).doesNotExist();
        assertThat(library.resolve("storage-notes.yaml")).exists();
        assertThat(library.resolve("system-design-interview-questions.yaml")).as("the bundled decks come too").exists();

        // From anywhere else, the cards are there, and the bundled ones with them.
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Cli there = new Cli(elsewhere).env("HOME", dir.resolve("home").toString());
        assertThat(there.run("list", "--deck", "storage-notes").out()).contains("What is a write-ahead log?");
        assertThat(there.run("topics").out()).contains("from " + library + " (your library)");
        assertThat(there.run("config").out()).contains("decks:           " + library + " (your library)");
    }

    @Test
    void beforeAnyImportTheConfigSaysTheBundledDecksAreReadAndWhereTheLibraryWillBe() throws IOException {
        Path scratch = Files.createDirectories(dir.resolve("scratch"));
        Cli.Result r = new Cli(scratch).env("HOME", dir.resolve("home").toString()).run("config");
        assertThat(r.out()).contains("decks:           the decks bundled with sdq")
                .contains("(your library " + dir.resolve("home/.local/share/sdq/decks") + " is made by your first sdq import)");
    }
}
