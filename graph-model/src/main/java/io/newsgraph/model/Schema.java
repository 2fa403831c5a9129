package io.newsgraph.model;

import java.util.List;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.exceptions.ClientException;

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

    /**
     * Applies every schema statement, each in its own transaction (schema and data writes cannot share one). Clients
     * starting at once against a new database race on each rule: both find it missing and the later commit fails
     * ("an equivalent index already exists"), although the rule it wanted is there. A statement that fails is
     * therefore run once more, when {@code IF NOT EXISTS} finds the other client's rule; a second failure is real.
     */
    public static void apply(Driver driver, SessionConfig sessionConfig) {
        try (var session = driver.session(sessionConfig)) {
            for (String statement : statements()) {
                try {
                    session.executeWriteWithoutResult(tx -> tx.run(statement).consume());
                } catch (ClientException raced) {
                    try {
                        session.executeWriteWithoutResult(tx -> tx.run(statement).consume());
                    } catch (ClientException again) {
                        again.addSuppressed(raced);
                        throw again;
                    }
                }
            }
        }
    }
}
