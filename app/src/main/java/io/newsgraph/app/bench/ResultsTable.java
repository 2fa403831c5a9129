package io.newsgraph.app.bench;

import java.util.List;

/** The benchmark's figures as a Markdown table (printed, and written to {@code bench/RESULTS.md}). */
public final class ResultsTable {

    private ResultsTable() {
    }

    /** The table alone: one row per figure with its goal and verdict. */
    public static String table(List<Figure> figures) {
        StringBuilder out = new StringBuilder();
        out.append("| section | figure | value | goal | verdict |\n");
        out.append("|---|---|---:|---|---|\n");
        for (Figure f : figures) {
            out.append("| ").append(f.section()).append(" | ").append(cell(f.name())).append(" | ")
                    .append(f.formatted()).append(" | ").append(f.goal() == null ? "" : cell(f.goal().toString()))
                    .append(" | ").append(f.verdict().equals("NOT met") ? "**NOT met**" : f.verdict()).append(" |\n");
        }
        return out.toString();
    }

    /** Goals met and missed, and the notes that explain figures (why a goal is missed among them). */
    public static String notes(List<Figure> figures) {
        long goals = figures.stream().filter(f -> f.goal() != null).count();
        long met = figures.stream().filter(f -> f.goal() != null && f.goal().metBy(f.value())).count();
        StringBuilder out = new StringBuilder();
        out.append("Goals met: ").append(met).append(" of ").append(goals).append(".\n");
        for (Figure f : figures) {
            if (!f.note().isEmpty()) {
                out.append("\n- **").append(f.section()).append(", ").append(f.name()).append("**")
                        .append(f.goal() != null && !f.goal().metBy(f.value()) ? " (goal not met)" : "").append(": ")
                        .append(f.note());
            }
        }
        return out.append('\n').toString();
    }

    /** The whole RESULTS.md. */
    public static String document(Machine machine, String command, String when, List<Figure> figures,
                                  String method) {
        return "# Benchmark results\n\n"
                + "Measured " + when + " with `" + command + "` on " + machine.describe() + ".\n\n"
                + table(figures) + "\n" + notes(figures) + "\n## How it was measured\n\n" + method;
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
