package io.newsgraph.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

class SchemaIT {

    static Neo4j neo4j;
    static Driver driver;

    @BeforeAll
    static void start() {
        neo4j = Neo4jBuilders.newInProcessBuilder().withDisabledServer().build();
        driver = GraphDatabase.driver(neo4j.boltURI(), AuthTokens.none());
    }

    @AfterAll
    static void stop() {
        driver.close();
        neo4j.close();
    }

    /**
     * Two ingests starting at once against a new database both apply the schema: one creates a rule while the other
     * waits to create the same; the waiting one must not fail when the rule turns out to be there.
     */
    @Test
    void aRuleAnotherClientCreatesMeanwhileIsNoFailure() throws Exception {
        String rule = Schema.statements().stream().filter(st -> st.contains("article_source")).findFirst()
                .orElseThrow();
        try (var session = driver.session()) {
            session.run("DROP INDEX article_source IF EXISTS").consume();
        }
        var other = java.util.concurrent.Executors.newSingleThreadExecutor();
        try (var session = driver.session(); var tx = session.beginTransaction()) {
            tx.run(rule).consume(); // the other client's rule, not committed yet
            var applied = other.submit(() -> Schema.apply(driver, SessionConfig.defaultConfig()));
            Thread.sleep(1000); // apply reaches the same rule and waits for this transaction
            tx.commit();
            applied.get(60, java.util.concurrent.TimeUnit.SECONDS); // throws what apply threw
        } finally {
            other.shutdownNow();
        }
        try (var session = driver.session()) {
            assertEquals(1, session.run("SHOW INDEXES YIELD name WHERE name = 'article_source' RETURN count(*) AS n")
                    .single().get("n").asInt());
        }
    }

    /** Clients applying the schema at once to a database without it all succeed and leave every rule once. */
    @Test
    void clientsApplyingTheSchemaAtOnceAllSucceed() throws Exception {
        for (int round = 0; round < 10; round++) {
            try (var session = driver.session()) {
                for (String c : session.run("SHOW CONSTRAINTS YIELD name").list(r -> r.get("name").asString())) {
                    session.run("DROP CONSTRAINT " + c).consume();
                }
                for (String i : session.run("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name")
                        .list(r -> r.get("name").asString())) {
                    session.run("DROP INDEX " + i).consume();
                }
            }
            var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
            try {
                List<java.util.concurrent.Future<?>> applied = new java.util.ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    applied.add(pool.submit(() -> Schema.apply(driver, SessionConfig.defaultConfig())));
                }
                for (var f : applied) {
                    f.get(); // throws what apply threw
                }
            } finally {
                pool.shutdownNow();
            }
            try (var session = driver.session()) {
                long rules = session.run("SHOW CONSTRAINTS YIELD name RETURN count(*) AS n").single().get("n").asLong()
                        + session.run("SHOW INDEXES YIELD owningConstraint, type WHERE owningConstraint IS NULL "
                        + "AND type <> 'LOOKUP' RETURN count(*) AS n").single().get("n").asLong();
                assertEquals(Schema.statements().size(), rules, "round " + round);
            }
        }
    }

    @Test
    void everyLabelOfTheContractGetsAUniqueIdAndApplyingTwiceIsHarmless() {
        Schema.apply(driver, SessionConfig.defaultConfig());
        Schema.apply(driver, SessionConfig.defaultConfig());
        try (var session = driver.session()) {
            Set<String> constrained = session.run("SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type "
                            + "WHERE type = 'UNIQUENESS' AND properties = ['id'] RETURN labelsOrTypes[0] AS label")
                    .list(r -> r.get("label").asString()).stream().collect(Collectors.toSet());
            for (String label : List.of("Article", "Person", "Party", "Group", "Organisation", "Place", "District",
                    "Event", "Statement", "Claim")) {
                assertTrue(constrained.contains(label), "no id constraint on " + label + ": " + constrained);
            }
            session.run("CREATE (:Person {id: 'person:x', name: 'X'})").consume();
            try {
                session.run("CREATE (:Person {id: 'person:x', name: 'Y'})").consume();
                throw new AssertionError("a second Person with the same id was accepted");
            } catch (ClientException expected) {
                assertTrue(expected.code().contains("ConstraintValidationFailed"), expected.code());
            }
            assertEquals(1, session.run("MATCH (p:Person {id: 'person:x'}) RETURN count(p) AS n").single()
                    .get("n").asInt());
        }
    }
}
