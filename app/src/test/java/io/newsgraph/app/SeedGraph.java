package io.newsgraph.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * The five sample articles ingested once per test JVM by {@code kg ingest} (the real NLP pipeline), served by one
 * embedded Neo4j with Bolt and HTTP on free ports, for the tests that read the seed graph.
 */
final class SeedGraph {

    private static SeedGraph instance;

    final EmbeddedNeo4j server;
    final Driver driver;
    final int httpPort;

    private SeedGraph(EmbeddedNeo4j server, Driver driver, int httpPort) {
        this.server = server;
        this.driver = driver;
        this.httpPort = httpPort;
    }

    static synchronized SeedGraph get() {
        if (instance == null) {
            try {
                Path data = Files.createTempDirectory("newsgraph-seeds").resolve("graph");
                KgIT.Run ingest = KgIT.kg(KgIT.NO_REMOTE, "ingest", "--data", data.toString(),
                        KgIT.SAMPLES.toString());
                assertEquals(Kg.OK, ingest.exit(), ingest.err());
                int http = freePort();
                EmbeddedNeo4j server = EmbeddedNeo4j.start(data, "127.0.0.1", 0, http);
                Driver driver = GraphDatabase.driver(server.boltUri(), server.authToken());
                Runtime.getRuntime().addShutdownHook(new Thread(driver::close, "seed-driver-close"));
                instance = new SeedGraph(server, driver, http);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket()) {
            s.bind(new InetSocketAddress("127.0.0.1", 0));
            return s.getLocalPort();
        }
    }
}
