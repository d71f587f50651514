package sdq.export;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import sdq.deck.Cloze;

/**
 * An Anki package ({@code .apkg}): a zip holding {@code collection.anki2}, an SQLite database in
 * the legacy schema 11 layout that every Anki since 2.1 imports, and {@code media} (none). One
 * note per card, its GUID the card id (so importing the package again updates the notes instead
 * of adding them twice), of the note type Basic (Front, Back) or, for a cloze, Cloze (Text,
 * Back Extra: one card per gap); topics are tags, decks are named as the notes say
 * ({@code System Design::caching}). The cards are new to Anki.
 */
public final class AnkiPackage {
    static final long BASIC_ID = 1_700_000_000_001L;
    static final long CLOZE_ID = 1_700_000_000_002L;
    private static final String SCHEMA = """
            CREATE TABLE col (id integer primary key, crt integer not null, mod integer not null, scm integer not null,
              ver integer not null, dty integer not null, usn integer not null, ls integer not null, conf text not null,
              models text not null, decks text not null, dconf text not null, tags text not null);
            CREATE TABLE notes (id integer primary key, guid text not null, mid integer not null, mod integer not null,
              usn integer not null, tags text not null, flds text not null, sfld integer not null, csum integer not null,
              flags integer not null, data text not null);
            CREATE TABLE cards (id integer primary key, nid integer not null, did integer not null, ord integer not null,
              mod integer not null, usn integer not null, type integer not null, queue integer not null,
              due integer not null, ivl integer not null, factor integer not null, reps integer not null,
              lapses integer not null, left integer not null, odue integer not null, odid integer not null,
              flags integer not null, data text not null);
            CREATE TABLE revlog (id integer primary key, cid integer not null, usn integer not null, ease integer not null,
              ivl integer not null, lastIvl integer not null, factor integer not null, time integer not null,
              type integer not null);
            CREATE TABLE graves (usn integer not null, oid integer not null, type integer not null);
            CREATE INDEX ix_notes_usn on notes (usn);
            CREATE INDEX ix_cards_usn on cards (usn);
            CREATE INDEX ix_revlog_usn on revlog (usn);
            CREATE INDEX ix_cards_nid on cards (nid);
            CREATE INDEX ix_cards_sched on cards (did, queue, due);
            CREATE INDEX ix_revlog_cid on revlog (cid);
            CREATE INDEX ix_notes_csum on notes (csum);
            """;

    private AnkiPackage() {
    }

    /**
     * One review as Anki's revlog keeps it.
     *
     * @param timeMillis when (Anki's revlog id)
     * @param ease       the grade, 1 (again) to 4 (easy)
     * @param interval   the days it scheduled the card for
     * @param lastInterval the days it was scheduled for before
     * @param type       0 learning (the first review), 1 review, 2 relearning (after a lapse)
     */
    public record Revlog(long timeMillis, int ease, int interval, int lastInterval, int type) {
    }

    /** Writes the notes as a package to {@code out}; {@code nowMillis} stamps them (Anki's ids are times). */
    public static void write(List<AnkiText.Note> notes, OutputStream out, long nowMillis) throws IOException {
        write(notes, Map.of(), out, nowMillis);
    }

    /** As {@link #write(List, OutputStream, long)}, with each note's reviews ({@code history}, by GUID) as revlog rows. */
    public static void write(List<AnkiText.Note> notes, Map<String, List<Revlog>> history, OutputStream out,
                             long nowMillis) throws IOException {
        Path db = Files.createTempFile("sdq-", ".anki2");
        try {
            fill(db, notes, history, nowMillis);
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                zip.putNextEntry(new ZipEntry("collection.anki2"));
                Files.copy(db, zip);
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry("media"));
                zip.write("{}".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } finally {
            Files.deleteIfExists(db);
        }
    }

    private static void fill(Path db, List<AnkiText.Note> notes, Map<String, List<Revlog>> history, long now)
            throws IOException {
        Map<String, Long> decks = new LinkedHashMap<>();
        for (AnkiText.Note n : notes) {
            // A deck's parents ("System Design" of "System Design::caching") are decks too.
            String[] parts = n.deck().split("::");
            for (int i = 1; i <= parts.length; i++) {
                decks.computeIfAbsent(String.join("::", java.util.Arrays.copyOf(parts, i)), AnkiPackage::deckId);
            }
        }
        // The collection's first day: today, or the day of the earliest review it holds (review cards are due in days from it).
        long firstReview = history.values().stream().flatMap(List::stream).mapToLong(Revlog::timeMillis).min().orElse(now);
        long crt = Math.min(now, firstReview) / 1000 - Math.min(now, firstReview) / 1000 % 86_400;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (String sql : SCHEMA.split(";")) {
                    if (!sql.isBlank()) {
                        s.execute(sql);
                    }
                }
            }
            long seconds = now / 1000;
            try (PreparedStatement col = c.prepareStatement("INSERT INTO col VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, ?)")) {
                col.setLong(1, crt);
                col.setLong(2, now);
                col.setLong(3, now);
                col.setString(4, JSON.std.asString(AnkiCollectionJson.conf()));
                col.setString(5, JSON.std.asString(AnkiCollectionJson.models(seconds)));
                col.setString(6, JSON.std.asString(AnkiCollectionJson.decks(decks, seconds)));
                col.setString(7, JSON.std.asString(AnkiCollectionJson.deckOptions()));
                // The tags in use, as Anki registers them (each with the change count it was added at).
                Map<String, Object> tags = new java.util.TreeMap<>();
                notes.forEach(n -> n.tags().forEach(t -> tags.put(t, 0)));
                col.setString(8, JSON.std.asString(tags));
                col.executeUpdate();
            }
            try (PreparedStatement note = c.prepareStatement("INSERT INTO notes VALUES (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, '')");
                 PreparedStatement card = c.prepareStatement(
                         "INSERT INTO cards VALUES (?, ?, ?, ?, ?, -1, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, 0, '')");
                 PreparedStatement revlog = c.prepareStatement("INSERT INTO revlog VALUES (?, ?, -1, ?, ?, ?, ?, 0, ?)")) {
                java.util.Set<Long> revlogIds = new java.util.HashSet<>();
                long id = now;
                int position = 1;
                for (AnkiText.Note n : notes) {
                    long noteId = id++;
                    String first = org.jsoup.Jsoup.parseBodyFragment(n.frontHtml()).text();
                    note.setLong(1, noteId);
                    note.setString(2, n.guid());
                    note.setLong(3, n.cloze() ? CLOZE_ID : BASIC_ID);
                    note.setLong(4, seconds);
                    note.setString(5, n.tags().isEmpty() ? "" : " " + String.join(" ", n.tags()) + " ");
                    note.setString(6, n.frontHtml() + "\u001f" + n.backHtml());
                    note.setString(7, first);
                    note.setLong(8, checksum(first));
                    note.executeUpdate();
                    List<Integer> ords = n.cloze() ? Cloze.of(n.frontHtml()).map(Cloze::numbers).orElse(List.of(1))
                            : List.of(1);
                    boolean firstCard = true;
                    for (int ord : ords) {
                        long cardId = id++;
                        boolean withReviews = firstCard;
                        firstCard = false;
                        if (withReviews) {
                            // The reviews go with the note's first card (sdq's card).
                            for (Revlog r : history.getOrDefault(n.guid(), List.of())) {
                                long rid = r.timeMillis();
                                while (!revlogIds.add(rid)) {
                                    rid++;
                                }
                                revlog.setLong(1, rid);
                                revlog.setLong(2, cardId);
                                revlog.setInt(3, r.ease());
                                revlog.setInt(4, r.interval());
                                revlog.setInt(5, r.lastInterval());
                                revlog.setInt(6, r.ease() == 1 ? 0 : 2500);
                                revlog.setInt(7, r.type());
                                revlog.executeUpdate();
                            }
                        }
                        card.setLong(1, cardId);
                        card.setLong(2, noteId);
                        card.setLong(3, decks.get(n.deck()));
                        card.setInt(4, ord - 1);
                        card.setLong(5, seconds);
                        List<Revlog> reviews = withReviews ? history.getOrDefault(n.guid(), List.of()) : List.of();
                        if (reviews.isEmpty()) {
                            // New to Anki: type and queue 0, due by its position among the new cards.
                            card.setInt(6, 0);
                            card.setInt(7, 0);
                            card.setLong(8, position);
                            card.setInt(9, 0);
                            card.setInt(10, 0);
                            card.setInt(11, 0);
                            card.setInt(12, 0);
                        } else {
                            // Reviewed: a review card (type and queue 2), due its last interval after its last review.
                            Revlog last = reviews.get(reviews.size() - 1);
                            card.setInt(6, 2);
                            card.setInt(7, 2);
                            card.setLong(8, (last.timeMillis() / 1000 - crt) / 86_400 + last.interval());
                            card.setInt(9, last.interval());
                            card.setInt(10, 2500);
                            card.setInt(11, reviews.size());
                            card.setInt(12, (int) reviews.stream().filter(r -> r.ease() == 1).count());
                        }
                        card.executeUpdate();
                    }
                    position++;
                }
            }
            c.commit();
        } catch (SQLException e) {
            throw new IOException("cannot write the Anki collection: " + e.getMessage(), e);
        }
    }

    /** A deck's id: from its name, so the same deck has the same id in every package (as Anki's are, a positive number). */
    static long deckId(String name) {
        return 1_000_000_000L + checksum("deck\u001f" + name) * 100L;
    }

    /** Anki's checksum of a note's first field: the first eight hex digits of its SHA-1, as a number. */
    static long checksum(String text) {
        byte[] h = sha1Bytes(text);
        return ((h[0] & 0xffL) << 24) | ((h[1] & 0xffL) << 16) | ((h[2] & 0xffL) << 8) | (h[3] & 0xffL);
    }


    private static byte[] sha1Bytes(String text) {
        try {
            return MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every Java", e);
        }
    }
}
