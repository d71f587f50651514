package sdq.store;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The day of a time as the log writes it ({@code 2026-11-01T09:00:00+01:00[Europe/Berlin]}),
 * read from its digits without making the time: given only where {@link LogCodec#time} would
 * read the same time on the same day, that is where the offset is its zone's only one all that
 * day (once per zone, offset and day); null elsewhere (a day the clocks change, a malformed
 * time), for the full parser to read.
 */
final class LogTimes {
    private static final int[] DIGIT_AT = {0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18, 20, 21, 23, 24};
    private static final LocalDate NONE = LocalDate.MIN;

    private final Map<String, ZoneId> zones = new HashMap<>();
    private final Map<String, Integer> zoneIndex = new HashMap<>();
    private final Map<Long, LocalDate> days = new HashMap<>();
    private byte[] lastZone = new byte[0];
    private ZoneId lastZoneId;
    private int lastZoneIndex;
    private long lastKey = -1;
    private LocalDate lastDay;

    LocalDate day(byte[] b, int from, int to) {
        int n = to - from;
        if (n < 28 || b[from + 4] != '-' || b[from + 7] != '-' || b[from + 10] != 'T' || b[from + 13] != ':'
                || b[from + 16] != ':' || b[from + 19] != '+' && b[from + 19] != '-' || b[from + 22] != ':'
                || b[from + 25] != '[' || b[to - 1] != ']') {
            return null;
        }
        for (int i : DIGIT_AT) {
            if (b[from + i] < '0' || b[from + i] > '9') {
                return null;
            }
        }
        int hour = digits(b, from + 11);
        int minute = digits(b, from + 14);
        int second = digits(b, from + 17);
        int offsetHours = digits(b, from + 20);
        int offsetMinutes = digits(b, from + 23);
        if (hour > 23 || minute > 59 || second > 59 || offsetHours > 18 || offsetMinutes > 59
                || offsetHours == 18 && offsetMinutes > 0) {
            return null;
        }
        int offset = (offsetHours * 3600 + offsetMinutes * 60) * (b[from + 19] == '-' ? -1 : 1);
        if (!zone(b, from + 26, to - 1)) {
            return null;
        }
        int date = (digits(b, from) * 100 + digits(b, from + 2)) * 10_000 + digits(b, from + 5) * 100
                + digits(b, from + 8);
        long key = ((long) lastZoneIndex << 48) | ((long) (offset + 65_000) << 28) | date;
        if (key != lastKey) {
            lastDay = days.computeIfAbsent(key, k -> wholeDay(date, ZoneOffset.ofTotalSeconds(offset)));
            lastKey = key;
        }
        return lastDay == NONE ? null : lastDay;
    }

    /** Whether the zone named in {@code b[from, to)} is one: then it is the last zone. */
    private boolean zone(byte[] b, int from, int to) {
        if (lastZoneId != null && Arrays.equals(lastZone, 0, lastZone.length, b, from, to)) {
            return true;
        }
        String name = new String(b, from, to - from, StandardCharsets.ISO_8859_1);
        ZoneId id = zones.get(name);
        if (id == null && !zones.containsKey(name)) {
            try {
                id = ZoneId.of(name);
            } catch (DateTimeException e) {
                id = null;
            }
            zones.put(name, id);
        }
        if (id == null) {
            return false;
        }
        lastZone = Arrays.copyOfRange(b, from, to);
        lastZoneId = id;
        lastZoneIndex = zoneIndex.computeIfAbsent(name, k -> zoneIndex.size() + 1);
        return true;
    }

    /** The day, if the offset is its zone's only valid one from its first moment to its last; else NONE. */
    private LocalDate wholeDay(int date, ZoneOffset offset) {
        LocalDate day;
        try {
            day = LocalDate.of(date / 10_000, date / 100 % 100, date % 100);
        } catch (DateTimeException e) {
            return NONE;
        }
        ZoneRules rules = lastZoneId.getRules();
        if (!rules.isValidOffset(day.atStartOfDay(), offset)) {
            return NONE;
        }
        ZoneOffsetTransition next = rules.nextTransition(day.atStartOfDay().toInstant(offset).minusSeconds(1));
        boolean changes = next != null && next.getInstant().isBefore(day.plusDays(1).atStartOfDay().toInstant(offset));
        return changes ? NONE : day;
    }

    private static int digits(byte[] b, int at) {
        return (b[at] - '0') * 10 + (b[at + 1] - '0');
    }
}
