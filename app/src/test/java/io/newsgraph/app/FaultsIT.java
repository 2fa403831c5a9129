package io.newsgraph.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.GraphDatabase;

/**
 * Faults, against a real Neo4j (the embedded server, reached as a remote one through NEO4J_URI) and the real NLP:
 * the server stopping in the middle of an ingest, and two ingests of overlapping corpora at the same time.
 */
class FaultsIT {

    static final Path SAMPLES = Path.of("..", "samples", "articles");

    @TempDir
    static Path shared;

    /** The graph one ingest of the five samples gives, to compare the faulty runs with. */
    static GraphSnapshot clean;

    static GraphSnapshot snapshot(EmbeddedNeo4j server) {
        try (var driver = GraphDatabase.driver(server.boltUri(), server.authToken())) {
            return GraphSnapshot.of(driver);
        }
    }

    record Run(int exit, String out, String err) {
    }

    /** Runs kg against this server; each complete line of its stderr is also given to {@code onErrLine}. */
    static Run kg(EmbeddedNeo4j server, Consumer<String> onErrLine, String... args) {
        return kg(KgIT.remoteEnv(server), onErrLine, args);
    }

    /** Runs kg with this environment; each complete line of its stderr is also given to {@code onErrLine}. */
    static Run kg(Map<String, String> env, Consumer<String> onErrLine, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        OutputStream watched = new OutputStream() {
            private final ByteArrayOutputStream line = new ByteArrayOutputStream();

            @Override
            public synchronized void write(int b) {
                err.write(b);
                if (b == '\n') {
                    onErrLine.accept(line.toString(StandardCharsets.UTF_8));
                    line.reset();
                } else {
                    line.write(b);
                }
            }
        };
        int exit = Kg.run(env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(watched, true, StandardCharsets.UTF_8), args);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Path samples(Path dir, String... prefixes) throws IOException {
        Path batch = Files.createDirectories(dir);
        try (var files = Files.list(SAMPLES)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (prefixes.length == 0 || List.of(prefixes).stream().anyMatch(name::startsWith)) {
                    Files.copy(f, batch.resolve(name));
                }
            }
        }
        return batch;
    }

    @BeforeAll
    static void ingestOnce() throws IOException {
        Path corpus = samples(shared.resolve("all"));
        try (EmbeddedNeo4j server = EmbeddedNeo4j.start(shared.resolve("clean"), "127.0.0.1", 0, null)) {
            Run r = kg(server, line -> { }, "ingest", "--threads", "1", corpus.toString());
            assertEquals(Kg.OK, r.exit(), r.err());
            clean = snapshot(server);
        }
        assertEquals(5, clean.perArticle().size());
    }

    @Test
    void theServerStoppingMidIngestLeavesWholeArticlesAClearErrorAndARerunCompletesTheCorpus(@TempDir Path dir)
            throws IOException {
        Path corpus = samples(dir.resolve("all"));
        Path store = dir.resolve("graph");
        Run stopped;
        try (EmbeddedNeo4j server = EmbeddedNeo4j.start(store, "127.0.0.1", 0, null)) {
            String uri = server.boltUri();
            // the server goes away once the second article is written, while the others wait to be written
            stopped = kg(server, line -> {
                if (line.matches("\\[2/5\\] .*: written.*")) {
                    server.close();
                }
            }, "ingest", "--threads", "1", "--write-group", "1", corpus.toString());
            assertEquals(Kg.UNREACHABLE, stopped.exit(), stopped.out() + stopped.err());
            assertTrue(stopped.err().contains("kg: Neo4j at " + uri), stopped.err());
            assertTrue(stopped.err().contains("became unreachable while writing"), stopped.err());
            assertTrue(stopped.err().contains("run the same command again"), stopped.err());
            assertFalse(stopped.err().contains("\tat "), "no stack trace: " + stopped.err());
        }

        String again;
        try (EmbeddedNeo4j server = EmbeddedNeo4j.start(store, "127.0.0.1", 0, null)) {
            GraphSnapshot half = snapshot(server);
            assertEquals(2, half.perArticle().size(), "the two articles written before the server stopped");
            half.perArticle().forEach((id, parts) -> assertEquals(clean.perArticle().get(id), parts,
                    "article " + id + " is whole: everything a clean ingest gives it"));

            Run rerun = kg(server, line -> { }, "ingest", "--threads", "1", corpus.toString());
            assertEquals(Kg.OK, rerun.exit(), rerun.err());
            again = rerun.out();
            assertTrue(rerun.err().contains("Analysing 3 new articles"), "only what was not written is annotated: "
                    + rerun.err());
            assertTrue(again.matches("(?s).*articles written\\s+3\\n.*"), again);
            assertTrue(again.matches("(?s).*unchanged \\(skipped\\)\\s+2\\n.*"), again);
            GraphSnapshot whole = snapshot(server);
            assertEquals(clean.perArticle(), whole.perArticle());
            assertEquals(GraphSnapshot.difference(clean.nodes(), whole.nodes()),
                    GraphSnapshot.difference(whole.nodes(), clean.nodes()),
                    "half written: " + half.perArticle().keySet() + "; nodes only the clean ingest has / only this");
            assertEquals(clean.nodes(), whole.nodes(), "the same nodes as one clean ingest, no duplicates");
            assertEquals(clean.relationships(), whole.relationships());
        }
    }

    @Test
    void aConnectionCutInTheMiddleOfAWriteIsRetriedAndTheGraphIsThatOfOneIngest(@TempDir Path dir) throws Exception {
        Path corpus = samples(dir.resolve("all"));
        try (EmbeddedNeo4j server = EmbeddedNeo4j.start(dir.resolve("graph"), "127.0.0.1", 0, null);
             DroppingProxy proxy = new DroppingProxy(Integer.parseInt(server.boltUri().replaceAll(".*:", "")))) {
            Map<String, String> env = new java.util.HashMap<>(KgIT.remoteEnv(server));
            env.put("NEO4J_URI", "bolt://127.0.0.1:" + proxy.port());
            // once the first article is written, the network fails while the next write statement is on its way
            Run r = kg(env, line -> {
                if (line.matches("\\[1/5\\] .*: written.*")) {
                    proxy.dropOnNext("MERGE");
                }
            }, "ingest", "--threads", "1", "--write-group", "1", corpus.toString());
            assertEquals(1, proxy.drops(), "the connection was cut once, in the middle of a write");
            assertEquals(Kg.OK, r.exit(), "the driver retried the article's transaction: " + r.err());
            assertTrue(r.out().matches("(?s).*articles written\\s+5\\n.*"), r.out());
            GraphSnapshot after = snapshot(server);
            assertEquals(clean.perArticle(), after.perArticle());
            assertEquals(clean.nodes(), after.nodes(), "the same nodes as one clean ingest, nothing twice");
            assertEquals(clean.relationships(), after.relationships());
        }
    }

    @Test
    void twoIngestsOfOverlappingCorporaAtOnceGiveTheGraphOfOneIngest(@TempDir Path dir) throws Exception {
        Path first = samples(dir.resolve("first"), "000_", "001_", "002_", "003_");
        Path second = samples(dir.resolve("second"), "002_", "003_", "004_");
        try (EmbeddedNeo4j server = EmbeddedNeo4j.start(dir.resolve("graph"), "127.0.0.1", 0, null)) {
            CountDownLatch go = new CountDownLatch(1);
            var a = CompletableFuture.supplyAsync(() -> {
                await(go);
                return kg(server, line -> { }, "ingest", "--threads", "1", first.toString());
            });
            var b = CompletableFuture.supplyAsync(() -> {
                await(go);
                return kg(server, line -> { }, "ingest", "--threads", "1", second.toString());
            });
            go.countDown();
            Run ra = a.get();
            Run rb = b.get();
            assertEquals(Kg.OK, ra.exit(), ra.err());
            assertEquals(Kg.OK, rb.exit(), rb.err());
            GraphSnapshot both = snapshot(server);
            assertEquals(clean.perArticle(), both.perArticle());
            assertEquals(GraphSnapshot.difference(clean.nodes(), both.nodes()),
                    GraphSnapshot.difference(both.nodes(), clean.nodes()));
            assertEquals(clean.nodes(), both.nodes(), "the same nodes (ids, labels, properties) as one ingest");
            assertEquals(clean.relationships(), both.relationships());
        }
    }

    static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
