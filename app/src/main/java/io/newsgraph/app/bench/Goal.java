package io.newsgraph.app.bench;

import java.util.Locale;

/**
 * A target a figure must reach: at least or at most a bound. A figure with no goal is reported as measured.
 *
 * @param atLeast true for "at least {@code bound}" (speeds, ratios of speed), false for "at most" (times, shares)
 * @param bound   the target
 * @param text    how the goal reads in the table ("&ge; 3x (b)")
 */
public record Goal(boolean atLeast, double bound, String text) {

    public static Goal atLeast(double bound, String text) {
        return new Goal(true, bound, text);
    }

    public static Goal atMost(double bound, String text) {
        return new Goal(false, bound, text);
    }

    /** Whether this measured value meets the goal; the bound itself counts as met. NaN (not measured) never does. */
    public boolean metBy(double value) {
        if (Double.isNaN(value)) {
            return false;
        }
        return atLeast ? value >= bound : value <= bound;
    }

    /** "met" or "NOT met", as the table prints it. */
    public String verdict(double value) {
        return metBy(value) ? "met" : "NOT met";
    }

    @Override
    public String toString() {
        return text.isEmpty() ? (atLeast ? ">= " : "<= ") + String.format(Locale.ROOT, "%s", bound) : text;
    }
}
