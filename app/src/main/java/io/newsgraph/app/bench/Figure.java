package io.newsgraph.app.bench;

import java.util.Locale;

/**
 * One measured figure of the benchmark, with its goal where the issue sets one.
 *
 * @param section the section number and name ("1 NLP")
 * @param name    what was measured
 * @param value   the value (NaN when the measurement failed)
 * @param unit    how the value reads: "tokens/s", "x", "%", "ms", "MB", "nodes+rels/s", or "" for a count
 * @param goal    the target, or null
 * @param note    what a reader needs to read the figure (sizes, why a goal is missed), or ""
 */
public record Figure(String section, String name, double value, String unit, Goal goal, String note) {

    public static Figure of(String section, String name, double value, String unit) {
        return new Figure(section, name, value, unit, null, "");
    }

    public Figure withGoal(Goal g) {
        return new Figure(section, name, value, unit, g, note);
    }

    public Figure withNote(String n) {
        return new Figure(section, name, value, unit, goal, n);
    }

    /** "met", "NOT met", or "" with no goal. */
    public String verdict() {
        return goal == null ? "" : goal.verdict(value);
    }

    /** The value as the table shows it: grouped thousands for big numbers, two decimals for ratios. */
    public String formatted() {
        return format(value, unit);
    }

    static String format(double value, String unit) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        String number;
        double abs = Math.abs(value);
        if (unit.equals("x")) {
            number = String.format(Locale.ROOT, "%.2f", value);
        } else if (abs >= 100 || (abs == Math.rint(abs) && !unit.equals("ms") && !unit.equals("%"))) {
            number = String.format(Locale.ROOT, "%,.0f", value);
        } else if (abs >= 10) {
            number = String.format(Locale.ROOT, "%.1f", value);
        } else {
            number = String.format(Locale.ROOT, "%.2f", value);
        }
        if (unit.isEmpty()) {
            return number;
        }
        return unit.equals("x") || unit.equals("%") ? number + unit : number + " " + unit;
    }
}
