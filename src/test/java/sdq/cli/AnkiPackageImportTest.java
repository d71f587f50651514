package sdq.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.luben.zstd.Zstd;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sdq import deck.apkg: sdq's own packages come back as they went out; Anki's legacy and current layouts read. */
class AnkiPackageImportTest {
    @TempDir
    Path dir;

    private Cli cli;

    @BeforeEach
    void setUp() throws IOException {
        Files.createDirectories(dir.resolve("decks"));
        cli = new Cli(dir).env("SDQ_HOME", dir.resolve("state").toString());
    }

    @Test
    void anExportedPackageImportsAsTheSameCards() throws IOException {
        Files.writeString(dir.resolve("decks/caching.yaml"), """
                cards:
                  - {id: c-aaa001, q: "What is **cache-aside**?", a: "Read the cache; on a miss, read the database.", topics: [caching]}
                  - {id: c-aaa002, q: "Why expire entries?", a: "- stale data\\n- memory", topics: [caching, databases]}
                """);
        assertThat(cli.run("export", "--format", "apkg", "-o", "out.apkg").code()).isZero();
        String before = cli.run("export", "--format", "json").out();
        Files.delete(dir.resolve("decks/caching.yaml"));
        Cli.Result r = cli.run("import", "out.apkg");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("out.apkg -> decks/caching.yaml (read as Anki package, zip)\n  2 cards: 2 new");
        // The same cards; only the place each came from is now its note's place in the package.
        assertThat(cli.run("export", "--format", "json").out().replaceAll("\\s*\"line\" : \\d+,", "")).isEqualTo(before);
        assertThat(cli.run("import", "out.apkg").out()).contains("2 cards: 0 new, 0 changed, 2 unchanged, 0 removed");
    }

    @Test
    void aCurrentAnkiPackageZstdCompressedInTheNewSchemaImports() throws Exception {
        Path db = dir.resolve("c.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE col (id integer primary key, models text, decks text)");
            s.execute("INSERT INTO col VALUES (1, '{}', '{}')");
            s.execute("CREATE TABLE notetypes (id integer primary key, name text)");
            s.execute("CREATE TABLE decks (id integer primary key, name text)");
            s.execute("INSERT INTO decks VALUES (7, 'Interview' || char(31) || 'Queues')");
            s.execute("CREATE TABLE notes (id integer primary key, guid text, mid integer, tags text, flds text)");
            s.execute("INSERT INTO notes VALUES (1, 'Xy+7Qz', 3, ' kafka queues ', 'Why <b>partition</b> a topic?'"
                    + " || char(31) || 'To spread load<br>and keep order per key.')");
            s.execute("INSERT INTO notes VALUES (2, 'Ab,9Cd', 4, '', '{{c1::Backpressure}} slows producers.' || char(31) || '')");
            s.execute("CREATE TABLE cards (id integer primary key, nid integer, did integer, ord integer)");
            s.execute("INSERT INTO cards VALUES (10, 1, 7, 0)");
            s.execute("INSERT INTO cards VALUES (11, 2, 7, 0)");
        }
        zip(dir.resolve("anki.apkg"), "collection.anki21b", Zstd.compress(Files.readAllBytes(db)));
        Cli.Result r = cli.run("import", "anki.apkg", "--dry-run");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("anki.apkg -> decks/queues.yaml (read as Anki package, zip)", "2 cards: 2 new");
        assertThat(cli.run("import", "anki.apkg").code()).isZero();
        String deck = Files.readString(dir.resolve("decks/queues.yaml"));
        assertThat(deck).contains("q: Why **partition** a topic?").contains("To spread load").contains("and keep order per key.")
                .contains("cloze: '{{c1::Backpressure}} slows producers.'").contains("topics: [kafka, queues]");
    }

    @Test
    void aLegacyPackageNamedAnki21ImportsAndAZipWithoutACollectionIsRefused() throws IOException {
        Files.writeString(dir.resolve("decks/caching.yaml"), """
                cards:
                  - {id: c-aaa001, q: "What is cache-aside?", a: Read then fill., topics: [caching]}
                """);
        assertThat(cli.run("export", "--format", "apkg", "-o", "out.apkg").code()).isZero();
        byte[] collection;
        try (ZipFile zip = new ZipFile(dir.resolve("out.apkg").toFile())) {
            collection = zip.getInputStream(zip.getEntry("collection.anki2")).readAllBytes();
        }
        Files.delete(dir.resolve("decks/caching.yaml"));
        zip(dir.resolve("legacy.apkg"), "collection.anki21", collection);
        assertThat(cli.run("import", "legacy.apkg").out()).contains("1 card: 1 new");
        zip(dir.resolve("empty.apkg"), "notes.txt", "hello".getBytes());
        Cli.Result r = cli.run("import", "empty.apkg");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("empty.apkg: a zip without an Anki collection (collection.anki21b, .anki21 or .anki2)"
                + " inside; export it again from Anki as an Anki Deck Package.");
    }

    private static void zip(Path file, String entry, byte[] content) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content);
            zip.closeEntry();
        }
    }
}
