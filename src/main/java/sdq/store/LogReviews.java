package sdq.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.zip.CRC32;
import sdq.deck.CardId;
import sdq.deck.Deck;
import sdq.schedule.Grade;
import sdq.schedule.Review;

/**
 * A quick pass over the whole review log for what reads every review but little of each
 * ({@code sdq stats}, the FSRS replay). A review line in the form sdq writes is read from its
 * bytes: its checksum checked in place, its card id and deck name made into objects once each,
 * its time read as digits. Any other line goes through {@link LogCodec}, so exactly the entries
 * {@link ReviewLog#read} gives are given, in the same order, and damaged lines are skipped.
 */
final class LogReviews {
    /** What the pass gives, entry by entry. */
    interface Visitor {
        /** A review (however it was read); {@code review} is reused for the next one. */
        void review(Current review);

        /** Any other entry: an undo, a suspension or a reset; {@code cardIndex} as {@link Current#cardIndex()}. */
        void entry(LogEntry entry, int cardIndex);
    }

    /** The review being visited: valid until the visitor returns. */
    static final class Current {
        private long idHash;
        private int cardIndex;
        private CardId card;
        private Grade grade;
        private int boxAfter;
        private boolean rescheduled;
        private LocalDate day;
        private ZonedDateTime at;
        // Where the time is, when it was read from the line's bytes and not yet made into an object.
        private byte[] line;
        private int timeFrom;
        private int timeTo;

        /** {@link #hash} of the review's id. */
        long idHash() {
            return idHash;
        }

        CardId card() {
            return card;
        }

        /** The card's place among the cards of this pass, counted from 0 in the order they first appear. */
        int cardIndex() {
            return cardIndex;
        }

        Grade grade() {
            return grade;
        }

        int boxAfter() {
            return boxAfter;
        }

        boolean rescheduled() {
            return rescheduled;
        }

        /** The day of the review in its own zone (its time's {@code toLocalDate()}). */
        LocalDate day() {
            return day;
        }

        /** When the review was: made when asked for. */
        ZonedDateTime at() {
            if (at == null) {
                at = LogCodec.time(new String(line, timeFrom, timeTo - timeFrom, StandardCharsets.ISO_8859_1));
            }
            return at;
        }
    }

    private final Visitor visitor;
    private final Current current = new Current();
    private final ByteNames cards = new ByteNames();
    private final ByteNames decks = new ByteNames();
    private final LogTimes times = new LogTimes();
    private final CRC32 crc = new CRC32();
    private final int[] tabs = new int[8];
    private long quickly;
    private java.util.zip.Checksum checksum;
    private long readTo;

    private LogReviews(Visitor visitor) {
        this.visitor = visitor;
    }

    /** What a pass read: the offset after the last whole line, and how many reviews it read the quick way. */
    record Pass(long end, long quickly) {
    }

    /**
     * Visits every valid entry of the log at {@code file} (a missing file has none); returns how
     * many of its reviews were read the quick way, from their bytes.
     */
    static long read(Path file, Visitor visitor) throws IOException {
        return read(file, 0, null, visitor).quickly();
    }

    /**
     * Visits every valid entry of the log from byte {@code from} (the start of a line), each
     * whole line read going into {@code checksum} too, when given, with its newline.
     */
    static Pass read(Path file, long from, java.util.zip.Checksum checksum, Visitor visitor) throws IOException {
        if (!Files.exists(file)) {
            return new Pass(0, 0);
        }
        LogReviews pass = new LogReviews(visitor);
        pass.checksum = checksum;
        pass.readTo = from;
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(file);
             InputStream in = java.nio.channels.Channels.newInputStream(channel.position(from))) {
            pass.lines(in);
        } catch (java.nio.file.AccessDeniedException e) {
            throw e;
        } catch (IOException e) {
            throw new IOException(IoProblem.describe("Cannot read", file, e), e);
        }
        return new Pass(pass.readTo, pass.quickly);
    }

    /** FNV-1a, 64 bits, over the characters of a review id: the same for the id read as bytes (ids sdq writes are ASCII). */
    static long hash(String id) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < id.length(); i++) {
            h = (h ^ id.charAt(i)) * 0x100000001b3L;
        }
        return h;
    }

    /** Splits the stream into lines as {@link ReviewLog} does: a last line without its newline is torn and left out. */
    private void lines(InputStream in) throws IOException {
        byte[] block = new byte[1 << 16];
        byte[] line = new byte[256];
        int length = 0;
        int filled;
        while ((filled = in.read(block)) >= 0) {
            int at = 0;
            while (at < filled) {
                int end = at;
                while (end < filled && block[end] != '\n') {
                    end++;
                }
                int run = end - at;
                if (length + run > line.length) {
                    line = java.util.Arrays.copyOf(line, Math.max(line.length * 2, length + run));
                }
                System.arraycopy(block, at, line, length, run);
                length += run;
                at = end;
                if (end < filled) {
                    at++;
                    if (checksum != null) {
                        checksum.update(line, 0, length);
                        checksum.update('\n');
                    }
                    readTo += length + 1;
                    line(line, length);
                    length = 0;
                }
            }
        }
    }

    private void line(byte[] line, int length) {
        if (length == 0 || line[0] == '#') {
            return;
        }
        if (!quick(line, length)) {
            String text = new String(line, 0, length, StandardCharsets.UTF_8);
            LogEntry entry;
            try {
                entry = LogCodec.parse(text);
            } catch (IllegalArgumentException e) {
                return; // damaged: ReviewLog lists it, this pass skips it
            }
            if (entry instanceof LogEntry.Reviewed r) {
                review(r.review());
            } else {
                visitor.entry(entry, index(entry.card()));
            }
        }
    }

    private int index(CardId card) {
        byte[] id = card.value().getBytes(StandardCharsets.ISO_8859_1); // a valid id is ASCII
        return cards.index(id, 0, id.length, CardId::isValid);
    }

    private void review(Review r) {
        current.idHash = hash(r.id());
        current.cardIndex = index(r.card());
        current.card = cards.card(current.cardIndex);
        current.grade = r.grade();
        current.boxAfter = r.boxAfter();
        current.rescheduled = r.rescheduled();
        current.at = r.at();
        current.day = r.at().toLocalDate();
        visitor.review(current);
    }

    /**
     * Reads a review line of the form sdq writes (ASCII, nine fields and a checksum, the time
     * as {@code 2026-11-01T09:00:00+01:00[Europe/Berlin]}) and gives it to the visitor; false,
     * having given nothing, for any other line, which the full parser then reads or rejects.
     */
    private boolean quick(byte[] b, int n) {
        if (n < 12 || b[0] != 'R' || b[1] != '\t' || b[n - 9] != '\t') {
            return false;
        }
        int body = n - 9;
        int count = 0;
        for (int i = 0; i < body; i++) {
            byte c = b[i];
            if (c < 0) {
                return false; // not ASCII: decoded as text by the full parser
            }
            if (c == '\t') {
                if (count == tabs.length) {
                    return false;
                }
                tabs[count++] = i;
            }
        }
        if (count != 8 || !LogBytes.checksumMatches(crc, b, body)) {
            return false;
        }
        int cardIndex = cards.index(b, tabs[1] + 1, tabs[2], CardId::isValid);
        if (cardIndex < 0 || decks.index(b, tabs[2] + 1, tabs[3], Deck::isValidName) < 0) {
            return false;
        }
        Grade grade = LogBytes.grade(b, tabs[4] + 1, tabs[5]);
        int boxBefore = LogBytes.smallNumber(b, tabs[5] + 1, tabs[6]);
        int boxAfter = LogBytes.smallNumber(b, tabs[6] + 1, tabs[7]);
        int yesNo = tabs[7] + 2 == body ? b[tabs[7] + 1] : 0;
        if (grade == null || boxBefore < 1 || boxAfter < 1 || yesNo != 'y' && yesNo != 'n') {
            return false;
        }
        LocalDate day = times.day(b, tabs[3] + 1, tabs[4]);
        if (day == null) {
            return false;
        }
        current.idHash = LogBytes.hash(b, tabs[0] + 1, tabs[1]);
        current.cardIndex = cardIndex;
        current.card = cards.card(cardIndex);
        current.grade = grade;
        current.boxAfter = boxAfter;
        current.rescheduled = yesNo == 'y';
        current.day = day;
        current.at = null;
        current.line = b;
        current.timeFrom = tabs[3] + 1;
        current.timeTo = tabs[4];
        quickly++;
        visitor.review(current);
        return true;
    }
}
