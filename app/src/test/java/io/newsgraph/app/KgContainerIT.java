package io.newsgraph.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

/** The same ingest against the official Neo4j image; runs wherever a Docker engine does. */
@Testcontainers(disabledWithoutDocker = true)
class KgContainerIT {

    @Container
    static final Neo4jContainer NEO4J = new Neo4jContainer("neo4j:5.26").withAdminPassword("test-only-password");

    @Test
    void ingestsTheSamplesIntoTheOfficialImage() {
        Map<String, String> env = Map.of("NEO4J_URI", NEO4J.getBoltUrl(), "NEO4J_USERNAME", "neo4j",
                "NEO4J_PASSWORD", NEO4J.getAdminPassword());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = Kg.run(env, new PrintStream(out, true, StandardCharsets.UTF_8), System.err,
                "ingest", Path.of("..", "samples", "articles").toString());
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(Kg.OK, exit, text);
        assertTrue(text.matches("(?s).*Article\\s+5\\n.*"), text);
    }
}
