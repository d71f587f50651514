package sdq.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sdq.checkers.NodeCheckers;

/** sdq export --format apkg: a package Anki opens, read back by SQLite and by anki-reader, a reader sdq did not write. */
class AnkiPackageTest {
    @TempDir
    Path dir;

    private Cli cli;

    @BeforeEach
    void decks() throws IOException {
        Path decks = Files.createDirectories(dir.resolve("decks"));
        Files.writeString(decks.resolve("caching.yaml"), """
                cards:
                  - {id: c-aaa001, q: "What is **cache-aside**?", a: "Read the cache; on a miss, read the database.", topics: [caching]}
                  - {id: c-aaa002, q: "Why expire entries?", a: "- stale data\\n- memory", topics: [caching, databases]}
                """);
        Files.writeString(decks.resolve("storage.yaml"), """
                cards:
                  - {id: c-bbb001, q: "The [...] is forced before the pages.", a: write-ahead log,
                     cloze: "The {{c1::write-ahead log}} is forced before the pages.", topics: [storage]}
                """);
        cli = new Cli(dir).env("SDQ_HOME", dir.resolve("state").toString());
    }

    @Test
    void thePackageHoldsOneNotePerCardWithItsGuidDeckTagsAndHtml() throws Exception {
        Cli.Result r = cli.run("export", "--format", "apkg", "-o", "out.apkg");
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEqualTo("Wrote 3 cards to out.apkg (open it in Anki, or File > Import).\n");
        Path db = dir.resolve("collection.anki2");
        try (ZipFile zip = new ZipFile(dir.resolve("out.apkg").toFile())) {
            assertThat(zip.stream().map(e -> e.getName()).toList()).containsExactly("collection.anki2", "media");
            Files.copy(zip.getInputStream(zip.getEntry("collection.anki2")), db);
        }
        List<String> notes = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             ResultSet rs = c.createStatement().executeQuery("SELECT n.guid, n.tags, n.flds, n.sfld, c.ord, c.type"
                     + " FROM notes n JOIN cards c ON c.nid = n.id ORDER BY n.id")) {
            while (rs.next()) {
                notes.add(rs.getString(1) + " |" + rs.getString(2) + "| " + rs.getString(3).replace('\u001f', '¦') + " | "
                        + rs.getString(4) + " | ord " + rs.getInt(5) + " type " + rs.getInt(6));
            }
        }
        assertThat(notes).containsExactly(
                "c-aaa001 | caching | <p>What is <strong>cache-aside</strong>?</p>¦<p>Read the cache; on a miss, read the"
                        + " database.</p> | What is cache-aside? | ord 0 type 0",
                "c-aaa002 | caching databases | <p>Why expire entries?</p>¦<ul>\n<li>stale data</li>\n<li>memory</li>\n</ul>"
                        + " | Why expire entries? | ord 0 type 0",
                "c-bbb001 | storage | <p>The {{c1::write-ahead log}} is forced before the pages.</p>¦ | The"
                        + " {{c1::write-ahead log}} is forced before the pages. | ord 0 type 0");
    }

    @Test
    void ankiReaderReadsTheNotesFieldsDecksAndTags() throws Exception {
        assertThat(cli.run("export", "--format", "apkg", "-o", "out.apkg").code()).isZero();
        Path modules = NodeCheckers.installed();
        String out = NodeCheckers.runWith("apkg-read.mjs", List.of(modules.toString(),
                dir.resolve("out.apkg").toString()));
        Map<String, Object> read = JSON.std.mapFrom(out);
        @SuppressWarnings("unchecked")
        Map<String, Object> decks = (Map<String, Object>) read.get("decks");
        assertThat(decks.values()).containsExactlyInAnyOrder("Default", "System Design",
                "System Design::caching", "System Design::storage");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> cards = (List<Map<String, Object>>) read.get("cards");
        assertThat(cards).extracting(c -> c.get("deck") + " " + c.get("model") + " " + c.get("fields")).containsExactlyInAnyOrder(
                "System Design::caching Basic (sdq) {Front=<p>What is <strong>cache-aside</strong>?</p>, Back=<p>Read the"
                        + " cache; on a miss, read the database.</p>}",
                "System Design::caching Basic (sdq) {Front=<p>Why expire entries?</p>, Back=<ul>\n<li>stale data</li>\n"
                        + "<li>memory</li>\n</ul>}",
                "System Design::storage Cloze (sdq) {Text=<p>The {{c1::write-ahead log}} is forced before the pages.</p>,"
                        + " Back Extra=}");
        assertThat(read.get("notes").toString()).isEqualTo("[{guid=c-aaa001, tags=[caching]}, {guid=c-aaa002,"
                + " tags=[caching, databases]}, {guid=c-bbb001, tags=[storage]}]");
        assertThat(read.get("tags").toString()).isEqualTo("[caching, databases, storage]");
    }

    @Test
    void withProgressTheReviewsGoAlongAsAnkiRevlogRows() throws Exception {
        java.time.ZonedDateTime now = java.time.ZonedDateTime.now(Cli.CLOCK);
        try (sdq.store.ProgressStore store = sdq.store.ProgressStore.openForWriting(dir.resolve("state"),
                sdq.schedule.Leitner.standard(), java.time.Duration.ZERO)) {
            store.record(new sdq.deck.CardId("c-aaa001"), "caching", sdq.schedule.Grade.GOOD, now);
            store.record(new sdq.deck.CardId("c-aaa001"), "caching", sdq.schedule.Grade.AGAIN, now.plusDays(3));
            store.record(new sdq.deck.CardId("c-aaa001"), "caching", sdq.schedule.Grade.GOOD, now.plusDays(4));
        }
        assertThat(cli.run("export", "--format", "apkg", "--with-progress", "-o", "out.apkg").code()).isZero();
        Path db = dir.resolve("collection.anki2");
        try (ZipFile zip = new ZipFile(dir.resolve("out.apkg").toFile())) {
            Files.copy(zip.getInputStream(zip.getEntry("collection.anki2")), db);
        }
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             ResultSet rs = c.createStatement().executeQuery("SELECT r.id, n.guid, r.ease, r.ivl, r.lastIvl, r.type"
                     + " FROM revlog r JOIN cards c ON c.id = r.cid JOIN notes n ON n.id = c.nid ORDER BY r.id")) {
            while (rs.next()) {
                rows.add((rs.getLong(1) - now.toInstant().toEpochMilli()) / 86_400_000 + "d " + rs.getString(2) + " ease "
                        + rs.getInt(3) + " ivl " + rs.getInt(4) + " last " + rs.getInt(5) + " type " + rs.getInt(6));
            }
        }
        assertThat(rows).containsExactly("0d c-aaa001 ease 3 ivl 3 last 0 type 0", "3d c-aaa001 ease 1 ivl 1 last 3 type 1",
                "4d c-aaa001 ease 3 ivl 3 last 1 type 2");
        // The reviewed card is a review card to Anki, due three days after its last review; the others stay new.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             ResultSet rs = c.createStatement().executeQuery("SELECT n.guid, c.type, c.queue, c.due, c.ivl, c.reps,"
                     + " c.lapses FROM cards c JOIN notes n ON n.id = c.nid ORDER BY n.id")) {
            rs.next();
            assertThat(rs.getString(1) + " " + rs.getInt(2) + " " + rs.getInt(3) + " " + rs.getInt(4) + " " + rs.getInt(5)
                    + " " + rs.getInt(6) + " " + rs.getInt(7)).isEqualTo("c-aaa001 2 2 7 3 3 1");
            rs.next();
            assertThat(rs.getString(1) + " " + rs.getInt(2) + " " + rs.getInt(3)).isEqualTo("c-aaa002 0 0");
        }
    }

    @Test
    void aPackageIsAFileNeverTheTerminal() {
        Cli.Result r = cli.run("export", "--format", "apkg");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("sdq: --format apkg writes a file (a zip); give one with -o, for example"
                + " -o system-design.apkg.\n");
    }
}
