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
    private static final FsrsCard.Phase[] PHASES = FsrsCard.Phase.values();

    /** The phase's ordinal + 1; 0 where no state is held. */
    private byte[] phase;
    private int[] step;
    private int[] scheduledDays;
    private int[] reps;
    private int[] lapses;
    private double[] stability;
    private double[] difficulty;
    private final Zones zones = new Zones();
    private final Times last;
    private final Times due;

    FsrsColumns(int size) {
        phase = new byte[size];
        step = new int[size];
        scheduledDays = new int[size];
        reps = new int[size];
        lapses = new int[size];
        stability = new double[size];
        difficulty = new double[size];
        last = new Times(size, zones);
        due = new Times(size, zones);
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
        last.grow(size);
        due.grow(size);
    }

    boolean has(int i) {
        return phase[i] != 0;
    }

    /** The state at {@code i}; null when none is held there. */
    FsrsCard get(int i) {
        if (phase[i] == 0) {
            return null;
        }
        return new FsrsCard(PHASES[phase[i] - 1], step[i], stability[i], difficulty[i], last.get(i), due.get(i),
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
        last.set(i, card.lastReview());
        due.set(i, card.due());
    }

    /** A column of optional zoned times: each its instant (second and nano) and its zone's place in {@link Zones}. */
    private static final class Times {
        /** No time: the Optional is empty. */
        private static final long NONE = Long.MIN_VALUE;
        private final Zones zones;
        private long[] second;
        private int[] nano;
        private short[] zone;

        Times(int size, Zones zones) {
            this.zones = zones;
            second = new long[size];
            nano = new int[size];
            zone = new short[size];
        }

        void grow(int size) {
            second = Arrays.copyOf(second, size);
            nano = Arrays.copyOf(nano, size);
            zone = Arrays.copyOf(zone, size);
        }

        Optional<ZonedDateTime> get(int i) {
            return second[i] == NONE ? Optional.empty()
                    : Optional.of(ZonedDateTime.ofInstant(Instant.ofEpochSecond(second[i], nano[i]), zones.at(zone[i])));
        }

        void set(int i, Optional<ZonedDateTime> time) {
            ZonedDateTime t = time.orElse(null);
            second[i] = t == null ? NONE : t.toEpochSecond();
            nano[i] = t == null ? 0 : t.getNano();
            zone[i] = t == null ? 0 : zones.place(t.getZone());
        }
    }

    /** The distinct zones met: few (usually one), so a linear search is quickest. */
    private static final class Zones {
        private ZoneId[] zones = new ZoneId[4];
        private int count;

        ZoneId at(short place) {
            return zones[place];
        }

        short place(ZoneId zone) {
            for (int k = 0; k < count; k++) {
                if (zones[k] == zone || zones[k].equals(zone)) {
                    return (short) k;
                }
            }
            if (count == Short.MAX_VALUE) {
                throw new IllegalStateException("more than " + Short.MAX_VALUE + " time zones in one review log");
            }
            if (count == zones.length) {
                zones = Arrays.copyOf(zones, count * 2);
            }
            zones[count] = zone;
            return (short) count++;
        }
    }
}
