package sdq.schedule;

import java.util.List;
import java.util.Locale;

/**
 * The settings of FSRS-6: its 21 weights (the published defaults, or ones fitted to a user's
 * reviews by an optimizer), the retention it aims for, and whether intervals are fuzzed.
 * Weights outside the ranges the optimizers keep them in are brought into them, as the
 * reference schedulers do.
 *
 * @param weights   w0 to w20
 * @param retention the probability of recall a card is scheduled for, 0.70 to 0.99
 * @param fuzz      whether intervals of three days and more are spread a little (seeded per card
 *                  and review, so the same history always gives the same days)
 */
public record FsrsParameters(List<Double> weights, double retention, boolean fuzz) {
    /** The FSRS-6 defaults, fitted on many users' reviews. */
    public static final List<Double> DEFAULT_WEIGHTS = List.of(0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194,
            0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658,
            0.1542);
    public static final double DEFAULT_RETENTION = 0.9;
    public static final double MIN_RETENTION = 0.70;
    public static final double MAX_RETENTION = 0.99;
    static final double S_MIN = 0.001;
    static final double S_MAX = 36500;
    private static final double INIT_S_MAX = 100;
    /** The range of each weight (short-term scheduling on, one relearning step). */
    private static final double[][] RANGES = {{S_MIN, INIT_S_MAX}, {S_MIN, INIT_S_MAX}, {S_MIN, INIT_S_MAX},
        {S_MIN, INIT_S_MAX}, {1, 10}, {0.001, 4}, {0.001, 4}, {0.001, 0.75}, {0, 4.5}, {0, 0.8}, {0.001, 3.5},
        {0.001, 5}, {0.001, 0.25}, {0.001, 0.9}, {0, 4}, {0, 1}, {1, 6}, {0, 2}, {0, 2}, {0.01, 0.8}, {0.1, 0.8}};

    public FsrsParameters {
        if (weights.size() != RANGES.length) {
            throw new IllegalArgumentException("FSRS-6 has " + RANGES.length + " parameters; " + weights.size()
                    + " were given");
        }
        double[] clipped = new double[RANGES.length];
        for (int i = 0; i < RANGES.length; i++) {
            Double v = weights.get(i);
            if (v == null || !Double.isFinite(v)) {
                throw new IllegalArgumentException("parameter " + i + " is not a number: " + v);
            }
            clipped[i] = Math.min(Math.max(v, RANGES[i][0]), RANGES[i][1]);
        }
        weights = java.util.Arrays.stream(clipped).boxed().toList();
        if (!(retention >= MIN_RETENTION && retention <= MAX_RETENTION)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "desired retention must be between %.2f and %.2f; was %s", MIN_RETENTION, MAX_RETENTION, retention));
        }
    }

    /** The defaults: FSRS-6's weights, 90% retention, fuzz on. */
    public static FsrsParameters standard() {
        return new FsrsParameters(DEFAULT_WEIGHTS, DEFAULT_RETENTION, true);
    }

    /** These parameters aiming at another retention. */
    public FsrsParameters withRetention(double newRetention) {
        return new FsrsParameters(weights, newRetention, fuzz);
    }

    /** These parameters with fuzz on or off. */
    public FsrsParameters withFuzz(boolean on) {
        return new FsrsParameters(weights, retention, on);
    }

    /**
     * Weights written as text, separated by commas or spaces, as the FSRS optimizers print them
     * (brackets allowed); a one-line message says what is wrong otherwise.
     */
    public static List<Double> parseWeights(String text) {
        String t = text.strip();
        if (t.startsWith("[") && t.endsWith("]")) {
            t = t.substring(1, t.length() - 1);
        }
        List<Double> out = new java.util.ArrayList<>();
        for (String part : t.split("[,\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            double v;
            try {
                v = Double.parseDouble(part);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + part + "' is not a number");
            }
            if (!Double.isFinite(v) || !part.matches("[-+]?[0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?")) {
                throw new IllegalArgumentException("'" + part + "' is not a number");
            }
            out.add(v);
        }
        if (out.size() != RANGES.length) {
            throw new IllegalArgumentException("FSRS-6 has " + RANGES.length + " parameters; " + out.size()
                    + " were given");
        }
        return out;
    }

    double w(int i) {
        return weights.get(i);
    }
}
