package sdq.store;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.zip.CRC32;
import sdq.deck.CardId;
import sdq.deck.Deck;
import sdq.schedule.CardState;
import sdq.schedule.Grade;
import sdq.schedule.Review;

/**
 * One line of the review log or the snapshot, tab separated, ending in a CRC-32 of the rest so
 * that a torn or damaged line is recognised rather than misread.
 */
final class LogCodec {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_ZONED_DATE_TIME;

    private LogCodec() {
    }

    static String line(LogEntry entry) {
        String body;
        if (entry instanceof LogEntry.Reviewed r) {
            Review v = r.review();
            body = String.join("\t", "R", v.id(), v.card().value(), v.deck(), TIME.format(v.at()), v.grade().word(),
                    Integer.toString(v.boxBefore()), Integer.toString(v.boxAfter()), v.rescheduled() ? "y" : "n");
        } else if (entry instanceof LogEntry.Suspension s) {
            body = String.join("\t", "S", s.id(), s.card().value(), TIME.format(s.at()), s.suspended() ? "y" : "n");
        } else if (entry instanceof LogEntry.Reset x) {
            body = String.join("\t", "X", x.id(), x.card().value(), TIME.format(x.at()), state(x.before()));
        } else {
            LogEntry.Undone u = (LogEntry.Undone) entry;
            body = String.join("\t", "U", u.id(), u.undoneId(), u.card().value(), TIME.format(u.at()), state(u.restored()));
        }
        return sealed(body);
    }

    static LogEntry parse(String line) {
        String[] f = fields(unsealed(line));
        try {
            if (f[0].equals("R") && f.length == 9) {
                return new LogEntry.Reviewed(new Review(f[1], new CardId(f[2]), deckName(f[3]),
                        time(f[4]), grade(f[5]), Integer.parseInt(f[6]), Integer.parseInt(f[7]),
                        yesNo(f[8])));
            }
            if (f[0].equals("S") && f.length == 5) {
                return new LogEntry.Suspension(f[1], new CardId(f[2]), time(f[3]), yesNo(f[4]));
            }
            if (f[0].equals("X") && f.length == 11) {
                return new LogEntry.Reset(f[1], new CardId(f[2]), time(f[3]), state(f, 4));
            }
            if (f[0].equals("U") && f.length == 12) {
                return new LogEntry.Undone(f[1], f[2], new CardId(f[3]), time(f[4]),
                        state(f, 5));
            }
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new IllegalArgumentException("a field is not what it should be (" + e.getMessage() + ")");
        }
        throw new IllegalArgumentException("not a review, an undo, a suspension or a reset");
    }

    private static final java.util.Map<String, java.time.ZoneId> ZONES = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * A time as sdq writes it ({@code 2026-11-01T09:00:00+01:00[Europe/Berlin]}), read by hand:
     * {@code sdq stats} reads a million of them, and the ISO parser takes most of that time.
     * Any other form goes to the ISO parser.
     */
    static ZonedDateTime time(String text) {
        int n = text.length();
        if (n >= 27 && text.charAt(4) == '-' && text.charAt(7) == '-' && text.charAt(10) == 'T' && text.charAt(13) == ':'
                && text.charAt(16) == ':' && (text.charAt(19) == '+' || text.charAt(19) == '-') && text.charAt(22) == ':'
                && text.charAt(25) == '[' && text.charAt(n - 1) == ']' && allDigits(text)) {
            try {
                java.time.LocalDateTime local = java.time.LocalDateTime.of(digits(text, 0, 4), digits(text, 5, 7),
                        digits(text, 8, 10), digits(text, 11, 13), digits(text, 14, 16), digits(text, 17, 19));
                int offset = (digits(text, 20, 22) * 3600 + digits(text, 23, 25) * 60) * (text.charAt(19) == '-' ? -1 : 1);
                String zone = text.substring(26, n - 1);
                java.time.ZoneId id = ZONES.get(zone);
                if (id == null) {
                    id = java.time.ZoneId.of(zone);
                    if (ZONES.size() < 1000) {
                        ZONES.put(zone, id);
                    }
                }
                java.time.ZoneOffset zoneOffset = java.time.ZoneOffset.ofTotalSeconds(offset);
                if (id.getRules().isValidOffset(local, zoneOffset)) {
                    return ZonedDateTime.ofLocal(local, id, zoneOffset);
                }
            } catch (java.time.DateTimeException e) {
                // not a time after all: the parser says why
            }
        }
        return ZonedDateTime.parse(text, TIME);
    }

    private static final int[] DIGIT_AT = {0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18, 20, 21, 23, 24};

    /** Whether the date, time and offset positions of the text hold digits. */
    private static boolean allDigits(String text) {
        for (int i : DIGIT_AT) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** A card's state as tab-separated fields: box, scheduled, introduced, last reviewed, counts, grade. */
    static String state(CardState s) {
        return String.join("\t", Integer.toString(s.box()), day(s.scheduled()), day(s.introduced()),
                day(s.lastReviewed()), Integer.toString(s.reviews()), Integer.toString(s.lapses()),
                s.lastGrade().map(Grade::word).orElse("-"));
    }

    static CardState state(String[] f, int from) {
        return new CardState(Integer.parseInt(f[from]), day(f[from + 1]), day(f[from + 2]), day(f[from + 3]),
                Integer.parseInt(f[from + 4]), Integer.parseInt(f[from + 5]),
                f[from + 6].equals("-") ? Optional.empty() : Optional.of(grade(f[from + 6])));
    }

    /**
     * A card's state from the seven tab-separated fields of {@code line} that start at
     * {@code from} (the last ending the line), read in place without a string for each.
     */
    static CardState state(String line, int from) {
        int[] ends = new int[7];
        int at = from;
        for (int k = 0; k < 7; k++) {
            int tab = line.indexOf('\t', at);
            if (k < 6 && tab < 0 || k == 6 && tab >= 0) {
                throw new IllegalArgumentException("a card's state has 7 fields");
            }
            ends[k] = tab < 0 ? line.length() : tab;
            at = ends[k] + 1;
        }
        int start1 = ends[0] + 1;
        int start2 = ends[1] + 1;
        int start3 = ends[2] + 1;
        int start6 = ends[5] + 1;
        String grade = line.substring(start6);
        return new CardState(Integer.parseInt(line, from, ends[0], 10), day(line, start1, ends[1]),
                day(line, start2, ends[2]), day(line, start3, ends[3]),
                Integer.parseInt(line, ends[3] + 1, ends[4], 10), Integer.parseInt(line, ends[4] + 1, ends[5], 10),
                grade.equals("-") ? Optional.empty() : GRADES.get(grade(grade)));
    }

    private static Optional<LocalDate> day(String line, int from, int to) {
        if (to - from == 1 && line.charAt(from) == '-') {
            return Optional.empty();
        }
        if (to - from == 10 && line.charAt(from + 4) == '-' && line.charAt(from + 7) == '-') {
            int year = digits(line, from, from + 4);
            int month = digits(line, from + 5, from + 7);
            int day = digits(line, from + 8, from + 10);
            // The states of 100,000 cards name a few hundred days: one object for each day.
            int key = year * 10_000 + month * 100 + day;
            Optional<LocalDate> known = DAYS.get(key);
            if (known == null) {
                known = Optional.of(LocalDate.of(year, month, day));
                if (DAYS.size() < MAX_DAYS) {
                    DAYS.put(key, known);
                }
            }
            return known;
        }
        return day(line.substring(from, to));
    }

    private static final int MAX_DAYS = 20_000;
    private static final java.util.Map<Integer, Optional<LocalDate>> DAYS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.Map<Grade, Optional<Grade>> GRADES = new java.util.EnumMap<>(Grade.class);

    static {
        for (Grade g : Grade.values()) {
            GRADES.put(g, Optional.of(g));
        }
    }

    /** The text with its CRC appended. */
    static String sealed(String body) {
        return body + "\t" + crc(body);
    }

    /** The text without its CRC, which must match. */
    static String unsealed(String line) {
        int tab = line.lastIndexOf('\t');
        if (tab < 0 || line.length() - tab != 9) {
            throw new IllegalArgumentException("it has no checksum");
        }
        String body = line.substring(0, tab);
        if (!crc(body).equals(line.substring(tab + 1))) {
            throw new IllegalArgumentException("its checksum does not match (the line is damaged)");
        }
        return body;
    }

    static String crc(String text) {
        CRC32 crc = new CRC32();
        crc.update(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        // Eight lower-case hex digits, without a Formatter (the log is checked a line at a time).
        String hex = Long.toHexString(crc.getValue());
        return hex.length() == 8 ? hex : "0".repeat(8 - hex.length()) + hex;
    }

    private static String day(Optional<LocalDate> day) {
        return day.map(LocalDate::toString).orElse("-");
    }

    /** A day written yyyy-mm-dd, or "-" for none; read by hand, as start-up reads thousands. */
    private static Optional<LocalDate> day(String text) {
        if (text.equals("-")) {
            return Optional.empty();
        }
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            return Optional.of(LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10)));
        }
        return Optional.of(LocalDate.parse(text));
    }

    private static int digits(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("not a date: " + text);
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /** The tab-separated fields of a line, without regular expressions. */
    static String[] fields(String line) {
        int count = 1;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '\t') {
                count++;
            }
        }
        String[] out = new String[count];
        int start = 0;
        for (int k = 0; k < count; k++) {
            int tab = line.indexOf('\t', start);
            int end = tab < 0 ? line.length() : tab;
            out[k] = line.substring(start, end);
            start = end + 1;
        }
        return out;
    }

    private static Grade grade(String word) {
        return Grade.parse(word).orElseThrow(() -> new IllegalArgumentException("unknown grade " + word));
    }

    private static boolean yesNo(String text) {
        if (!text.equals("y") && !text.equals("n")) {
            throw new IllegalArgumentException("expected y or n, found " + text);
        }
        return text.equals("y");
    }

    private static String deckName(String name) {
        if (!Deck.isValidName(name)) {
            throw new IllegalArgumentException("not a deck name: " + name);
        }
        return name;
    }
}
