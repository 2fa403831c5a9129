package io.newsgraph.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;

/**
 * The embedded server attacked as a web page in the analyst's browser would attack it: a cross-origin request to
 * the HTTP API (the CORS preflight and the write itself) and a Bolt WebSocket from a foreign origin, against a
 * running {@code kg serve} and {@code kg demo} (their own processes, started as a user starts them). Then the
 * password: kept owner-only in the data directory, required, a wrong one refused, and {@code --no-auth} kept to
 * loopback.
 */
class SecurityIT {

    static final String EVIL = "http://evil.example";

    record Counts(long nodes, long relationships, long pwned) {
    }

    static Counts counts(Driver driver) {
        try (var session = driver.session()) {
            var r = session.run("MATCH (n) WITH count(n) AS nodes "
                    + "OPTIONAL MATCH ()-[r]->() WITH nodes, count(r) AS rels "
                    + "OPTIONAL MATCH (p:Pwned) RETURN nodes, rels, count(p) AS pwned").single();
            return new Counts(r.get("nodes").asLong(), r.get("rels").asLong(), r.get("pwned").asLong());
        }
    }

    static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The header a foreign page would need to read the response: never '*' nor that page's origin. */
    static void noCrossOriginRead(HttpResponse<String> response) {
        List<String> allow = response.headers().allValues("Access-Control-Allow-Origin");
        assertFalse(allow.contains("*"), "no wildcard: " + response.headers().map());
        assertFalse(allow.contains(EVIL), "not the foreign origin: " + response.headers().map());
    }

    @ParameterizedTest(name = "kg {0}")
    @ValueSource(strings = {"serve", "demo"})
    void aForeignPageCannotReadOrWriteTheGraph(String command, @TempDir Path dir) throws Exception {
        Path data = dir.resolve("graph");
        int http = SeedGraph.freePort();
        int bolt = SeedGraph.freePort();
        List<String> args = new java.util.ArrayList<>(List.of(command, "--data", data.toString(),
                "--http-port", "" + http, "--bolt-port", "" + bolt));
        if (command.equals("demo")) {
            args.addAll(List.of("--samples", KgIT.SAMPLES.toString(), "--threads", "1"));
        }
        try (KgProcess kg = KgProcess.start(Map.of(), args.toArray(String[]::new))) {
            kg.awaitLine(l -> l.startsWith("Press Ctrl-C"), Duration.ofMinutes(8));
            String password = Files.readString(PasswordFile.of(data)).strip();
            String printed = kg.awaitLine(l -> l.startsWith("Neo4j Browser:"), Duration.ofSeconds(1));
            assertTrue(printed.endsWith("/newsgraph/connect.html#password=" + password), printed);
            assertTrue(kg.output().contains("password in " + PasswordFile.of(data)), kg.output());

            try (Driver owner = GraphDatabase.driver("bolt://127.0.0.1:" + bolt,
                    AuthTokens.basic(EmbeddedNeo4j.USER, password))) {
                Counts before = counts(owner);
                if (command.equals("demo")) {
                    assertTrue(before.nodes() > 50, "the demo ingested the samples: " + before);
                }

                String commit = "http://127.0.0.1:" + http + "/db/neo4j/tx/commit";
                HttpResponse<String> preflight = send(HttpRequest.newBuilder(URI.create(commit))
                        .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", EVIL)
                        .header("Access-Control-Request-Method", "POST")
                        .header("Access-Control-Request-Headers", "content-type"));
                noCrossOriginRead(preflight);
                assertTrue(preflight.headers().allValues("Access-Control-Allow-Methods").isEmpty(),
                        preflight.headers().map().toString());

                String create = "{\"statements\":[{\"statement\":\"CREATE (p:Pwned) RETURN count(p)\"}]}";
                for (String path : List.of("/db/neo4j/tx/commit", "/db/neo4j/tx", "/db/neo4j/query/v2",
                        "/db/data/transaction/commit")) {
                    for (String type : List.of("application/json", "text/plain")) {
                        HttpResponse<String> write = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                                + http + path)).header("Origin", EVIL).header("Content-Type", type)
                                .POST(HttpRequest.BodyPublishers.ofString(create)));
                        assertTrue(write.statusCode() >= 400, path + " " + type + " answered " + write.statusCode()
                                + ": " + write.body());
                        assertFalse(write.body().contains("\"results\""), write.body());
                        noCrossOriginRead(write);
                    }
                }
                // even with the password, no query runs over HTTP: only Bolt takes queries
                HttpResponse<String> withPassword = send(HttpRequest.newBuilder(URI.create(commit))
                        .header("Content-Type", "application/json").header("Authorization", "Basic "
                                + java.util.Base64.getEncoder().encodeToString(("neo4j:" + password)
                                .getBytes(StandardCharsets.UTF_8)))
                        .POST(HttpRequest.BodyPublishers.ofString(create)));
                assertEquals(404, withPassword.statusCode(), withPassword.body());

                // Bolt over a WebSocket from the foreign page: no password, a guessed one, then a write anyway
                for (String[] credentials : List.of(new String[] {"none", null, null},
                        new String[] {"basic", "neo4j", "neo4j"}, new String[] {"basic", "neo4j", "password"})) {
                    try (BoltOverWebSocket ws = BoltOverWebSocket.open("127.0.0.1", bolt, EVIL)) {
                        BoltOverWebSocket.Response hello = ws.hello(credentials[0], credentials[1], credentials[2]);
                        assertTrue(hello.failure(), "HELLO " + credentials[0] + " was not refused: " + hello);
                        assertTrue(hello.text().contains("Neo.ClientError.Security.Unauthorized"), hello.text());
                        BoltOverWebSocket.Response run = ws.run("CREATE (p:Pwned) RETURN count(p)");
                        assertNotEquals(BoltOverWebSocket.SUCCESS, run.tag(), "a query ran after a refused HELLO");
                    }
                }
                // the discovery document Browser reads is public, but no foreign page may read it either
                noCrossOriginRead(send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + http + "/"))
                        .header("Origin", EVIL)));

                assertEquals(before, counts(owner), "the graph is unchanged");
            }
        }
    }

    @Test
    void aWrongOrMissingPasswordIsRefused(@TempDir Path dir) throws Exception {
        try (EmbeddedNeo4j server = EmbeddedNeo4j.start(dir.resolve("graph"), "127.0.0.1", 0, null)) {
            for (var token : List.of(AuthTokens.none(), AuthTokens.basic("neo4j", "neo4j"),
                    AuthTokens.basic("neo4j", server.password() + "x"))) {
                try (Driver driver = GraphDatabase.driver(server.boltUri(), token)) {
                    assertThrows(AuthenticationException.class, driver::verifyConnectivity, token.toString());
                }
            }
            try (Driver driver = GraphDatabase.driver(server.boltUri(), server.authToken())) {
                driver.verifyConnectivity();
            }
            KgIT.Run wrong = KgIT.kg(Map.of("NEO4J_URI", server.boltUri(), "NEO4J_USERNAME", "neo4j",
                    "NEO4J_PASSWORD", "not-the-password"), "stats");
            assertEquals(Kg.UNREACHABLE, wrong.exit(), wrong.err());
            assertTrue(wrong.err().contains("refused the credentials"), wrong.err());
            assertFalse(wrong.err().contains("not-the-password"), "the password is not echoed: " + wrong.err());
        }
    }

    @Test
    void thePasswordIsMadeOnceKeptOwnerOnlyAndIsThePassword(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("graph");
        KgIT.Run first = KgIT.kg(KgIT.NO_REMOTE, "stats", "--data", data.toString());
        assertEquals(Kg.OK, first.exit(), first.err());
        Path file = PasswordFile.of(data);
        String password = Files.readString(file).strip();
        assertTrue(password.length() >= 40, "a strong random password: " + password.length() + " characters");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));

        // kept across runs; a file others may read is made owner-only again
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        assertEquals(Kg.OK, KgIT.kg(KgIT.NO_REMOTE, "stats", "--data", data.toString()).exit());
        assertEquals(password, Files.readString(file).strip());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));

        // the file is the password: another one written there is the one the server takes next time
        Files.writeString(file, "a-new-password-of-my-own\n");
        try (EmbeddedNeo4j server = EmbeddedNeo4j.start(data, "127.0.0.1", 0, null)) {
            try (Driver driver = GraphDatabase.driver(server.boltUri(), AuthTokens.basic("neo4j",
                    "a-new-password-of-my-own"))) {
                driver.verifyConnectivity();
            }
            try (Driver driver = GraphDatabase.driver(server.boltUri(), AuthTokens.basic("neo4j", password))) {
                assertThrows(AuthenticationException.class, driver::verifyConnectivity);
            }
        }

        // a file with no usable password is a clear error naming it
        Files.writeString(file, "\n");
        KgIT.Run empty = KgIT.kg(KgIT.NO_REMOTE, "stats", "--data", data.toString());
        assertEquals(Kg.UNREACHABLE, empty.exit(), empty.err());
        assertTrue(empty.err().contains(file + " does not hold a usable password"), empty.err());
    }

    @Test
    void aGraphMadeWithoutAPasswordNeedsOneOnceAuthenticationIsOn(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("graph");
        KgIT.Run open = KgIT.kg(KgIT.NO_REMOTE, "stats", "--no-auth", "--data", data.toString());
        assertEquals(Kg.OK, open.exit(), open.err());
        assertTrue(open.err().contains("warning: --no-auth"), open.err());
        assertFalse(Files.exists(PasswordFile.of(data)), "no password made without authentication");
        try (EmbeddedNeo4j server = EmbeddedNeo4j.start(data, "127.0.0.1", 0, null)) {
            try (Driver driver = GraphDatabase.driver(server.boltUri(), AuthTokens.none())) {
                assertThrows(AuthenticationException.class, driver::verifyConnectivity);
            }
            try (Driver driver = GraphDatabase.driver(server.boltUri(), server.authToken())) {
                driver.verifyConnectivity();
            }
        }
    }

    @Test
    void noAuthIsRefusedOnAnyAddressButLoopback(@TempDir Path dir) {
        for (String address : List.of("0.0.0.0", "192.0.2.10", "::")) {
            KgIT.Run r = KgIT.kg(KgIT.NO_REMOTE, "serve", "--no-auth", "--listen", address, "--data",
                    dir.resolve("graph").toString(), "--http-port", "0", "--bolt-port", "0");
            assertEquals(Kg.USAGE, r.exit(), r.err());
            assertTrue(r.err().contains("--listen " + address + " is not a loopback address"), r.err());
            assertTrue(r.err().contains("needs authentication (drop --no-auth)"), r.err());
        }
        assertFalse(Files.exists(dir.resolve("graph")), "nothing was started");
        assertThrows(IllegalArgumentException.class, () -> EmbeddedNeo4j.start(dir.resolve("g"), "0.0.0.0", 0,
                null, false));
    }
}
