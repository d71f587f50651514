package sdq.store;

import java.io.BufferedOutputStream;
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
 * read, and a session reads a few. The topic lists and sections a deck's cards share are written
 * once, at its start, and each card names its own by number.
 */
final class DeckCache {
    private static final int MAGIC = 0x53445143; // "SDQC"
    private static final int VERSION = 8;
    private static final byte[] NO_DIGEST = new byte[0];

    private final Path dir;
    /** Whether this cache has cleaned up what interrupted writes left: once, not at every entry (thousands in an import). */
    private final java.util.concurrent.atomic.AtomicBoolean cleaned = new java.util.concurrent.atomic.AtomicBoolean();

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
            // The answers, together at the end of the entry (each its length and its bytes, then the
            // length of them all): kept as one array, each decoded when it is read.
            if (in.limit() - in.position() < 4) {
                return Optional.empty();
            }
            int answersLength = in.getInt(in.limit() - 4);
            int answersStart = in.limit() - 4 - answersLength;
            if (answersLength < 0 || answersStart < in.position()) {
                return Optional.empty();
            }
            byte[] answers = java.util.Arrays.copyOfRange(in.array(), answersStart, in.limit() - 4);
            ByteBuffer answerLengths = ByteBuffer.wrap(answers);
            int answerAt = 0;
            // Topic lists and sections repeat from card to card: each is read once, and cards name it by number.
            Map<String, String> topicNames = new HashMap<>();
            List<List<String>> topicLists = new ArrayList<>();
            for (int n = in.getInt(), k = 0; k < n; k++) {
                String[] names = new String[in.getInt()];
                for (int t = 0; t < names.length; t++) {
                    names[t] = topicNames.computeIfAbsent(string(in), x -> x);
                }
                topicLists.add(List.of(names));
            }
            String[] sections = new String[in.getInt()];
            for (int k = 0; k < sections.length; k++) {
                sections[k] = string(in);
            }
            List<Card> cards = new ArrayList<>(count);
            int[] lines = new int[count];
            for (int i = 0; i < count; i++) {
                CardId id = new CardId(string(in));
                String q = string(in);
                int answerLength = answerLengths.getInt(answerAt);
                sdq.deck.AnswerText a = sdq.deck.AnswerText.utf8(answers, answerAt + 4, answerLength);
                answerAt += 4 + answerLength;
                List<String> topics = topicLists.get(in.getInt());
                String section = sections[in.getInt()];
                int sourceLine = in.getInt();
                String imported = string(in);
                String parent = string(in);
                String cloze = string(in);
                lines[i] = in.getInt();
                cards.add(new Card(id, q, a, topics, section,
                        sourceLine > 0 ? Optional.of(new SourceRef(sourceLine,
                                imported.isEmpty() ? Optional.empty() : Optional.of(imported))) : Optional.empty(),
                        parent.isEmpty() ? Optional.empty() : Optional.of(new CardId(parent)),
                        cloze.isEmpty() ? Optional.empty() : Cloze.of(cloze)));
            }
            if (answerAt != answersLength || in.position() != answersStart) {
                return Optional.empty();
            }
            Deck deck = new Deck(name, title, deckSource.isEmpty() ? Optional.empty() : Optional.of(deckSource), cards);
            return Optional.of(new LoadedDeck(deck, location, file, new CardLines(deck.cards(), lines)));
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
            Files.createDirectories(dir);
            Path entry = entry(key);
            if (cleaned.compareAndSet(false, true)) {
                AtomicFile.cleanStale(dir);
            }
            Path temp = Files.createTempFile(dir, "." + entry.getFileName() + ".", ".tmp");
            try {
                // Written as it is made, an answer at a time: a deck of 50 MB is not held a second time.
                try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temp),
                        1 << 16))) {
                    write(out, key, attributes, loaded, digest);
                }
                Files.move(temp, entry, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException | RuntimeException e) {
            // Only a copy; without it the deck is parsed again next time.
        }
    }

    private static void write(DataOutputStream out, String key, BasicFileAttributes attributes, LoadedDeck loaded,
                              byte[] digest) throws IOException {
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
        Map<List<String>, Integer> topicLists = new LinkedHashMap<>();
        Map<String, Integer> sections = new LinkedHashMap<>();
        for (Card card : deck.cards()) {
            topicLists.putIfAbsent(card.topics(), topicLists.size());
            sections.putIfAbsent(card.section(), sections.size());
        }
        out.writeInt(topicLists.size());
        for (List<String> topics : topicLists.keySet()) {
            out.writeInt(topics.size());
            for (String topic : topics) {
                string(out, topic);
            }
        }
        out.writeInt(sections.size());
        for (String section : sections.keySet()) {
            string(out, section);
        }
        for (Card card : deck.cards()) {
            string(out, card.id().value());
            string(out, card.question());
            out.writeInt(topicLists.get(card.topics()));
            out.writeInt(sections.get(card.section()));
            out.writeInt(card.source().map(SourceRef::line).orElse(0));
            string(out, card.source().flatMap(SourceRef::imported).orElse(""));
            string(out, card.parent().map(CardId::value).orElse(""));
            string(out, card.cloze().map(Cloze::text).orElse(""));
            out.writeInt(loaded.lineOf(card.id()));
        }
        int before = out.size();
        for (Card card : deck.cards()) {
            string(out, card.answer());
        }
        out.writeInt(out.size() - before);
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
        return digest(file, (buffer, n) -> { });
    }

    /** As {@link #digest(Path)}, showing {@code read} each buffer as it is read (its first {@code n} bytes). */
    static byte[] digest(Path file, java.util.function.ObjIntConsumer<byte[]> read) throws IOException {
        java.util.zip.CRC32C c = new java.util.zip.CRC32C();
        java.util.zip.CRC32 d = new java.util.zip.CRC32();
        byte[] buffer = new byte[1 << 16];
        try (java.io.InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                c.update(buffer, 0, n);
                d.update(buffer, 0, n);
                read.accept(buffer, n);
            }
        }
        return ByteBuffer.allocate(8).putInt((int) c.getValue()).putInt((int) d.getValue()).array();
    }

    private static byte[] bytes(ByteBuffer in) {
        byte[] b = new byte[in.getInt()];
        in.get(b);
        return b;
    }

    private static String string(ByteBuffer in) {
        int length = in.getInt();
        if (length == 0) {
            return "";
        }
        String s = new String(in.array(), in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return s;
    }
}
