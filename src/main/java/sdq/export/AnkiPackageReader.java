package sdq.export;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import sdq.deck.CardFields;
import sdq.deck.CardRow;
import sdq.deck.Cloze;
import sdq.deck.InvalidInputException;

/**
 * Reads an Anki package ({@code .apkg}, also {@code .colpkg}): the newest collection it holds
 * ({@code collection.anki21b}, Zstandard-compressed, schema 18; else {@code collection.anki21} or
 * {@code collection.anki2}, schema 11), each note a card: its first field the question (a cloze
 * note: a card per gap), its second the answer, HTML turned into Markdown, its tags the topics,
 * its deck the last part of its first card's deck name. Media references stay as they are written.
 */
public final class AnkiPackageReader {
    /** The largest collection read, after decompression: a package that claims more is refused. */
    static final long MAX_COLLECTION_BYTES = 512L * 1024 * 1024;
    private static final List<String> COLLECTIONS = List.of("collection.anki21b", "collection.anki21", "collection.anki2");

    private AnkiPackageReader() {
    }

    /** Whether the bytes are a zip, as every Anki package is. */
    public static boolean isZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    /** The cards of the package {@code name}; a one-line error naming it when it is no Anki package. */
    public static List<CardRow> read(String name, byte[] bytes) {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (COLLECTIONS.contains(e.getName())) {
                    entries.put(e.getName(), bounded(name, zip));
                }
            }
        } catch (IOException e) {
            throw new InvalidInputException(name + ": not a readable zip (" + e.getMessage() + "); an Anki package is"
                    + " one. Export it again from Anki (File > Export, Anki Deck Package).");
        }
        String found = COLLECTIONS.stream().filter(entries::containsKey).findFirst().orElseThrow(() ->
                new InvalidInputException(name + ": a zip without an Anki collection (collection.anki21b, .anki21 or"
                        + " .anki2) inside; export it again from Anki as an Anki Deck Package."));
        byte[] db = entries.get(found);
        if (found.endsWith("b")) {
            try (InputStream in = new com.github.luben.zstd.ZstdInputStream(new ByteArrayInputStream(db))) {
                db = bounded(name, in);
            } catch (IOException e) {
                throw new InvalidInputException(name + ": its collection.anki21b cannot be decompressed ("
                        + e.getMessage() + "); export it again from Anki.");
            }
        }
        Path file = null;
        try {
            file = Files.createTempFile("sdq-", ".anki");
            Files.write(file, db);
            return rows(name, file);
        } catch (IOException e) {
            throw new InvalidInputException(name + ": cannot be read: " + e.getMessage());
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    // A temporary file; the system clears them.
                }
            }
        }
    }

    private static byte[] bounded(String name, InputStream in) throws IOException {
        byte[] out = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_COLLECTION_BYTES + 1));
        if (out.length > MAX_COLLECTION_BYTES) {
            throw new InvalidInputException(name + ": its collection is over " + MAX_COLLECTION_BYTES / (1024 * 1024)
                    + " MB; sdq reads packages of up to that. Export fewer decks at once.");
        }
        return out;
    }

    private static List<CardRow> rows(String name, Path db) throws IOException {
        List<CardRow> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + db + "?mode=ro")) {
            Map<Long, String> decks = decks(c);
            Map<Long, Boolean> clozeTypes = clozeTypes(c);
            String sql = "SELECT n.guid, n.mid, n.tags, n.flds, (SELECT did FROM cards WHERE nid = n.id ORDER BY ord"
                    + " LIMIT 1) FROM notes n ORDER BY n.id";
            int line = 0;
            try (ResultSet rs = c.createStatement().executeQuery(sql)) {
                while (rs.next()) {
                    line++;
                    String[] fields = rs.getString(4).split("\u001f", -1);
                    String first = HtmlMarkdown.toMarkdown(fields[0]);
                    Optional<String> id = Optional.ofNullable(rs.getString(1)).filter(s -> !s.isBlank());
                    String tags = rs.getString(3).strip();
                    Optional<List<String>> topics = Optional.of(tags.isEmpty() ? List.of()
                            : CardFields.topics(tags));
                    Optional<String> deck = Optional.ofNullable(decks.get(rs.getLong(5))).map(d -> d.replaceFirst(".*::", ""));
                    Optional<Cloze> cloze = clozeTypes.getOrDefault(rs.getLong(2), false) || first.matches("(?s).*\\{\\{c\\d+::.*")
                            ? Cloze.of(first) : Optional.empty();
                    if (cloze.isPresent()) {
                        rows.addAll(CardRow.ofCloze(cloze.get(), id, topics, deck, "", line, Optional.empty()));
                    } else {
                        String answer = fields.length > 1 ? HtmlMarkdown.toMarkdown(fields[1]) : "";
                        rows.add(new CardRow(first, answer, id, topics, deck, "", line));
                    }
                }
            }
        } catch (SQLException e) {
            throw new InvalidInputException(name + ": its collection is not an Anki database (" + e.getMessage()
                    + "); export it again from Anki.");
        }
        // Anki notes are often not tagged at all: then sdq finds topics from the text.
        if (rows.stream().allMatch(r -> r.topics().orElse(List.of()).isEmpty())) {
            return rows.stream().map(CardRow::withoutTopics).toList();
        }
        return rows;
    }

    /** Deck ids and names: schema 18's decks table (its name parts separated by 0x1f), else schema 11's JSON. */
    private static Map<Long, String> decks(Connection c) throws SQLException, IOException {
        Map<Long, String> out = new HashMap<>();
        if (hasTable(c, "decks")) {
            try (ResultSet rs = c.createStatement().executeQuery("SELECT id, name FROM decks")) {
                while (rs.next()) {
                    out.put(rs.getLong(1), rs.getString(2).replace("\u001f", "::"));
                }
            }
            return out;
        }
        try (ResultSet rs = c.createStatement().executeQuery("SELECT decks FROM col")) {
            if (rs.next()) {
                for (Object deck : JSON.std.mapFrom(rs.getString(1)).values()) {
                    if (deck instanceof Map<?, ?> d && d.get("id") instanceof Number id && d.get("name") instanceof String n) {
                        out.put(id.longValue(), n);
                    }
                }
            }
        }
        return out;
    }

    /** Which note types are clozes (schema 11 says so in its JSON; schema 18's notes are judged by their text). */
    private static Map<Long, Boolean> clozeTypes(Connection c) throws SQLException, IOException {
        Map<Long, Boolean> out = new HashMap<>();
        if (hasTable(c, "notetypes")) {
            return out;
        }
        try (ResultSet rs = c.createStatement().executeQuery("SELECT models FROM col")) {
            if (rs.next()) {
                for (Object model : JSON.std.mapFrom(rs.getString(1)).values()) {
                    if (model instanceof Map<?, ?> m && m.get("id") instanceof Number id) {
                        out.put(id.longValue(), m.get("type") instanceof Number t && t.intValue() == 1);
                    }
                }
            }
        }
        return out;
    }

    private static boolean hasTable(Connection c, String table) throws SQLException {
        try (var st = c.prepareStatement("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")) {
            st.setString(1, table);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next();
            }
        }
    }
}
