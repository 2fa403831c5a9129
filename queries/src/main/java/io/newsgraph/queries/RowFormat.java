package io.newsgraph.queries;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Rows of a view as a text table, Markdown, CSV (commons-csv) or JSON (Jackson). */
public enum RowFormat {
    TABLE, MD, CSV, JSON;

    public static RowFormat of(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown format '" + name + "' (table, md, csv, json)");
        }
    }

    public String render(List<Map<String, Object>> rows) {
        List<String> columns = rows.isEmpty() ? List.of() : new ArrayList<>(rows.get(0).keySet());
        return switch (this) {
            case JSON -> json(rows);
            case CSV -> csv(columns, rows);
            case MD -> markdown(columns, rows);
            case TABLE -> table(columns, rows);
        };
    }

    private static String cell(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Collection<?> c) {
            return String.join("; ", c.stream().map(RowFormat::cell).toList());
        }
        if (v instanceof Map<?, ?> m) {
            return String.join(", ", m.entrySet().stream().filter(e -> e.getValue() != null)
                    .map(e -> e.getKey() + ": " + cell(e.getValue())).toList());
        }
        return String.valueOf(v).replaceAll("\\s+", " ");
    }

    private static String json(List<Map<String, Object>> rows) {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(rows) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String csv(List<String> columns, List<Map<String, Object>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setHeader(columns.toArray(String[]::new)).build())) {
            for (Map<String, Object> row : rows) {
                p.printRecord(columns.stream().map(c -> cell(row.get(c))).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String markdown(List<String> columns, List<Map<String, Object>> rows) {
        if (columns.isEmpty()) {
            return "_No rows._\n";
        }
        StringBuilder sb = new StringBuilder("| ").append(String.join(" | ", columns)).append(" |\n|");
        columns.forEach(c -> sb.append("---|"));
        sb.append('\n');
        for (Map<String, Object> row : rows) {
            sb.append("| ").append(String.join(" | ", columns.stream()
                    .map(c -> cell(row.get(c)).replace("|", "\\|")).toList())).append(" |\n");
        }
        return sb.toString();
    }

    private static String table(List<String> columns, List<Map<String, Object>> rows) {
        if (columns.isEmpty()) {
            return "(no rows)\n";
        }
        int[] widths = new int[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            widths[i] = columns.get(i).length();
            for (Map<String, Object> row : rows) {
                widths[i] = Math.min(60, Math.max(widths[i], cell(row.get(columns.get(i))).length()));
            }
        }
        StringBuilder sb = new StringBuilder();
        appendRow(sb, columns, widths);
        for (Map<String, Object> row : rows) {
            appendRow(sb, columns.stream().map(c -> cell(row.get(c))).toList(), widths);
        }
        return sb.toString();
    }

    private static void appendRow(StringBuilder sb, List<String> cells, int[] widths) {
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            if (c.length() > widths[i]) {
                c = c.substring(0, widths[i] - 1) + "\u2026";
            }
            sb.append(String.format("%-" + widths[i] + "s", c)).append(i + 1 < cells.size() ? "  " : "\n");
        }
    }
}
