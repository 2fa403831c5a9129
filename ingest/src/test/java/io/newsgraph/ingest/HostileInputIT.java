package io.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.Article;
import io.newsgraph.model.Ids;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A batch of hostile inputs through the whole ingest, with the real CoreNLP pipeline and a real in-process Neo4j. */
class HostileInputIT extends EmptiedGraph {

    static Path copyOfFixtures(Path dir) throws IOException {
        Path batch = dir.resolve("batch");
        try (Stream<Path> walk = Files.walk(HostileInputTests.HOSTILE)) {
            for (Path p : walk.toList()) {
                Path target = batch.resolve(HostileInputTests.HOSTILE.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return batch;
    }

    static long count(String cypher, Map<String, Object> params) {
        try (var session = graph.driver.session()) {
            return session.run(cypher, params).single().get(0).asLong();
        }
    }

    static String file(String origin) {
        return Path.of(origin.replaceFirst(":\\d+$", "")).getFileName() + origin.replaceFirst("^.*?(:\\d+)?$", "$1");
    }

    @Test
    void everyHostileInputIsReportedOrReadAndTheRestOfTheBatchIsWritten(@TempDir Path dir) throws IOException {
        Path batch = copyOfFixtures(dir);
        Files.writeString(batch.resolve("big.txt"), HostileInputTests.generatedArticle(5 * 1024 * 1024));
        Files.writeString(batch.resolve("run-on.txt"), "A sentence that never ends\n\n"
                + HostileInputTests.noPunctuation(100_000) + "\n");
        Files.write(batch.resolve("photo.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0,
                0, 13, 'I', 'H', 'D', 'R'});

        long t0 = System.nanoTime();
        IngestReport report = graph.pipeline().ingest(List.of(batch, batch.resolve("no-articles"),
                dir.resolve("does-not-exist")), IngestPipeline.Listener.NONE);
        double seconds = (System.nanoTime() - t0) / 1e9;

        var failures = report.failed().stream().collect(Collectors.toMap(f -> file(f.origin()),
                ReadResult.Failed::reason, (a, b) -> a + " | " + b, java.util.TreeMap::new));
        assertEquals(new TreeSet<>(List.of("bad-rows.csv:3", "bad-rows.csv:4", "bad-rows.csv:5", "big.txt",
                "broken.jsonl:2", "does-not-exist", "empty.txt", "invalid-utf8.txt", "no-articles", "nul-bytes.txt",
                "photo.txt", "whitespace.txt")), failures.keySet(), failures.toString());
        assertTrue(failures.get("big.txt").contains("over the limit of 1048576 (--max-bytes)"), failures.toString());
        assertTrue(failures.get("photo.txt").startsWith("binary file"), failures.toString());
        assertTrue(failures.get("does-not-exist").equals("no such file or directory"), failures.toString());
        assertTrue(report.hasFailures(), "the exit code says some inputs failed");

        assertEquals(1, report.duplicates().size());
        String duplicate = report.duplicates().get(0).toString();
        assertTrue(duplicate.matches(".*duplicate-b\\.txt: duplicate of .*duplicate-a\\.txt \\(the same text\\): "
                + "written once"), duplicate);
        assertEquals(List.of("latin1.txt", "windows-1252.txt"), report.warnings().stream()
                .map(w -> file(w.origin())).toList());

        // latin1, windows-1252, bom, crlf, cr, page.html, two CSV rows, two JSON lines, the duplicate once, run-on,
        // good-article
        assertEquals(13, report.written(), report.toString());
        assertEquals(13, count("MATCH (a:Article) RETURN count(a)", Map.of()));
        assertEquals(1, count("MATCH (a:Article {title: 'Bridge opens in Gilgit'}) WHERE a.text CONTAINS "
                + "'Chief Minister Gulbar Khan' AND NOT a.text CONTAINS 'Menu' RETURN count(a)", Map.of()));
        assertEquals(1, count("MATCH (a:Article)-[:MENTIONS]->(p:Place) WHERE a.title STARTS WITH $title "
                + "AND p.name = 'Quetta' RETURN count(a)", Map.of("title", "Jos\u00e9 Mar\u00eda")),
                "the Latin-1 article is analysed");
        assertEquals(1, count("MATCH (a:Article {title: 'School opens in Swat'}) RETURN count(a)", Map.of()),
                "the CSV row after the unclosed quote is written");
        assertTrue(seconds < 600, "took " + seconds + " s");
    }

    @Test
    void aSentenceOfAHundredThousandCharactersIsAnnotatedInSentencesOfBoundedLength() {
        String text = HostileInputTests.noPunctuation(100_000);
        Article article = new Article(Ids.article(text), null, null, null, List.of(), null, "test:", text);
        long t0 = System.nanoTime();
        AnnotatedArticle annotated = Annotator.shared(TestGraph.GAZETTEER).annotate(article);
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertTrue(annotated.sentences().size() >= 100_000 / Annotator.MAX_SENTENCE_CHARS,
                annotated.sentences().size() + " sentences");
        for (AnnotatedArticle.Sentence s : annotated.sentences()) {
            assertTrue(s.end() - s.begin() <= Annotator.MAX_SENTENCE_CHARS, "sentence of " + (s.end() - s.begin()));
            assertEquals(text.substring(s.begin(), s.end()), s.text(), "offsets point into the article's own text");
        }
        assertTrue(seconds < IngestPipeline.DEFAULT_ARTICLE_TIMEOUT.toSeconds(), "took " + seconds + " s");
    }

    @Test
    void anArticleOverTheTimeLimitIsCancelledAndReportedByNameAndTheOthersAreWritten(@TempDir Path dir)
            throws IOException, InterruptedException {
        Path batch = Files.createDirectories(dir.resolve("batch"));
        Files.writeString(batch.resolve("slow.txt"), HostileInputTests.generatedArticle(400_000));
        Files.copy(HostileInputTests.HOSTILE.resolve("bom.txt"), batch.resolve("quick.txt"));

        long t0 = System.nanoTime();
        IngestReport report = graph.pipeline().withArticleTimeout(Duration.ofSeconds(3))
                .ingest(List.of(batch), IngestPipeline.Listener.NONE);
        double seconds = (System.nanoTime() - t0) / 1e9;

        assertEquals(1, report.written(), report.toString());
        assertEquals(1, report.failed().size(), report.failed().toString());
        ReadResult.Failed slow = report.failed().get(0);
        assertTrue(slow.origin().endsWith("slow.txt"), slow.toString());
        assertTrue(slow.reason().startsWith("gave up after 3 s of analysis (--article-timeout)"), slow.reason());
        assertEquals(1, count("MATCH (a:Article {title: 'Floods reach Sukkur'}) RETURN count(a)", Map.of()));
        assertEquals(0, count("MATCH (a:Article {title: 'A very long report'}) RETURN count(a)", Map.of()));
        // a liveness bound, not a speed target (the failure reason above is what shows the limit at work)
        assertTrue(seconds < 150, "the run does not wait for the slow article: " + seconds + " s");

        // the cancelled annotation stops (CoreNLP checks for interruption between sentences); generous on a
        // loaded machine
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (workersAlive() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertEquals(0, workersAlive(), "no NLP worker keeps running after the run");
    }

    static long workersAlive() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("nlp-worker") && t.isAlive()).count();
    }
}
