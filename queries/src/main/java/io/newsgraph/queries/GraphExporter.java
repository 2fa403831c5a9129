package io.newsgraph.queries;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.newsgraph.model.CypherResource;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.temporal.TemporalAccessor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.IsoDuration;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Point;
import org.neo4j.driver.types.Relationship;

/**
 * Writes the whole graph as JSON lines in the format of APOC's {@code apoc.export.json}: one object per line, nodes
 * first, then relationships. Temporal values are written as ISO strings.
 */
public final class GraphExporter {

    private static final String NODES = CypherResource.load(GraphExporter.class,
            "/newsgraph/cypher/export-nodes.cypher");
    private static final String RELATIONSHIPS = CypherResource.load(GraphExporter.class,
            "/newsgraph/cypher/export-relationships.cypher");

    /** How many nodes and relationships were written. */
    public record Counts(long nodes, long relationships) {
    }

    private final Driver driver;
    private final SessionConfig sessionConfig;
    private final ObjectMapper json = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);

    public GraphExporter(Driver driver, SessionConfig sessionConfig) {
        this.driver = driver;
        this.sessionConfig = sessionConfig;
    }

    public Counts export(OutputStream out) {
        long[] n = new long[2];
        try (var session = driver.session(sessionConfig)) {
            session.executeRead(tx -> {
                tx.run(NODES).forEachRemaining(r -> {
                    Map<String, Object> o = new LinkedHashMap<>();
                    o.put("type", "node");
                    o.put("id", r.get("id").asString());
                    o.put("labels", r.get("labels").asList(Value::asString));
                    o.put("properties", plain(r.get("properties")));
                    line(out, o);
                    n[0]++;
                });
                tx.run(RELATIONSHIPS).forEachRemaining(r -> {
                    Map<String, Object> o = new LinkedHashMap<>();
                    o.put("type", "relationship");
                    o.put("id", r.get("id").asString());
                    o.put("label", r.get("type").asString());
                    o.put("start", Map.of("id", r.get("start").asString(), "labels",
                            r.get("startLabels").asList(Value::asString)));
                    o.put("end", Map.of("id", r.get("end").asString(), "labels",
                            r.get("endLabels").asList(Value::asString)));
                    o.put("properties", plain(r.get("properties")));
                    line(out, o);
                    n[1]++;
                });
                return null;
            });
        }
        return new Counts(n[0], n[1]);
    }

    private void line(OutputStream out, Map<String, Object> o) {
        try {
            json.writeValue(out, o);
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the export", e);
        }
    }

    /** A driver value as plain JSON-ready Java: temporal values as ISO strings, points as maps. */
    static Object plain(Value v) {
        Object o = v.asObject();
        return plainObject(o);
    }

    private static Object plainObject(Object o) {
        if (o instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            new java.util.TreeMap<>(m).forEach((k, val) -> out.put(String.valueOf(k), plainObject(val)));
            return out;
        }
        if (o instanceof List<?> l) {
            return l.stream().map(GraphExporter::plainObject).toList();
        }
        if (o instanceof TemporalAccessor || o instanceof IsoDuration) {
            return o.toString();
        }
        if (o instanceof Point p) {
            return Map.of("srid", p.srid(), "x", p.x(), "y", p.y());
        }
        if (o instanceof Node n) {
            return node(n);
        }
        if (o instanceof Relationship r) {
            return Map.of("type", r.type());
        }
        if (o instanceof Path path) {
            List<Object> steps = new java.util.ArrayList<>();
            steps.add(node(path.start()));
            for (Path.Segment segment : path) {
                boolean forward = segment.relationship().startNodeElementId().equals(segment.start().elementId());
                steps.add((forward ? "-[:" : "<-[:") + segment.relationship().type() + (forward ? "]->" : "]-"));
                steps.add(node(segment.end()));
            }
            return steps;
        }
        return o;
    }

    /** A node in a view's result: its id, labels and the first of name, title and text it has (an article's title, not its text). */
    private static Map<String, Object> node(Node n) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", n.get("id").isNull() ? n.elementId() : n.get("id").asString());
        List<String> labels = new java.util.ArrayList<>();
        n.labels().forEach(labels::add);
        out.put("labels", labels);
        for (String key : List.of("name", "title", "text")) {
            if (n.containsKey(key)) {
                out.put(key, n.get(key).asObject());
                break;
            }
        }
        return out;
    }
}
