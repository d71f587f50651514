package sdq.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import sdq.deck.CardId;
import sdq.schedule.FsrsCard;
import sdq.schedule.FsrsParameters;

/**
 * Each card's FSRS state after the first bytes of the review log, kept beside it ({@value NAME})
 * so that a long log is not replayed whole at every start. A copy is trusted only for the very
 * bytes it was made from (their length and CRC-32C, checked against the log) and the same
 * parameters; an edited, repaired or shorter log, other weights or retention, a damaged or torn
 * copy: each is a miss, the log is replayed and a new copy made. Deleting it only costs time.
 */
final class FsrsCache {
    static final String NAME = "fsrs.cache";
    /** The first line; its version changes whenever the format or FSRS's arithmetic does. */
    private static final String HEADER = "# sdq FSRS states after the review log's first bytes, safe to delete; version 1";
    /** A replay of fewer reviews than this is quick: no copy is made for it. */
    static final long WORTH_KEEPING = 2_000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_ZONED_DATE_TIME;

    private FsrsCache() {
    }

    /** A copy: the states after the log's first {@code logEnd} bytes, whose CRC-32C is {@code logCrc}. */
    record Copy(long logEnd, long logCrc, Map<CardId, FsrsCard> cards) {
    }

    /** The copy in {@code home} made with these parameters, if one is there whole; not yet checked against the log. */
    static Optional<Copy> read(Path home, FsrsParameters parameters) {
        Path file = home.resolve(NAME);
        CRC32 crc = new CRC32();
        Map<CardId, FsrsCard> cards = new HashMap<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            String log = in.readLine();
            if (!HEADER.equals(header) || log == null) {
                return Optional.empty();
            }
            update(crc, header);
            update(crc, log);
            String[] l = log.split("\t", -1);
            if (l.length != 4 || !l[0].equals("log") || !l[3].equals(parameters.toString())) {
                return Optional.empty();
            }
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith("end\t")) {
                    String[] e = line.split("\t", -1);
                    long logEnd = Long.parseLong(l[1]);
                    // A log starts with its header: a copy of fewer bytes is of no log sdq wrote.
                    boolean whole = e.length == 3 && Long.parseLong(e[1]) == cards.size() && logEnd >= ReviewLog.headerEnd()
                            && Long.parseLong(e[2], 16) == crc.getValue() && in.readLine() == null;
                    return whole ? Optional.of(new Copy(logEnd, Long.parseLong(l[2], 16), cards))
                            : Optional.empty();
                }
                update(crc, line);
                String[] f = line.split("\t", -1);
                if (f.length != 10) {
                    return Optional.empty();
                }
                cards.put(new CardId(f[0]), new FsrsCard(FsrsCard.Phase.valueOf(f[1]), Integer.parseInt(f[2]),
                        Double.parseDouble(f[3]), Double.parseDouble(f[4]), time(f[5]), time(f[6]),
                        Integer.parseInt(f[7]), Integer.parseInt(f[8]), Integer.parseInt(f[9])));
            }
            return Optional.empty(); // torn: no end line
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // damaged or unreadable: replayed from the log instead
        }
    }

    /**
     * Whether the log's first {@code copy.logEnd()} bytes are those the copy was made from;
     * they go into {@code crc}, which the rest of the log can then continue.
     */
    static boolean matches(Path log, Copy copy, CRC32C crc) throws IOException {
        try (FileChannel channel = FileChannel.open(log)) {
            if (channel.size() < copy.logEnd()) {
                return false;
            }
            ByteBuffer buffer = ByteBuffer.allocate(1 << 20);
            long left = copy.logEnd();
            while (left > 0) {
                buffer.clear().limit((int) Math.min(buffer.capacity(), left));
                int n = channel.read(buffer);
                if (n < 0) {
                    return false;
                }
                crc.update(buffer.array(), 0, n);
                left -= n;
            }
            return crc.getValue() == copy.logCrc();
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    /** Writes the states after the log's first {@code logEnd} bytes (CRC-32C {@code logCrc}); a failure only costs time later. */
    static void write(Path home, FsrsParameters parameters, long logEnd, long logCrc, Map<CardId, FsrsCard> cards) {
        try {
            AtomicFile.write(home.resolve(NAME), out -> {
                CRC32 crc = new CRC32();
                line(out, crc, HEADER);
                line(out, crc, String.join("\t", "log", Long.toString(logEnd), Long.toHexString(logCrc),
                        parameters.toString()));
                for (Map.Entry<CardId, FsrsCard> e : cards.entrySet()) {
                    FsrsCard c = e.getValue();
                    line(out, crc, String.join("\t", e.getKey().value(), c.phase().name(), Integer.toString(c.step()),
                            Double.toString(c.stability()), Double.toString(c.difficulty()), time(c.lastReview()),
                            time(c.due()), Integer.toString(c.scheduledDays()), Integer.toString(c.reps()),
                            Integer.toString(c.lapses())));
                }
                out.write("end\t" + cards.size() + "\t" + Long.toHexString(crc.getValue()) + "\n");
            });
        } catch (IOException | RuntimeException e) {
            // A read-only or full state directory: the next start replays the log again.
        }
    }

    /** Removes a copy that no longer matches the log (a failure only costs time). */
    static void remove(Path home) {
        try {
            Files.deleteIfExists(home.resolve(NAME));
        } catch (IOException e) {
            // left for the next replay to replace
        }
    }

    private static void line(java.io.Writer out, CRC32 crc, String line) throws IOException {
        update(crc, line);
        out.write(line);
        out.write('\n');
    }

    private static void update(CRC32 crc, String line) {
        crc.update(line.getBytes(StandardCharsets.UTF_8));
        crc.update('\n');
    }

    private static String time(Optional<ZonedDateTime> at) {
        return at.map(TIME::format).orElse("-");
    }

    private static Optional<ZonedDateTime> time(String text) {
        return text.equals("-") ? Optional.empty() : Optional.of(LogCodec.time(text));
    }
}
