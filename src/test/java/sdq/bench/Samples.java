package sdq.bench;

import java.util.Arrays;

/** Repeated measurements of one thing. */
record Samples(double[] values) {
    Samples {
        values = values.clone();
        Arrays.sort(values);
    }

    double median() {
        int n = values.length;
        return n == 0 ? Double.NaN : n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }

    double min() {
        return values.length == 0 ? Double.NaN : values[0];
    }

    double max() {
        return values.length == 0 ? Double.NaN : values[values.length - 1];
    }

    /** The value below which {@code percent} of the samples fall. */
    double percentile(int percent) {
        return values.length == 0 ? Double.NaN : values[Math.min(values.length - 1, values.length * percent / 100)];
    }

    /** Each sample divided by the matching one of {@code other} (taken in the same round). */
    static Samples ratios(double[] a, double[] b) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] / b[i];
        }
        return new Samples(out);
    }
}
