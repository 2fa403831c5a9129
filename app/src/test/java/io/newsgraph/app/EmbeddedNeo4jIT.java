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
import org.neo4j.driver.AuthTokens;
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

            // Listening on 127.0.0.1 means another local address of this machine is refused.
            InetAddress other = nonLoopbackAddress();
            if (other != null) {
                try (Socket s = new Socket()) {
                    s.connect(new InetSocketAddress(other, http), 2000);
                    throw new AssertionError("HTTP reachable on " + other);
                } catch (ConnectException expected) {
                    // refused, as it should be
                }
            }
        }
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
             var driver = GraphDatabase.driver(server.boltUri(), AuthTokens.none());
             var session = driver.session()) {
            session.run("CREATE (:Person {id: 'person:kept', name: 'Kept'})").consume();
        }
        try (EmbeddedNeo4j server = EmbeddedNeo4j.start(dir, "127.0.0.1", 0, null);
             var driver = GraphDatabase.driver(server.boltUri(), AuthTokens.none());
             var session = driver.session()) {
            assertEquals("Kept", session.run("MATCH (p:Person {id: 'person:kept'}) RETURN p.name AS n").single()
                    .get("n").asString());
        }
    }
}
