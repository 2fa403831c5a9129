package io.newsgraph.app.bench;

import java.util.Collection;

/** The arithmetic of the benchmark, kept apart so that it is tested on numbers a reader can check by hand. */
public final class BenchMath {

    private BenchMath() {
    }

    /**
     * The p-th percentile (0 < p <= 100) by the nearest-rank method: the smallest sample with at least p% of the
     * samples at or below it. Always one of the samples, so a p95 of 50 runs is the 48th fastest, not an average.
     */
    public static double percentile(Collection<? extends Number> samples, double p) {
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("no samples");
        }
        if (!(p > 0 && p <= 100)) {
            throw new IllegalArgumentException("percentile must be in (0, 100]: " + p);
        }
        double[] sorted = samples.stream().mapToDouble(Number::doubleValue).sorted().toArray();
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(1, rank) - 1];
    }

    /** The median: the middle sample, or the mean of the two middle ones. */
    public static double median(Collection<? extends Number> samples) {
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("no samples");
        }
        double[] sorted = samples.stream().mapToDouble(Number::doubleValue).sorted().toArray();
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** How many of something per second, from a count and the nanoseconds it took. */
    public static double perSecond(long count, long nanos) {
        if (nanos <= 0) {
            throw new IllegalArgumentException("a duration must be positive: " + nanos + " ns");
        }
        return count * 1e9 / nanos;
    }

    /** {@code a / b}, e.g. a speed-up (time before / time after) or how many times faster one rate is. */
    public static double ratio(double a, double b) {
        if (b == 0) {
            throw new IllegalArgumentException("ratio with a zero denominator");
        }
        return a / b;
    }

    /** {@code part / whole} in percent. */
    public static double percent(double part, double whole) {
        return 100 * ratio(part, whole);
    }

    /** Milliseconds from nanoseconds. */
    public static double millis(long nanos) {
        return nanos / 1e6;
    }
}
