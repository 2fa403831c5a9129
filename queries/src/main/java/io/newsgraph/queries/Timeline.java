package io.newsgraph.queries;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Value;

/** The events timeline view ({@code views/events-timeline.cypher}) with typed results. */
public final class Timeline {

    /** The saved view this reads. */
    public static final String VIEW = "events-timeline";

    /** Who took part, and as what. */
    public record Participant(String name, String role) {
    }

    /** One casualty figure claimed for the event, with its source (null when the text names none). */
    public record Figure(long count, String qualifier, String category, String outcome, String source) {
        @Override
        public String toString() {
            return (qualifier == null ? "" : qualifier + " ") + count + " " + category + " " + outcome
                    + (source == null ? "" : " (" + source + ")");
        }
    }

    /** One event of the timeline. */
    public record Entry(String id, String date, String precision, String type, String name, List<String> places,
                        List<Participant> participants, List<Figure> figures, long articles) {
    }

    private Timeline() {
    }

    /** The events between two ISO dates (either null for no bound), of one type or all (null). */
    public static List<Entry> read(Driver driver, SessionConfig sessionConfig, String from, String to, String type) {
        Map<String, Object> params = new HashMap<>();
        params.put("from", from);
        params.put("to", to);
        params.put("type", type);
        return Views.read(driver, sessionConfig, VIEW, params, r -> new Entry(
                r.get("id").asString(), str(r.get("date")), str(r.get("precision")), r.get("type").asString(),
                str(r.get("name")), r.get("places").asList(Value::asString),
                r.get("participants").asList(p -> new Participant(str(p.get("name")), str(p.get("role")))),
                r.get("figures").asList(f -> new Figure(f.get("count").asLong(), str(f.get("qualifier")),
                        str(f.get("category")), str(f.get("outcome")), str(f.get("source")))),
                r.get("articles").asLong()));
    }

    private static String str(Value v) {
        return v == null || v.isNull() ? null : v.asString();
    }

    /** A plain-text table, one event per block. */
    public static String toText(List<Entry> entries) {
        StringBuilder sb = new StringBuilder();
        for (Entry e : entries) {
            sb.append(String.format("%-10s  %-18s %s  [%d article%s]%n", e.date() == null ? "undated" : e.date(),
                    e.type(), e.name() == null ? "" : e.name(), e.articles(), e.articles() == 1 ? "" : "s"));
            if (!e.places().isEmpty()) {
                sb.append("            where:   ").append(String.join(", ", e.places())).append('\n');
            }
            if (!e.participants().isEmpty()) {
                sb.append("            who:     ").append(String.join(", ", e.participants().stream()
                        .map(p -> p.name() + " (" + p.role() + ")").toList())).append('\n');
            }
            if (!e.figures().isEmpty()) {
                sb.append("            figures: ").append(String.join("; ", e.figures().stream()
                        .map(Figure::toString).toList())).append('\n');
            }
        }
        return sb.toString();
    }
}
