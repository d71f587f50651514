package sdq.store;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Optional;
import sdq.schedule.FsrsCard;

/**
 * FSRS states by place, held as columns of numbers rather than as objects. A replay of a long
 * log keeps two states for each of many cards (the current one, and the one an undo would give
 * back); as objects (a card, two optional times) they would outlive every young collection and be
 * copied at each one, which was a third of a first FSRS start at a million reviews. A state
 * comes back equal to the one put in: a time is its instant and its zone, and a zoned time is
 * exactly determined by the two.
 */
final class FsrsColumns {
    /** No time: the state's Optional is empty. */
    private static final long NONE = Long.MIN_VALUE;
    private static final FsrsCard.Phase[] PHASES = FsrsCard.Phase.values();

    /** The phase's ordinal + 1; 0 where no state is held. */
    private byte[] phase;
    private int[] step;
    private int[] scheduledDays;
    private int[] reps;
    private int[] lapses;
    private double[] stability;
    private double[] difficulty;
    private long[] lastSecond;
    private int[] lastNano;
    private long[] dueSecond;
    private int[] dueNano;
    /** Index into {@link #zones} of each time's zone (both columns index the same table of zones). */
    private short[] lastZone;
    private short[] dueZone;
    /** The distinct zones met: few (usually one), so a linear search is quickest. */
    private ZoneId[] zones = new ZoneId[4];
    private int zoneCount;

    FsrsColumns(int size) {
        phase = new byte[size];
        step = new int[size];
        scheduledDays = new int[size];
        reps = new int[size];
        lapses = new int[size];
        stability = new double[size];
        difficulty = new double[size];
        lastSecond = new long[size];
        lastNano = new int[size];
        dueSecond = new long[size];
        dueNano = new int[size];
        lastZone = new short[size];
        dueZone = new short[size];
    }

    /** Room for places up to {@code size} (exclusive). */
    void grow(int size) {
        if (size <= phase.length) {
            return;
        }
        phase = Arrays.copyOf(phase, size);
        step = Arrays.copyOf(step, size);
        scheduledDays = Arrays.copyOf(scheduledDays, size);
        reps = Arrays.copyOf(reps, size);
        lapses = Arrays.copyOf(lapses, size);
        stability = Arrays.copyOf(stability, size);
        difficulty = Arrays.copyOf(difficulty, size);
        lastSecond = Arrays.copyOf(lastSecond, size);
        lastNano = Arrays.copyOf(lastNano, size);
        dueSecond = Arrays.copyOf(dueSecond, size);
        dueNano = Arrays.copyOf(dueNano, size);
        lastZone = Arrays.copyOf(lastZone, size);
        dueZone = Arrays.copyOf(dueZone, size);
    }

    boolean has(int i) {
        return phase[i] != 0;
    }

    /** The state at {@code i}; null when none is held there. */
    FsrsCard get(int i) {
        if (phase[i] == 0) {
            return null;
        }
        return new FsrsCard(PHASES[phase[i] - 1], step[i], stability[i], difficulty[i],
                time(lastSecond[i], lastNano[i], lastZone[i]), time(dueSecond[i], dueNano[i], dueZone[i]),
                scheduledDays[i], reps[i], lapses[i]);
    }

    /** Holds {@code card} at {@code i}; null: none. */
    void set(int i, FsrsCard card) {
        if (card == null) {
            phase[i] = 0;
            return;
        }
        phase[i] = (byte) (card.phase().ordinal() + 1);
        step[i] = card.step();
        stability[i] = card.stability();
        difficulty[i] = card.difficulty();
        scheduledDays[i] = card.scheduledDays();
        reps[i] = card.reps();
        lapses[i] = card.lapses();
        ZonedDateTime last = card.lastReview().orElse(null);
        lastSecond[i] = last == null ? NONE : last.toEpochSecond();
        lastNano[i] = last == null ? 0 : last.getNano();
        lastZone[i] = last == null ? 0 : zone(last.getZone());
        ZonedDateTime due = card.due().orElse(null);
        dueSecond[i] = due == null ? NONE : due.toEpochSecond();
        dueNano[i] = due == null ? 0 : due.getNano();
        dueZone[i] = due == null ? 0 : zone(due.getZone());
    }

    private Optional<ZonedDateTime> time(long second, int nano, short zone) {
        return second == NONE ? Optional.empty()
                : Optional.of(ZonedDateTime.ofInstant(Instant.ofEpochSecond(second, nano), zones[zone]));
    }

    private short zone(ZoneId zone) {
        for (int k = 0; k < zoneCount; k++) {
            if (zones[k] == zone || zones[k].equals(zone)) {
                return (short) k;
            }
        }
        if (zoneCount == Short.MAX_VALUE) {
            throw new IllegalStateException("more than " + Short.MAX_VALUE + " time zones in one review log");
        }
        if (zoneCount == zones.length) {
            zones = Arrays.copyOf(zones, zoneCount * 2);
        }
        zones[zoneCount] = zone;
        return (short) zoneCount++;
    }
}
