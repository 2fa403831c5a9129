package io.newsgraph.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.GraphDatabase;

/** The kg command line end to end, on the embedded Neo4j and the real NLP pipeline. */
class KgIT {

    static final Path SAMPLES = Path.of("..", "samples", "articles");
    static final Map<String, String> NO_REMOTE = Map.of();

    record Run(int exit, String out, String err) {
    }

    /** What kg needs to use this server as a remote one (NEO4J_URI and the credentials). */
    static Map<String, String> remoteEnv(EmbeddedNeo4j server) {
        return server.authEnabled() ? Map.of("NEO4J_URI", server.boltUri(), "NEO4J_USERNAME", EmbeddedNeo4j.USER,
                "NEO4J_PASSWORD", server.password()) : Map.of("NEO4J_URI", server.boltUri());
    }

    static Run kg(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Kg.run(env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Path corpus(Path dir) throws IOException {
        Path batch = Files.createDirectories(dir.resolve("articles"));
        try (var files = Files.list(SAMPLES)) {
            for (Path f : files.sorted().limit(2).toList()) {
                Files.copy(f, batch.resolve(f.getFileName()));
            }
        }
        // not UTF-8, and 0x81 is undefined in windows-1252 too
        Files.write(batch.resolve("broken.txt"), new byte[] {'a', (byte) 0xC3, (byte) 0x28, (byte) 0x81, 'b'});
        return batch;
    }

    @Test
    void ingestReportsTheBadFileGoesOnAndExportHoldsTheWholeGraph(@TempDir Path dir) throws IOException {
        Path data = dir.resolve("graph");
        Run ingest = kg(NO_REMOTE, "ingest", "--data", data.toString(), corpus(dir).toString());
        assertEquals(Kg.INPUT_FAILED, ingest.exit(), ingest.err());
        assertTrue(ingest.out().matches("(?s).*articles written\\s+2\\n.*"), ingest.out());
        assertTrue(ingest.out().matches("(?s).*failed\\s+1\\n.*"), ingest.out());
        assertTrue(ingest.out().contains("broken.txt: invalid UTF-8"), ingest.out());
        assertTrue(ingest.err().contains("FAILED") && ingest.err().contains("broken.txt"), ingest.err());
        assertTrue(ingest.out().contains("Person"), "the summary counts nodes per label");

        Run again = kg(NO_REMOTE, "ingest", "--data", data.toString(), dir.resolve("articles").toString());
        assertTrue(again.out().matches("(?s).*unchanged \\(skipped\\)\\s+2\\n.*"), again.out());
        assertTrue(again.out().matches("(?s).*articles written\\s+0\\n.*"), again.out());

        Path export = dir.resolve("out.jsonl");
        Run exported = kg(NO_REMOTE, "export", "--data", data.toString(), export.toString());
        assertEquals(Kg.OK, exported.exit(), exported.err());

        ObjectMapper json = new ObjectMapper();
        Set<String> nodes = new HashSet<>();
        int relationships = 0;
        for (String line : Files.readAllLines(export)) {
            JsonNode o = json.readTree(line);
            if (o.get("type").asText().equals("node")) {
                nodes.add(o.get("id").asText());
            } else {
                relationships++;
                assertTrue(nodes.contains(o.get("start").get("id").asText()));
                assertTrue(nodes.contains(o.get("end").get("id").asText()));
            }
        }
        try (EmbeddedNeo4j server = EmbeddedNeo4j.start(data, "127.0.0.1", 0, null);
             var driver = GraphDatabase.driver(server.boltUri(), server.authToken());
             var session = driver.session()) {
            assertEquals(session.run("MATCH (n) WHERE NOT n:IngestLock RETURN count(n) AS n").single().get("n").asInt(), nodes.size());
            assertEquals(session.run("MATCH ()-[r]->() RETURN count(r) AS n").single().get("n").asInt(),
                    relationships);
            assertEquals(2, session.run("MATCH (a:Article) RETURN count(a) AS n").single().get("n").asInt(),
                    "the graph persists in the data directory");
        }

        Run timeline = kg(NO_REMOTE, "timeline", "--data", data.toString(), "--type", "attack");
        assertEquals(Kg.OK, timeline.exit(), timeline.err());
        assertTrue(timeline.out().contains("2026-01-31  attack"), timeline.out());
        assertTrue(timeline.out().contains("92 militants killed (Inter-Services Public Relations)"), timeline.out());

        Run said = kg(NO_REMOTE, "views", "run", "statements-by", "--param", "name=Asif", "--format", "csv", "--data",
                data.toString());
        assertEquals(Kg.OK, said.exit(), said.err());
        assertTrue(said.out().startsWith("speaker,date,verb,quote,text,article"), said.out());
        assertTrue(said.out().contains("Khawaja Asif"), said.out());
        Run md = kg(NO_REMOTE, "views", "run", "contested-figures", "--format", "md", "--data", data.toString());
        assertTrue(md.out().startsWith("| event | date | category |"), md.out());
        Run unknown = kg(NO_REMOTE, "views", "run", "nope", "--data", data.toString());
        assertEquals(Kg.USAGE, unknown.exit());
        assertTrue(unknown.err().contains("no view named 'nope'"), unknown.err());
        Run badParam = kg(NO_REMOTE, "views", "run", "statements-by", "--param", "who=x", "--data", data.toString());
        assertEquals(Kg.USAGE, badParam.exit());

        Run report = kg(NO_REMOTE, "report", "entity", "Asif", "--data", data.toString());
        assertEquals(Kg.OK, report.exit(), report.err());
        assertTrue(report.out().startsWith("# Khawaja Asif\n"), report.out());
        assertTrue(report.out().contains("```mermaid") && report.out().contains("## Statements"), report.out());
        Run contested = kg(NO_REMOTE, "report", "contested", "--format", "csv", "--data", data.toString());
        assertEquals(Kg.OK, contested.exit(), contested.err());
        assertTrue(contested.out().startsWith("event,date,category,outcome,count"), contested.out());
        assertTrue(contested.out().contains(",15,") && contested.out().contains(",17,"), contested.out());
        assertEquals(Kg.USAGE, kg(NO_REMOTE, "report", "entity", "Nobody At All", "--data", data.toString()).exit());

        Run stats = kg(NO_REMOTE, "stats", "--data", data.toString());
        assertEquals(Kg.OK, stats.exit());
        assertTrue(stats.out().matches("(?s).*Article\\s+2\\n.*"), stats.out());
    }

    @Test
    void theSizeAndTimeLimitsAreOptionsAndBadInputsAreListedWithExitCodeOne(@TempDir Path dir) throws IOException {
        Path hostile = Path.of("..", "ingest", "src", "test", "resources", "hostile");
        Path batch = Files.createDirectories(dir.resolve("in"));
        Path seed;
        try (var files = Files.list(SAMPLES)) {
            seed = files.sorted().findFirst().orElseThrow();
        }
        Files.copy(seed, batch.resolve("long.txt"));
        for (String name : List.of("bom.txt", "latin1.txt", "empty.txt")) {
            Files.copy(hostile.resolve(name), batch.resolve(name));
        }
        Path data = dir.resolve("graph");
        Run limited = kg(NO_REMOTE, "ingest", "--data", data.toString(), "--max-bytes", "2K", "--article-timeout",
                "90s", batch.toString(), dir.resolve("nowhere").toString());
        assertEquals(Kg.INPUT_FAILED, limited.exit(), limited.err());
        assertTrue(limited.out().matches("(?s).*articles written\\s+2\\n.*"), limited.out());
        assertTrue(limited.out().contains("long.txt: file is " + Files.size(seed) + " bytes, over the limit of 2048 "
                + "(--max-bytes)"), limited.out());
        assertTrue(limited.out().contains("empty.txt: empty file"), limited.out());
        assertTrue(limited.out().contains("nowhere: no such file or directory"), limited.out());
        assertTrue(limited.out().matches("(?s).*Warnings\\n  \\S*latin1\\.txt: not UTF-8 .*read as windows-1252.*"),
                limited.out());

        Run timedOut = kg(NO_REMOTE, "ingest", "--data", data.toString(), "--article-timeout", "1ms",
                batch.resolve("long.txt").toString());
        assertEquals(Kg.INPUT_FAILED, timedOut.exit(), timedOut.err());
        assertTrue(timedOut.out().contains("long.txt: gave up after 1 ms of analysis (--article-timeout)"),
                timedOut.out());
        assertTrue(timedOut.out().matches("(?s).*articles written\\s+0\\n.*"), timedOut.out());

        Run nothing = kg(NO_REMOTE, "ingest", "--data", data.toString(), dir.resolve("nowhere").toString());
        assertEquals(Kg.INPUT_FAILED, nothing.exit(), nothing.err());
        assertTrue(nothing.err().contains("FAILED") && nothing.err().contains("nowhere: no such file or directory"),
                nothing.err());

        assertEquals(Kg.USAGE, kg(NO_REMOTE, "ingest", "--max-bytes", "lots", batch.toString()).exit());
        assertEquals(Kg.USAGE, kg(NO_REMOTE, "ingest", "--max-bytes", "0", batch.toString()).exit());
        assertEquals(Kg.USAGE, kg(NO_REMOTE, "ingest", "--article-timeout", "0", batch.toString()).exit());
        assertEquals(Kg.USAGE, kg(NO_REMOTE, "ingest", "--article-timeout", "soon", batch.toString()).exit());
        Run usage = kg(NO_REMOTE, "ingest");
        assertTrue(usage.err().contains("--max-bytes") && usage.err().contains("--article-timeout"), usage.err());
    }

    @Test
    void aRemoteServerNamedByNeo4jUriIsUsedInsteadOfTheEmbeddedOne(@TempDir Path dir) throws IOException {
        try (EmbeddedNeo4j remote = EmbeddedNeo4j.start(dir.resolve("remote"), "127.0.0.1", 0, null)) {
            Map<String, String> env = remoteEnv(remote);
            Path local = dir.resolve("unused");
            Path one = Files.createDirectories(dir.resolve("one"));
            try (var files = Files.list(SAMPLES)) {
                Path f = files.sorted().findFirst().orElseThrow();
                Files.copy(f, one.resolve(f.getFileName()));
            }
            Run ingest = kg(env, "ingest", "--data", local.toString(), one.toString());
            assertEquals(Kg.OK, ingest.exit(), ingest.err());
            assertTrue(ingest.err().contains(remote.boltUri()), ingest.err());
            assertTrue(!Files.exists(local), "no embedded store was created");
            try (var driver = GraphDatabase.driver(remote.boltUri(), remote.authToken());
                 var session = driver.session()) {
                assertEquals(1, session.run("MATCH (a:Article) RETURN count(a) AS n").single().get("n").asInt());
            }
        }
    }

    @Test
    void aServerThatRefusesTheSchemaExitsWithCodeThreeAndSaysSo(@TempDir Path dir) throws IOException {
        try (EmbeddedNeo4j remote = EmbeddedNeo4j.start(dir.resolve("remote"), "127.0.0.1", 0, null)) {
            try (var driver = GraphDatabase.driver(remote.boltUri(), remote.authToken());
                 var session = driver.session()) {
                // data the graph's unique article ids cannot hold
                session.run("CREATE (:Article {id: 'article:twice'}), (:Article {id: 'article:twice'})").consume();
            }
            Run r = kg(remoteEnv(remote), "stats");
            assertEquals(Kg.UNREACHABLE, r.exit(), r.err());
            assertTrue(r.err().startsWith("kg: Neo4j at " + remote.boltUri() + " did not take the graph's "
                    + "constraints and indexes (schema.cypher): "), r.err());
            assertTrue(!r.err().contains("\tat "), "no stack trace: " + r.err());
        }
    }

    @Test
    void anUnreachableServerExitsWithCodeThreeAndAMessage() {
        long t0 = System.nanoTime();
        Run r = kg(Map.of("NEO4J_URI", "bolt://127.0.0.1:1", "NEO4J_PASSWORD", "x"), "stats");
        assertEquals(Kg.UNREACHABLE, r.exit());
        assertTrue(r.err().startsWith("kg: cannot reach Neo4j at bolt://127.0.0.1:1"), r.err());
        assertTrue(!r.err().contains("\tat "), "no stack trace: " + r.err());
        assertTrue((System.nanoTime() - t0) / 1e9 < 30, "gives up within seconds");
    }

    @Test
    void aGraphInUseByAnotherServerIsAClearError(@TempDir Path dir) throws IOException {
        try (EmbeddedNeo4j running = EmbeddedNeo4j.start(dir, "127.0.0.1", 0, null)) {
            Run r = kg(NO_REMOTE, "stats", "--data", dir.toString());
            assertEquals(Kg.UNREACHABLE, r.exit(), r.err());
            assertTrue(r.err().contains("in use by another process"), r.err());
        }
    }

    @Test
    void usageErrorsExitWithCodeTwo() {
        assertEquals(Kg.USAGE, kg(NO_REMOTE).exit());
        assertEquals(Kg.USAGE, kg(NO_REMOTE, "frobnicate").exit());
        assertEquals(Kg.USAGE, kg(NO_REMOTE, "ingest").exit(), "ingest needs a path");
        assertEquals(Kg.USAGE, kg(NO_REMOTE, "ingest", "--threads", "many", "x").exit());
        Run help = kg(NO_REMOTE, "--help");
        assertEquals(Kg.OK, help.exit());
        assertTrue(help.out().contains("Exit codes"));
        List.of("demo", "ingest", "serve", "export", "stats").forEach(c -> assertTrue(help.out().contains(c), c));
        for (String c : List.of("demo", "ingest", "serve", "export", "stats", "timeline", "views", "report", "bench",
                "lexicon")) {
            Run sub = kg(NO_REMOTE, c, "--help"); // every command explains itself, whatever it requires
            assertEquals(Kg.OK, sub.exit(), c + ": " + sub.err());
            assertTrue(sub.out().contains("Usage: kg " + c), c + ": " + sub.out());
        }
    }

    @Test
    void theLexiconIsWrittenOutAndAFileItCannotHoldStopsTheIngestWithItsName(@TempDir Path dir) throws IOException {
        Path lexicon = dir.resolve("lexicon");
        Run written = kg(NO_REMOTE, "lexicon", "--out", lexicon.toString());
        assertEquals(Kg.OK, written.exit(), written.err());
        for (String f : io.newsgraph.ingest.Lexicon.FILES) {
            assertTrue(Files.isRegularFile(lexicon.resolve(f)), f + ": " + written.out());
        }
        Files.writeString(lexicon.resolve("event.yaml"), "types: {}\n");
        Run bad = kg(NO_REMOTE, "ingest", "--data", dir.resolve("graph").toString(), "--lexicon", lexicon.toString(),
                SAMPLES.toString());
        assertEquals(Kg.USAGE, bad.exit(), bad.err());
        assertTrue(bad.err().contains("unknown file event.yaml"), bad.err());
    }

    @Test
    void viewsFavoritesWritesAZipBrowserImports(@TempDir Path dir) throws IOException {
        Path zip = dir.resolve("views.zip");
        Run r = kg(NO_REMOTE, "views", "favorites", "--out", zip.toString());
        assertEquals(Kg.OK, r.exit(), r.err());
        List<String> names = new java.util.ArrayList<>();
        try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(zip))) {
            for (java.util.zip.ZipEntry e; (e = in.getNextEntry()) != null; ) {
                names.add(e.getName());
            }
        }
        assertEquals(io.newsgraph.queries.Views.list().size(), names.size(), names.toString());
        assertTrue(names.contains("newsgraph/contested-figures.cypher"), names.toString());
        assertTrue(r.out().contains("drag the file onto the Neo4j Browser"), "says how to import it: " + r.out());
    }
}
