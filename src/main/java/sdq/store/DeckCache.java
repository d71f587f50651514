package sdq.store;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import sdq.deck.Card;
import sdq.deck.CardId;
import sdq.deck.Cloze;
import sdq.deck.Deck;
import sdq.deck.SourceRef;

/**
 * Decks as they were last parsed, in a compact binary form, so that start-up need not parse
 * every deck's YAML again: a deck file of 100,000 cards takes seconds to parse and a fraction of
 * that to read back. An entry is used only for the exact contents it was parsed from (a
 * 64-bit checksum of the file, read anyway, and cheap beside parsing), with the same size and
 * modification time; anything odd about an entry (another version, damage) makes it a miss.
 * The cache is only ever a copy: losing it costs time, never data. A deck read back keeps the
 * entry's answers, which are kept together at its end, as one array: each is decoded when it is
 * read, and a session reads a few.
 */
final class DeckCache {
    private static final int MAGIC = 0x53445143; // "SDQC"
    private static final int VERSION = 6;
    private static final byte[] NO_DIGEST = new byte[0];

    private final Path dir;

    DeckCache(Path dir) {
        this.dir = dir;
    }

    /** The cached deck for this file, if the cache has it for the contents with this {@link #digest}. */
    Optional<LoadedDeck> get(Path file, String location, byte[] digest) {
        return get(file, file.toAbsolutePath().toString(), location, Optional.of(file), digest);
    }

    /**
     * The cached deck known by {@code key}, valid while {@code source} (the deck file, or the jar
     * holding a bundled deck) has the same size and modification time.
     */
    Optional<LoadedDeck> get(Path source, String key, String location, Optional<Path> file) {
        return get(source, key, location, file, NO_DIGEST);
    }

    private Optional<LoadedDeck> get(Path source, String key, String location, Optional<Path> file, byte[] digest) {
        try {
            Path entry = entry(key);
            if (!Files.exists(entry)) {
                return Optional.empty();
            }
            BasicFileAttributes attributes = Files.readAttributes(source, BasicFileAttributes.class);
            ByteBuffer in = ByteBuffer.wrap(Files.readAllBytes(entry));
            if (in.getInt() != MAGIC || in.getInt() != VERSION || in.getLong() != attributes.size()
                    || in.getLong() != attributes.lastModifiedTime().toMillis() || !string(in).equals(key)
                    || !java.util.Arrays.equals(bytes(in), digest)) {
                return Optional.empty();
            }
            String name = string(in);
            String title = string(in);
            String deckSource = string(in);
            int count = in.getInt();
            // The answers, together at the end of the entry: kept as one array, each decoded when it is read.
            int answersLength = in.getInt();
            int answersStart = in.limit() - answersLength;
            if (answersLength < 0 || answersStart < in.position()) {
                return Optional.empty();
            }
            byte[] answers = java.util.Arrays.copyOfRange(in.array(), answersStart, in.limit());
            int answerAt = 0;
            List<Card> cards = new ArrayList<>(count);
            Map<CardId, Integer> lines = new LinkedHashMap<>(count * 2);
            // Topics, sections and source files repeat from card to card: one copy of each in memory.
            Map<Object, Object> shared = new HashMap<>();
            for (int i = 0; i < count; i++) {
                CardId id = new CardId(string(in));
                String q = string(in);
                int answerLength = in.getInt();
                sdq.deck.AnswerText a = sdq.deck.AnswerText.utf8(answers, answerAt, answerLength);
                answerAt += answerLength;
                int topicCount = in.getInt();
                String[] topicNames = new String[topicCount];
                for (int t = 0; t < topicCount; t++) {
                    topicNames[t] = shared(shared, string(in));
                }
                List<String> topics = shared(shared, List.of(topicNames));
                String section = shared(shared, string(in));
                int sourceLine = in.getInt();
                String imported = shared(shared, string(in));
                String parent = string(in);
                String cloze = string(in);
                lines.put(id, in.getInt());
                cards.add(new Card(id, q, a, topics, section,
                        sourceLine > 0 ? Optional.of(new SourceRef(sourceLine,
                                imported.isEmpty() ? Optional.empty() : shared(shared, Optional.of(imported))))
                                : Optional.empty(),
                        parent.isEmpty() ? Optional.empty() : Optional.of(new CardId(parent)), Cloze.of(cloze)));
            }
            if (answerAt != answersLength || in.position() != answersStart) {
                return Optional.empty();
            }
            Deck deck = new Deck(name, title, deckSource.isEmpty() ? Optional.empty() : Optional.of(deckSource), cards);
            return Optional.of(new LoadedDeck(deck, location, file, lines));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Keeps a freshly parsed deck with the {@link #digest} of the contents it was parsed from; a cache that
     * cannot be written is simply not used.
     */
    void put(Path file, LoadedDeck loaded, byte[] digest) {
        put(file, file.toAbsolutePath().toString(), loaded, digest);
    }

    /** Keeps a bundled deck, valid while the jar that holds it is the same size and age. */
    void put(Path source, String key, LoadedDeck loaded) {
        put(source, key, loaded, NO_DIGEST);
    }

    private void put(Path source, String key, LoadedDeck loaded, byte[] digest) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(source, BasicFileAttributes.class);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(bytes))) {
                out.writeInt(MAGIC);
                out.writeInt(VERSION);
                out.writeLong(attributes.size());
                out.writeLong(attributes.lastModifiedTime().toMillis());
                string(out, key);
                out.writeInt(digest.length);
                out.write(digest);
                Deck deck = loaded.deck();
                string(out, deck.name());
                string(out, deck.title());
                string(out, deck.source().orElse(""));
                out.writeInt(deck.cards().size());
                byte[][] answers = new byte[deck.cards().size()][];
                int answersLength = 0;
                for (int i = 0; i < answers.length; i++) {
                    answers[i] = deck.cards().get(i).answer().getBytes(StandardCharsets.UTF_8);
                    answersLength += answers[i].length;
                }
                out.writeInt(answersLength);
                int i = 0;
                for (Card card : deck.cards()) {
                    string(out, card.id().value());
                    string(out, card.question());
                    out.writeInt(answers[i++].length);
                    out.writeInt(card.topics().size());
                    for (String topic : card.topics()) {
                        string(out, topic);
                    }
                    string(out, card.section());
                    out.writeInt(card.source().map(SourceRef::line).orElse(0));
                    string(out, card.source().flatMap(SourceRef::imported).orElse(""));
                    string(out, card.parent().map(CardId::value).orElse(""));
                    string(out, card.cloze().map(Cloze::text).orElse(""));
                    out.writeInt(loaded.lineOf(card.id()));
                }
                for (byte[] answer : answers) {
                    out.write(answer);
                }
            }
            Files.createDirectories(dir);
            Path entry = entry(key);
            AtomicFile.cleanStale(dir);
            Path temp = Files.createTempFile(dir, "." + entry.getFileName() + ".", ".tmp");
            try {
                Files.write(temp, bytes.toByteArray());
                Files.move(temp, entry, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException | RuntimeException e) {
            // Only a copy; without it the deck is parsed again next time.
        }
    }

    private Path entry(String key) {
        return dir.resolve(HexFormat.of().formatHex(digest(key.getBytes(StandardCharsets.UTF_8))) + ".deck");
    }

    private static void string(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    /**
     * A 64-bit checksum of a deck file's bytes (CRC-32C and CRC-32 side by side, both computed
     * by the processor): an edit that keeps the size and the time is still seen, and start-up
     * loads no cryptography for it. The cache guards against accidents, not an adversary: a
     * deck is the user's own file, and the cache only ever holds what it parsed.
     */
    static byte[] digest(byte[] content) {
        java.util.zip.CRC32C c = new java.util.zip.CRC32C();
        c.update(content);
        java.util.zip.CRC32 d = new java.util.zip.CRC32();
        d.update(content);
        return ByteBuffer.allocate(8).putInt((int) c.getValue()).putInt((int) d.getValue()).array();
    }

    /** The {@link #digest(byte[])} of a file's content, read a buffer at a time. */
    static byte[] digest(Path file) throws IOException {
        java.util.zip.CRC32C c = new java.util.zip.CRC32C();
        java.util.zip.CRC32 d = new java.util.zip.CRC32();
        byte[] buffer = new byte[1 << 16];
        try (java.io.InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                c.update(buffer, 0, n);
                d.update(buffer, 0, n);
            }
        }
        return ByteBuffer.allocate(8).putInt((int) c.getValue()).putInt((int) d.getValue()).array();
    }

    @SuppressWarnings("unchecked")
    private static <T> T shared(Map<Object, Object> shared, T value) {
        return (T) shared.computeIfAbsent(value, v -> v);
    }

    private static byte[] bytes(ByteBuffer in) {
        byte[] b = new byte[in.getInt()];
        in.get(b);
        return b;
    }

    private static String string(ByteBuffer in) {
        int length = in.getInt();
        String s = new String(in.array(), in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return s;
    }
}
