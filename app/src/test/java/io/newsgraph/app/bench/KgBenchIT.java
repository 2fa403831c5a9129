package io.newsgraph.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.app.Kg;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kg bench end to end at toy sizes: every section that runs prints its figures with their goals. No timing asserts. */
class KgBenchIT {

    @Test
    void benchPrintsEveryFigureWithItsGoalAndWritesTheResults(@TempDir Path dir) throws IOException {
        Path results = dir.resolve("RESULTS.md");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Kg.run(Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), "bench", "--corpus",
                Path.of("..", "samples", "articles").toString(), "--sample", "3", "--articles", "150",
                "--write-articles", "40", "--view-runs", "2", "--batch", "20", "--skip", "coref,memory",
                "--out", results.toString());
        String printed = out.toString(StandardCharsets.UTF_8);
        assertEquals(Kg.OK, exit, err.toString(StandardCharsets.UTF_8));
        for (String figure : new String[] {"(a) CoreNLP", "(c) our full ingest", "speed-up, 2 threads over 1",
            "the ingest's annotation alone, speed-up of 2 threads over 1",
            "re-ingest time / first ingest time", "bare UNWIND ... CREATE", "GraphWriter, the ingest's writer", "GraphWriter, one article per transaction",
            "entity-profile (lookup) median", "provenance (lookup) p95", "source-reports p95"}) {
            assertTrue(printed.contains(figure), figure + " missing from\n" + printed);
        }
        assertTrue(printed.contains("same graph (nodes per label and relationships per type identical)"), printed);
        assertTrue(printed.contains("Goals met: "), printed);
        assertTrue(printed.contains("slowest run") && printed.contains("with {") , printed);
        assertTrue(!printed.contains("section failed"), printed);
        String doc = Files.readString(results);
        assertTrue(doc.startsWith("# Benchmark results"), doc);
        assertTrue(doc.contains("cores") && doc.contains("GB memory"), doc);
        assertTrue(doc.contains("| 4 writes | bare / GraphWriter (the ingest's writer) |"), doc);
    }

    @Test
    void aViewsStoreIsBuiltOnceAndThenReused(@TempDir Path dir) {
        Path store = dir.resolve("views");
        for (String expected : new String[] {"synthetic graph built through GraphWriter.writeAll",
            "already holds the 120 synthetic articles: not built again"}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int exit = Kg.run(Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8), "bench", "--articles", "120", "--view-runs",
                    "1", "--batch", "20", "--skip", "nlp,coref,threads,reingest,writes,memory", "--views-store",
                    store.toString(), "--out", dir.resolve("RESULTS.md").toString());
            String printed = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
            assertEquals(Kg.OK, exit, printed);
            assertTrue(printed.contains(expected), expected + " missing from\n" + printed);
            assertTrue(printed.contains("co-mentions (lookup) p95"), printed);
        }
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Kg.run(Map.of(), new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true,
                StandardCharsets.UTF_8), "bench", "--articles", "50", "--skip",
                "nlp,coref,threads,reingest,writes,memory", "--views-store", store.toString(), "--out",
                dir.resolve("RESULTS.md").toString());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("holds 120 articles, not the 50 of --articles"),
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anUnknownSectionIsAUsageError() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Kg.run(Map.of(), new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true,
                StandardCharsets.UTF_8), "bench", "--skip", "everything");
        assertEquals(Kg.USAGE, exit);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("no section 'everything'"));
    }
}
