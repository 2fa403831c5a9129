package io.newsgraph.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.GraphDatabase;

class EmbeddedNeo4jIT {

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    @Test
    void servesNeo4jBrowserAndBoltOnLoopbackOnly(@TempDir Path dir) throws Exception {
        int http = freePort();
        try (EmbeddedNeo4j server = EmbeddedNeo4j.start(dir, "127.0.0.1", 0, http)) {
            assertTrue(server.boltUri().startsWith("bolt://127.0.0.1:"));
            HttpResponse<String> page = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(server.browserUrl())).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("Neo4j Browser"), page.body().substring(0, 200));

            // Listening on 127.0.0.1 means another local address of this machine is refused, for HTTP and Bolt.
            int bolt = Integer.parseInt(server.boltUri().substring(server.boltUri().lastIndexOf(':') + 1));
            assertTrue(reachable(InetAddress.getLoopbackAddress(), bolt), "Bolt on loopback");
            InetAddress other = nonLoopbackAddress();
            org.junit.jupiter.api.Assumptions.assumeTrue(other != null, "this machine has no other address to try");
            assertTrue(!reachable(other, http), "HTTP reachable on " + other);
            assertTrue(!reachable(other, bolt), "Bolt reachable on " + other);
        }
    }

    private static boolean reachable(InetAddress address, int port) throws IOException {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(address, port), 2000);
            return true;
        } catch (ConnectException refused) {
            return false;
        }
    }

    @Test
    void theCommandLineListensOnLoopbackUnlessToldOtherwise(@TempDir Path dir) throws Exception {
        var cl = new picocli.CommandLine(new Kg());
        assertEquals("127.0.0.1", cl.getCommandSpec().findOption("--listen").defaultValue());
        // the address kg gives the embedded server by default is the one it listens on
        Kg kg = new Kg();
        new picocli.CommandLine(kg).parseArgs("--data", dir.resolve("g").toString());
        assertEquals("127.0.0.1", kg.listen);
        org.junit.jupiter.api.Assumptions.assumeFalse(GraphConnection.remoteConfigured(System.getenv()),
                "NEO4J_URI is set: kg would use that server");
        try (GraphConnection conn = kg.connect(null, null)) {
            assertTrue(conn.embedded().boltUri().startsWith("bolt://127.0.0.1:"), conn.embedded().boltUri());
            int bolt = Integer.parseInt(conn.embedded().boltUri().replaceAll(".*:", ""));
            InetAddress other = nonLoopbackAddress();
            if (other != null) {
                assertTrue(!reachable(other, bolt), "Bolt reachable on " + other);
            }
        }
        // another address only with the flag
        Kg open = new Kg();
        new picocli.CommandLine(open).parseArgs("--listen", "0.0.0.0", "--data", dir.resolve("g").toString());
        assertEquals("0.0.0.0", open.listen);
    }

    private static InetAddress nonLoopbackAddress() throws IOException {
        for (var nif : java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces())) {
            for (var addr : java.util.Collections.list(nif.getInetAddresses())) {
                if (!addr.isLoopbackAddress() && addr instanceof java.net.Inet4Address) {
                    return addr;
                }
            }
        }
        return null;
    }

    @Test
    void theGraphSurvivesARestart(@TempDir Path dir) throws IOException {
        try (EmbeddedNeo4j server = EmbeddedNeo4j.start(dir, "127.0.0.1", 0, null);
             var driver = GraphDatabase.driver(server.boltUri(), server.authToken());
             var session = driver.session()) {
            session.run("CREATE (:Person {id: 'person:kept', name: 'Kept'})").consume();
        }
        try (EmbeddedNeo4j server = EmbeddedNeo4j.start(dir, "127.0.0.1", 0, null);
             var driver = GraphDatabase.driver(server.boltUri(), server.authToken());
             var session = driver.session()) {
            assertEquals("Kept", session.run("MATCH (p:Person {id: 'person:kept'}) RETURN p.name AS n").single()
                    .get("n").asString());
        }
    }
}
