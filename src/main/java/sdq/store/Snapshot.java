package sdq.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.CRC32;
import sdq.deck.CardId;
import sdq.schedule.CardState;

/**
 * Every card's state, derived from the review log up to a point, so that start-up need not
 * replay years of reviews. Rewritten atomically; the last few are kept as rotating backups. It
 * names the log entry it ends at: a snapshot that does not match the log is rebuilt from it.
 *
 * @param logEnd    the log offset it covers up to
 * @param lastId    the id of the log entry ending there (null for an empty log)
 * @param reviews   the number of reviews (not undone) up to there
 * @param states    each reviewed card's state
 * @param decks     the deck each reviewed card was last in
 * @param suspended the cards suspended
 */
record Snapshot(long logEnd, String lastId, long reviews, Map<CardId, CardState> states, Map<CardId, String> decks,
                java.util.Set<CardId> suspended) {
    static final String NAME = "state.snapshot";
    static final String HEADER = "# sdq state snapshot, version 1";
    static final int BACKUPS = 3;

    static Snapshot empty() {
        return new Snapshot(0, null, 0, new HashMap<>(), new HashMap<>(), new java.util.HashSet<>());
    }

    /** Reads a snapshot; a damaged or truncated one is an {@link IllegalArgumentException}. */
    static Snapshot read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        byte[] header = (HEADER + "\n").getBytes(StandardCharsets.US_ASCII);
        int endLine = lastEndLine(bytes);
        if (!java.util.Arrays.equals(bytes, 0, Math.min(header.length, bytes.length), header, 0, header.length)
                || endLine < 0) {
            throw new IllegalArgumentException("it is incomplete (no end line)");
        }
        // The checksum is over the bytes before the end line, taken from the bytes read (no copy).
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, endLine + 1);
        String[] end = new String(bytes, endLine + 1, bytes.length - endLine - 1, StandardCharsets.UTF_8).strip()
                .split("\t");
        if (end.length != 3 || !String.format("%08x", crc.getValue()).equals(end[2])) {
            throw new IllegalArgumentException("its checksum does not match (the file is damaged)");
        }
        int expected;
        try {
            expected = Integer.parseInt(end[1]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("it is incomplete");
        }
        String body = new String(bytes, 0, endLine + 1, StandardCharsets.UTF_8);
        int capacity = (int) Math.min(1 << 24, Math.max(16, expected * 4L / 3 + 1));
        Map<CardId, CardState> states = new HashMap<>(capacity);
        Map<CardId, String> decks = new HashMap<>(capacity);
        Map<String, String> deckNames = new HashMap<>();
        java.util.Set<CardId> suspended = new java.util.HashSet<>();
        long logEnd = -1;
        String lastId = null;
        long reviews = 0;
        try {
            int at = 0;
            while (at < body.length()) {
                int next = body.indexOf('\n', at);
                String line = body.substring(at, next < 0 ? body.length() : next);
                at = next < 0 ? body.length() : next + 1;
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("C\t")) {
                    // A card's line, read in place: the 100,000 of a big collection make no field strings.
                    int idEnd = line.indexOf('\t', 2);
                    int deckEnd = idEnd < 0 ? -1 : line.indexOf('\t', idEnd + 1);
                    if (deckEnd < 0) {
                        throw new IllegalArgumentException("it has a line it does not expect: " + line);
                    }
                    CardId id = new CardId(line.substring(2, idEnd));
                    String deck = line.substring(idEnd + 1, deckEnd);
                    decks.put(id, deckNames.computeIfAbsent(deck, d -> d));
                    states.put(id, LogCodec.state(line, deckEnd + 1));
                    continue;
                }
                String[] f = LogCodec.fields(line);
                if (f[0].equals("log") && f.length == 4) {
                    logEnd = Long.parseLong(f[1]);
                    lastId = f[2].equals("-") ? null : f[2];
                    reviews = Long.parseLong(f[3]);
                } else if (f[0].equals("S") && f.length == 2) {
                    suspended.add(new CardId(f[1]));
                } else {
                    throw new IllegalArgumentException("it has a line it does not expect: " + line);
                }
            }
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        if (logEnd < 0 || expected != states.size()) {
            throw new IllegalArgumentException("it is incomplete");
        }
        return new Snapshot(logEnd, lastId, reviews, states, decks, suspended);
    }

    /** Where the line break before the last "end" line is, or -1. */
    private static int lastEndLine(byte[] bytes) {
        for (int i = bytes.length - 5; i >= 0; i--) {
            if (bytes[i] == '\n' && bytes[i + 1] == 'e' && bytes[i + 2] == 'n' && bytes[i + 3] == 'd' && bytes[i + 4] == '\t') {
                return i;
            }
        }
        return -1;
    }

    /** Writes the snapshot atomically, after moving the current one to the first backup. */
    void write(Path home) throws IOException {
        StringBuilder out = new StringBuilder(64 + states.size() * 96);
        out.append(HEADER).append('\n');
        out.append("log\t").append(logEnd).append('\t').append(lastId == null ? "-" : lastId).append('\t')
                .append(reviews).append('\n');
        states.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e ->
                out.append("C\t").append(e.getKey().value()).append('\t')
                        .append(decks.getOrDefault(e.getKey(), "-")).append('\t')
                        .append(LogCodec.state(e.getValue())).append('\n'));
        suspended.stream().sorted().forEach(id -> out.append("S\t").append(id.value()).append('\n'));
        CRC32 crc = new CRC32();
        byte[] body = out.toString().getBytes(StandardCharsets.UTF_8);
        crc.update(body);
        out.append("end\t").append(states.size()).append('\t').append(String.format("%08x", crc.getValue())).append('\n');
        try {
            rotate(home);
        } catch (IOException e) {
            throw new IOException(IoProblem.describe("Cannot keep a backup of", home.resolve(NAME), e), e);
        }
        AtomicFile.write(home.resolve(NAME), out.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** snapshot.2 -> .3, .1 -> .2, the current -> .1. */
    private static void rotate(Path home) throws IOException {
        for (int n = BACKUPS - 1; n >= 1; n--) {
            Path from = home.resolve(NAME + "." + n);
            if (Files.exists(from)) {
                Files.move(from, home.resolve(NAME + "." + (n + 1)), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Path current = home.resolve(NAME);
        if (Files.exists(current)) {
            Files.copy(current, home.resolve(NAME + ".1"), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
