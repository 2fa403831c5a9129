package io.newsgraph.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.queries.Views;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

/**
 * The same ingest, views and concurrent ingests against the official Neo4j image, with authentication on; runs
 * wherever a Docker engine does and is skipped elsewhere. The password is made up for the run: none is committed.
 */
@Testcontainers(disabledWithoutDocker = true)
class KgContainerIT {

    @Container
    static final Neo4jContainer NEO4J = new Neo4jContainer("neo4j:5.26")
            .withAdminPassword(UUID.randomUUID().toString());

    static Map<String, String> env() {
        return Map.of("NEO4J_URI", NEO4J.getBoltUrl(), "NEO4J_USERNAME", "neo4j",
                "NEO4J_PASSWORD", NEO4J.getAdminPassword());
    }

    record Run(int exit, String out, String err) {
    }

    static Run kg(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Kg.run(env(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Every node and relationship of the graph, as sorted lines (lists as sets). */
    static List<String> graph() {
        try (var driver = GraphDatabase.driver(NEO4J.getBoltUrl(), AuthTokens.basic("neo4j",
                NEO4J.getAdminPassword()))) {
            GraphSnapshot s = GraphSnapshot.of(driver);
            List<String> all = new ArrayList<>(s.nodes());
            all.addAll(s.relationships());
            return all;
        }
    }

    static void emptyGraph() {
        try (var driver = GraphDatabase.driver(NEO4J.getBoltUrl(), AuthTokens.basic("neo4j",
                NEO4J.getAdminPassword())); var session = driver.session()) {
            session.run("MATCH (n) DETACH DELETE n").consume();
        }
    }

    @Test
    void ingestsTheSamplesRunsEveryViewAndTwoIngestsAtOnceGiveTheSameGraph(@TempDir Path dir) throws Exception {
        emptyGraph();
        Run ingest = kg("ingest", "--threads", "1", Path.of("..", "samples", "articles").toString());
        assertEquals(Kg.OK, ingest.exit(), ingest.out() + ingest.err());
        assertTrue(ingest.out().matches("(?s).*Article\\s+5\\n.*"), ingest.out());

        // every saved view with its examples, through the command line
        for (Views.View v : Views.list()) {
            List<String> args = new ArrayList<>(List.of("views", "run", v.name(), "--format", "json"));
            for (Views.Param p : v.params()) {
                String example = p.example().replaceAll("^\"|\"$", "");
                if (!example.contains("...")) {
                    args.add("--param");
                    args.add(p.name() + "=" + example);
                }
            }
            Run r = kg(args.toArray(String[]::new));
            assertEquals(Kg.OK, r.exit(), v.name() + ": " + r.err());
            assertTrue(r.out().strip().startsWith("["), v.name() + ": " + r.out());
        }
        Run report = kg("report", "entity", "Asif");
        assertEquals(Kg.OK, report.exit(), report.err());
        assertTrue(report.out().startsWith("# Khawaja Asif\n"), report.out());
        List<String> one = graph();

        // two ingests of overlapping halves at once end with the graph of one
        emptyGraph();
        Path first = FaultsIT.samples(dir.resolve("first"), "000_", "001_", "002_", "003_");
        Path second = FaultsIT.samples(dir.resolve("second"), "002_", "003_", "004_");
        var a = CompletableFuture.supplyAsync(() -> kg("ingest", "--threads", "1", first.toString()));
        var b = CompletableFuture.supplyAsync(() -> kg("ingest", "--threads", "1", second.toString()));
        assertEquals(Kg.OK, a.get().exit(), a.get().err());
        assertEquals(Kg.OK, b.get().exit(), b.get().err());
        assertEquals(one, graph());
    }
}
