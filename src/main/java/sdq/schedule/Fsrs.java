package sdq.schedule;

import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The FSRS-6 scheduler, from the published formulas: a card's memory is its stability (the days
 * until recall falls to 90%) and difficulty; each review updates both from the grade and from
 * how likely recall was (retrievability), and the next interval is the time until recall falls
 * to the desired retention. New and forgotten cards go through short steps in minutes first
 * (1 and 10 minutes; 10 after a lapse), and a review on the day of the last one uses the
 * short-term formula. Days are calendar days in the zone of the review. Pure: the time of each
 * review is a parameter, and the fuzz is seeded by the caller.
 *
 * <p>Written to agree with the reference scheduler ts-fsrs 5 (FSRS-6, short-term on, its default
 * steps), which a test compares it with; values are rounded to eight decimals where it rounds.
 */
public final class Fsrs {
    /** Learning steps of a new card, and relearning steps after a lapse, in minutes. */
    public static final List<Integer> LEARNING_STEPS = List.of(1, 10);
    public static final List<Integer> RELEARNING_STEPS = List.of(10);
    public static final int MAXIMUM_INTERVAL = 36500;
    private static final int DAY_MINUTES = 24 * 60;

    private final FsrsParameters parameters;
    private final double[] w;
    private final double decay;
    private final double factor;
    private final double intervalModifier;
    /**
     * What the formulas take from the weights alone, worked out once (a replay of a million
     * reviews would take each again a million times): the initial difficulty of each grade, by
     * its key; exp(w8); exp(w17 * w18); and the same-day growth exp(w17 * (g - 3 + w18)), by key.
     */
    private final double[] initialDifficulty = new double[5];
    private final double expW8;
    private final double expW17W18;
    private final double[] sameDayGrowth = new double[5];

    public Fsrs(FsrsParameters parameters) {
        this.parameters = parameters;
        this.w = parameters.weights().stream().mapToDouble(Double::doubleValue).toArray();
        this.decay = -w[20];
        this.factor = round8(StrictMath.exp(StrictMath.log(0.9) / decay) - 1);
        this.intervalModifier = round8((StrictMath.pow(parameters.retention(), 1 / decay) - 1) / factor);
        for (int g = 1; g <= 4; g++) {
            initialDifficulty[g] = round8(w[4] - StrictMath.exp((g - 1) * w[5]) + 1);
            sameDayGrowth[g] = StrictMath.exp(w[17] * (g - 3 + w[18]));
        }
        this.expW8 = StrictMath.exp(w[8]);
        this.expW17W18 = StrictMath.exp(w[17] * w[18]);
    }

    public static Fsrs standard() {
        return new Fsrs(FsrsParameters.standard());
    }

    public FsrsParameters parameters() {
        return parameters;
    }

    /** The probability of recall {@code days} after a review that left the card at {@code stability}. */
    public double retrievability(double days, double stability) {
        return round8(StrictMath.pow(1 + factor * days / stability, decay));
    }

    /** How likely the card is recalled at {@code now}: 1 for a new card. */
    public double retrievability(FsrsCard card, ZonedDateTime now) {
        if (card.phase() == FsrsCard.Phase.NEW || card.lastReview().isEmpty()) {
            return 1;
        }
        return retrievability(Math.max(0, elapsedDays(card.lastReview().get(), now)), card.stability());
    }

    /** The card after a review with {@code grade} at {@code at}; {@code seed} draws the fuzz. */
    public FsrsCard review(FsrsCard card, Grade grade, ZonedDateTime at, long seed) {
        int elapsed = elapsed(card, at);
        if (card.phase() == FsrsCard.Phase.REVIEW && grade != Grade.AGAIN) {
            // A success's interval depends on the other successes' (hard below good below easy).
            double[][] m = new double[4][];
            int[] days = successes(card, elapsed, retrievability(elapsed, card.stability()), seed, m);
            return success(card, grade, m, days, at);
        }
        // Otherwise only this grade's outcome is needed: replaying a long log does a fourth of the work.
        if (card.phase() == FsrsCard.Phase.REVIEW) {
            double[] m = next(card, elapsed, grade, retrievability(elapsed, card.stability()));
            return stepped(card, m, grade, FsrsCard.Phase.RELEARNING, elapsed, at, card.lapses() + 1, seed);
        }
        FsrsCard.Phase to = card.phase() == FsrsCard.Phase.NEW ? FsrsCard.Phase.LEARNING : card.phase();
        return stepped(card, next(card, elapsed, grade, Double.NaN), grade, to, elapsed, at, card.lapses(), seed);
    }

    /** What each grade would make of the card at {@code at}: for the answer screen, and for {@link #review}. */
    public Map<Grade, FsrsCard> preview(FsrsCard card, ZonedDateTime at, long seed) {
        int elapsed = elapsed(card, at);
        Map<Grade, FsrsCard> out = new EnumMap<>(Grade.class);
        if (card.phase() != FsrsCard.Phase.REVIEW) {
            FsrsCard.Phase to = card.phase() == FsrsCard.Phase.NEW ? FsrsCard.Phase.LEARNING : card.phase();
            for (Grade g : Grade.values()) {
                double[] m = next(card, elapsed, g, Double.NaN);
                out.put(g, stepped(card, m, g, to, elapsed, at, card.lapses(), seed));
            }
            return out;
        }
        double r = retrievability(elapsed, card.stability());
        double[][] m = new double[4][];
        int[] days = successes(card, elapsed, r, seed, m);
        out.put(Grade.AGAIN, stepped(card, next(card, elapsed, Grade.AGAIN, r), Grade.AGAIN, FsrsCard.Phase.RELEARNING,
                elapsed, at, card.lapses() + 1, seed));
        for (Grade g : List.of(Grade.HARD, Grade.GOOD, Grade.EASY)) {
            out.put(g, success(card, g, m, days, at));
        }
        return out;
    }

    /**
     * The memory after each success (into {@code m}, by grade) of a card in review, and the days
     * each gives: hard at most good, good more than hard, easy more than good. The growth their
     * stabilities share is worked out once.
     */
    private int[] successes(FsrsCard card, int elapsed, double r, long seed, double[][] m) {
        double growth = elapsed == 0 ? Double.NaN : growth(card, r);
        for (Grade g : List.of(Grade.HARD, Grade.GOOD, Grade.EASY)) {
            m[g.ordinal()] = next(card, elapsed, g, r, growth);
        }
        int hard = interval(m[1][0], elapsed, seed);
        int good = interval(m[2][0], elapsed, seed);
        hard = Math.min(hard, good);
        good = Math.max(good, hard + 1);
        int easy = Math.max(interval(m[3][0], elapsed, seed), good + 1);
        return new int[] {0, hard, good, easy};
    }

    private FsrsCard success(FsrsCard card, Grade g, double[][] m, int[] days, ZonedDateTime at) {
        double[] s = m[g.ordinal()];
        return new FsrsCard(FsrsCard.Phase.REVIEW, 0, s[0], s[1], Optional.of(at),
                Optional.of(at.plusDays(days[g.ordinal()])), days[g.ordinal()], card.reps() + 1, card.lapses());
    }

    /** The card after the reviews given, in order, from new: how a card's state is known from its log. */
    public FsrsCard replay(List<Answer> answers) {
        FsrsCard card = FsrsCard.NEW;
        for (Answer a : answers) {
            card = review(card, a.grade(), a.at(), a.seed());
        }
        return card;
    }

    /** One review of a card's history: when, the grade, and the seed of its fuzz. */
    public record Answer(ZonedDateTime at, Grade grade, long seed) {
    }

    /** A card in its steps: the next step in minutes, or out of them into review with an interval. */
    private FsrsCard stepped(FsrsCard card, double[] m, Grade g, FsrsCard.Phase to, int elapsed, ZonedDateTime at,
                             int lapses, long seed) {
        List<Integer> steps = card.phase() == FsrsCard.Phase.RELEARNING || card.phase() == FsrsCard.Phase.REVIEW
                ? RELEARNING_STEPS : LEARNING_STEPS;
        int minutes = 0;
        int nextStep = 0;
        int current = card.step();
        if (!steps.isEmpty() && current < steps.size()) {
            if (card.phase() == FsrsCard.Phase.REVIEW) {
                minutes = g == Grade.AGAIN ? steps.get(current) : 0;
            } else if (g == Grade.AGAIN) {
                minutes = steps.get(0);
            } else if (g == Grade.HARD) {
                minutes = steps.size() == 1 ? (int) Math.round(steps.get(0) * 1.5)
                        : (int) Math.round((steps.get(0) + steps.get(1)) / 2.0);
                nextStep = current;
            } else if (g == Grade.GOOD && current + 1 < steps.size()) {
                minutes = steps.get(current + 1);
                nextStep = current + 1;
            }
        }
        int reps = card.reps() + 1;
        if (minutes > 0 && minutes < DAY_MINUTES) {
            return new FsrsCard(to, nextStep, m[0], m[1], Optional.of(at), Optional.of(at.plusMinutes(minutes)), 0,
                    reps, lapses);
        }
        if (minutes >= DAY_MINUTES) {
            return new FsrsCard(FsrsCard.Phase.REVIEW, nextStep, m[0], m[1], Optional.of(at),
                    Optional.of(at.plusMinutes(minutes)), minutes / DAY_MINUTES, reps, lapses);
        }
        int days = interval(m[0], elapsed, seed);
        return new FsrsCard(FsrsCard.Phase.REVIEW, 0, m[0], m[1], Optional.of(at), Optional.of(at.plusDays(days)), days,
                reps, lapses);
    }

    /** The days until a card at {@code stability} is due: at least 1, at most {@link #MAXIMUM_INTERVAL}, fuzzed. */
    int interval(double stability, int elapsed, long seed) {
        double ivl = Math.min(Math.max(1, Math.round(stability * intervalModifier)), MAXIMUM_INTERVAL);
        if (!parameters.fuzz() || ivl < 2.5) {
            return (int) Math.round(ivl);
        }
        double delta = 1 + 0.15 * Math.max(Math.min(ivl, 7) - 2.5, 0) + 0.1 * Math.max(Math.min(ivl, 20) - 7, 0)
                + 0.05 * Math.max(ivl - 20, 0);
        long min = Math.max(2, Math.round(ivl - delta));
        long max = Math.min(Math.round(ivl + delta), MAXIMUM_INTERVAL);
        if (ivl > elapsed) {
            min = Math.max(min, elapsed + 1);
        }
        min = Math.min(min, max);
        return (int) Math.floor(new SplittableRandom(seed).nextDouble() * (max - min + 1) + min);
    }

    /** Stability and difficulty after a review {@code t} days after the last ({@code r}: NaN to compute it). */
    private double[] next(FsrsCard card, int t, Grade grade, double r) {
        return next(card, t, grade, r, Double.NaN);
    }

    /**
     * As {@link #next(FsrsCard, int, Grade, double)}; {@code growth}: the {@link #growth} of a
     * success at {@code r}, when known (NaN: worked out here).
     */
    private double[] next(FsrsCard card, int t, Grade grade, double r, double growth) {
        int g = grade.key();
        double s = card.stability();
        double d = card.difficulty();
        if (card.phase() == FsrsCard.Phase.NEW || s == 0 && d == 0) {
            return new double[] {Math.max(w[g - 1], 0.1), clamp(initialDifficulty[g], 1, 10)};
        }
        double recall = Double.isNaN(r) ? retrievability(t, s) : r;
        double stability;
        if (t == 0) {
            double increase = StrictMath.pow(s, -w[19]) * sameDayGrowth[g];
            stability = round8(clamp(s * (g >= 2 ? Math.max(increase, 1) : increase), FsrsParameters.S_MIN,
                    FsrsParameters.S_MAX));
        } else if (g == 1) {
            double forgot = round8(clamp(w[11] * StrictMath.pow(d, -w[12]) * (StrictMath.pow(s + 1, w[13]) - 1)
                    * StrictMath.exp((1 - recall) * w[14]), FsrsParameters.S_MIN, FsrsParameters.S_MAX));
            stability = clamp(round8(s / expW17W18), FsrsParameters.S_MIN, forgot);
        } else {
            double hard = g == 2 ? w[15] : 1;
            double easy = g == 4 ? w[16] : 1;
            double grown = Double.isNaN(growth) ? growth(card, recall) : growth;
            stability = round8(clamp(s * (1 + grown * hard * easy), FsrsParameters.S_MIN, FsrsParameters.S_MAX));
        }
        double change = -w[6] * (g - 3);
        double damped = d + round8(change * (10 - d) / 9);
        double difficulty = clamp(round8(w[7] * initialDifficulty[4] + (1 - w[7]) * damped), 1, 10);
        return new double[] {stability, difficulty};
    }

    /**
     * How much a success on a later day grows stability before the grade's own factor (hard,
     * easy): exp(w8) * (11 - d) * s^-w9 * (exp((1 - r) * w10) - 1), multiplied in this order.
     */
    private double growth(FsrsCard card, double recall) {
        double s = card.stability();
        double d = card.difficulty();
        return expW8 * (11 - d) * StrictMath.pow(s, -w[9]) * (StrictMath.exp((1 - recall) * w[10]) - 1);
    }

    /** The days since the card's last review (0 for a new card). */
    private static int elapsed(FsrsCard card, ZonedDateTime at) {
        return card.phase() != FsrsCard.Phase.NEW && card.lastReview().isPresent()
                ? (int) Math.max(0, elapsedDays(card.lastReview().get(), at)) : 0;
    }

    /** Calendar days from one review to the next, in the zone of the later. */
    static long elapsedDays(ZonedDateTime last, ZonedDateTime now) {
        // Day numbers, not ChronoUnit.between: a replay of a million reviews asks a million times.
        return now.toLocalDate().toEpochDay() - last.withZoneSameInstant(now.getZone()).toLocalDate().toEpochDay();
    }

    private static double clamp(double v, double min, double max) {
        return Math.min(Math.max(v, min), max);
    }

    private static double round8(double v) {
        return Math.round(v * 1e8) / 1e8;
    }
}
