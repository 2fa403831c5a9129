package io.newsgraph.queries;

import io.newsgraph.model.CypherResource;
import java.util.LinkedHashMap;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;

/** Counts of nodes per label and relationships per type. */
public record GraphStats(Map<String, Long> nodesPerLabel, Map<String, Long> relationshipsPerType) {

    private static final String LABELS = CypherResource.load(GraphStats.class, "/newsgraph/cypher/stats-labels.cypher");
    private static final String TYPES = CypherResource.load(GraphStats.class, "/newsgraph/cypher/stats-types.cypher");

    public static GraphStats read(Driver driver, SessionConfig sessionConfig) {
        try (var session = driver.session(sessionConfig)) {
            Map<String, Long> labels = new LinkedHashMap<>();
            Map<String, Long> types = new LinkedHashMap<>();
            session.executeRead(tx -> {
                tx.run(LABELS).forEachRemaining(r -> labels.put(r.get("label").asString(), r.get("count").asLong()));
                tx.run(TYPES).forEachRemaining(r -> types.put(r.get("type").asString(), r.get("count").asLong()));
                return null;
            });
            return new GraphStats(Map.copyOf(labels), Map.copyOf(types));
        }
    }

    public long nodes(String label) {
        return nodesPerLabel.getOrDefault(label, 0L);
    }

    public long relationships(String type) {
        return relationshipsPerType.getOrDefault(type, 0L);
    }

    /** A two-column text table, labels then relationship types, sorted by name. */
    public String toTable() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%-24s %8s%n", "nodes by label", "count"));
        new java.util.TreeMap<>(nodesPerLabel).forEach((k, v) -> sb.append(String.format("  %-22s %8d%n", k, v)));
        sb.append(String.format("%-24s %8s%n", "relationships by type", "count"));
        new java.util.TreeMap<>(relationshipsPerType)
                .forEach((k, v) -> sb.append(String.format("  %-22s %8d%n", k, v)));
        return sb.toString();
    }
}
