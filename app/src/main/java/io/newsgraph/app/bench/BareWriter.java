package io.newsgraph.app.bench;

import io.newsgraph.model.CypherResource;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;

/**
 * The baseline of the write benchmark: the fastest obvious way to put rows into Neo4j through the driver, big
 * {@code UNWIND ... CREATE} batches with no MERGE and no per-article transactions.
 */
final class BareWriter {

    static final int BATCH = 5_000;
    private static final String NODES = CypherResource.load(BareWriter.class, "/newsgraph/bench/bare-nodes.cypher");
    private static final String RELS = CypherResource.load(BareWriter.class,
            "/newsgraph/bench/bare-relationships.cypher");

    private BareWriter() {
    }

    /** Creates every node, then every relationship; returns nodes plus relationships created (server counters). */
    static long write(Driver driver, SessionConfig config, GraphRows rows) {
        long created = 0;
        try (var session = driver.session(config)) {
            for (var e : rows.nodes().entrySet()) {
                String cypher = NODES.replace("__LABEL__", e.getKey());
                for (List<Map<String, Object>> batch : batches(e.getValue())) {
                    created += session.executeWrite(tx -> tx.run(cypher, Map.of("rows", batch)).consume().counters()
                            .nodesCreated());
                }
            }
            for (var e : rows.relationships().entrySet()) {
                String cypher = RELS.replace("__TYPE__", e.getKey().get(0)).replace("__FROM__", e.getKey().get(1))
                        .replace("__TO__", e.getKey().get(2));
                for (List<Map<String, Object>> batch : batches(e.getValue())) {
                    created += session.executeWrite(tx -> tx.run(cypher, Map.of("rows", batch)).consume().counters()
                            .relationshipsCreated());
                }
            }
        }
        return created;
    }

    private static List<List<Map<String, Object>>> batches(List<Map<String, Object>> rows) {
        List<List<Map<String, Object>>> out = new java.util.ArrayList<>();
        for (int i = 0; i < rows.size(); i += BATCH) {
            out.add(rows.subList(i, Math.min(rows.size(), i + BATCH)));
        }
        return out;
    }
}
