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
import java.util.List;
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

            // Listening on 127.0.0.1 only, for HTTP and Bolt: the kernel's socket table says where each port is bound
            // (read, not probed: no traffic to any address but loopback)
            int bolt = Integer.parseInt(server.boltUri().substring(server.boltUri().lastIndexOf(':') + 1));
            assertTrue(reachable(InetAddress.getLoopbackAddress(), bolt), "Bolt on loopback");
            assertEquals(List.of("127.0.0.1"), listening(http), "HTTP");
            assertEquals(List.of("127.0.0.1"), listening(bolt), "Bolt");
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
            assertEquals(List.of("127.0.0.1"), listening(bolt), "Bolt");
        }
        // another address only with the flag
        Kg open = new Kg();
        new picocli.CommandLine(open).parseArgs("--listen", "0.0.0.0", "--data", dir.resolve("g").toString());
        assertEquals("0.0.0.0", open.listen);
    }

    /**
     * The local addresses a listening TCP socket of this port is bound to, from Linux's socket tables
     * ({@code /proc/net/tcp}, {@code tcp6}); "0.0.0.0" or "::" would mean every address of the machine.
     */
    static List<String> listening(int port) throws IOException {
        List<String> out = new java.util.ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path file = Path.of(table);
            org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.exists(Path.of("/proc/net/tcp")),
                    "no /proc/net/tcp: not Linux");
            if (!java.nio.file.Files.exists(file)) {
                continue;
            }
            for (String line : java.nio.file.Files.readAllLines(file)) {
                String[] f = line.trim().split("\\s+");
                // sl local_address rem_address st ...; st 0A is LISTEN
                if (f.length > 3 && f[3].equals("0A") && f[1].contains(":")
                        && Integer.parseInt(f[1].substring(f[1].indexOf(':') + 1), 16) == port) {
                    out.add(address(f[1].substring(0, f[1].indexOf(':'))));
                }
            }
        }
        return out;
    }

    /** A /proc/net address: 8 hex digits (IPv4, little-endian) or 32 (IPv6, four little-endian words). */
    static String address(String hex) throws IOException {
        byte[] b = new byte[hex.length() / 2];
        for (int word = 0; word < b.length / 4; word++) {
            for (int k = 0; k < 4; k++) {
                b[word * 4 + k] = (byte) Integer.parseInt(hex.substring(word * 8 + (3 - k) * 2,
                        word * 8 + (3 - k) * 2 + 2), 16);
            }
        }
        return InetAddress.getByAddress(b).getHostAddress();
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
