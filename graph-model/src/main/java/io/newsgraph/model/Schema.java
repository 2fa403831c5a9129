package io.newsgraph.model;

import java.util.List;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;

/**
 * The graph's constraints and indexes, from {@code schema.cypher}. Every statement there is
 * {@code IF NOT EXISTS}, so applying the schema at every start-up is safe.
 */
public final class Schema {

    public static final String RESOURCE = "/newsgraph/cypher/schema.cypher";

    private Schema() {
    }

    public static List<String> statements() {
        return CypherResource.statements(Schema.class, RESOURCE);
    }

    /** Applies every schema statement, each in its own transaction (schema and data writes cannot share one). */
    public static void apply(Driver driver, SessionConfig sessionConfig) {
        try (var session = driver.session(sessionConfig)) {
            for (String statement : statements()) {
                session.executeWriteWithoutResult(tx -> tx.run(statement).consume());
            }
        }
    }
}
