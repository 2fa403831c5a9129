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
