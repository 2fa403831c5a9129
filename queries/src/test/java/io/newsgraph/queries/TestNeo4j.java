package io.newsgraph.queries;

import io.newsgraph.model.CypherResource;
import io.newsgraph.model.Schema;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.SessionConfig;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/** A real in-process Neo4j with the schema applied and a graph written by the test's own Cypher. */
final class TestNeo4j implements AutoCloseable {

    final Neo4j neo4j;
    final Driver driver;

    /** The graph of {@code /newsgraph/seed-graph.cypher}, shared by the view and API tests. */
    static TestNeo4j seeded() {
        return new TestNeo4j(CypherResource.load(TestNeo4j.class, "/newsgraph/seed-graph.cypher"));
    }

    TestNeo4j(String setupCypher) {
        neo4j = Neo4jBuilders.newInProcessBuilder().withDisabledServer().build();
        driver = GraphDatabase.driver(neo4j.boltURI(), AuthTokens.none());
        Schema.apply(driver, SessionConfig.defaultConfig());
        try (var session = driver.session()) {
            session.run(setupCypher).consume();
            session.run("CALL db.awaitIndexes(60)").consume();
        }
    }

    @Override
    public void close() {
        driver.close();
        neo4j.close();
    }
}
