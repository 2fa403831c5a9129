package io.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

/**
 * Speaker attribution on ten real Wikinews articles against speakers read by hand
 * ({@code src/test/resources/wikinews/statement-sample.tsv}).
 */
class WikinewsStatementSampleIT {

    static final Path DIR = Path.of("src", "test", "resources", "wikinews");

    static TestGraph graph;
    static Driver driver;
    /** "title\ttext prefix" to the speaker's name ("" for none). */
    static final Map<String, String> extracted = new HashMap<>();

    @BeforeAll
    static void ingest() {
        graph = new TestGraph();
        driver = graph.driver;
        IngestReport report = graph.pipeline().ingest(List.of(DIR.resolve("statement-articles.csv")), IngestPipeline.Listener.NONE);
        assertTrue(report.failed().isEmpty(), report.failed().toString());
        try (var session = driver.session()) {
            for (Record r : session.run("""
                    MATCH (s:Statement)-[:REPORTED_IN]->(a:Article)
                    OPTIONAL MATCH (who)-[:MADE]->(s)
                    RETURN a.title AS title, s.text AS text, who.name AS speaker""").list()) {
                String text = r.get("text").asString();
                String key = r.get("title").asString() + "\t" + text.substring(0, Math.min(60, text.length()))
                        .replace('\t', ' ').replace('\n', ' ');
                extracted.put(key, r.get("speaker").isNull() ? "" : r.get("speaker").asString());
            }
        }
    }

    @AfterAll
    static void stop() {
        graph.close();
    }

    @Test
    void speakersAgreeWithTheHandReadSample() throws IOException {
        int attributed = 0;
        int right = 0;
        int named = 0;
        for (String line : Files.readAllLines(DIR.resolve("statement-sample.tsv"))) {
            if (line.startsWith("#") || line.startsWith("article\t")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            String key = f[0] + "\t" + f[1];
            String hand = f[3];
            String now = extracted.getOrDefault(key, "");
            if (!hand.equals("-")) {
                named++;
            }
            if (!now.isEmpty()) {
                attributed++;
                if (now.equals(hand)) {
                    right++;
                }
            }
        }
        double precision = attributed == 0 ? 0 : (double) right / attributed;
        double recall = named == 0 ? 0 : (double) right / named;
        System.out.printf("speaker attribution on the Wikinews sample: precision %.1f%% (%d/%d), recall %.1f%% "
                + "(%d/%d)%n", 100 * precision, right, attributed, 100 * recall, right, named);
        assertTrue(precision >= 0.90, "precision " + precision);
        assertTrue(recall >= 0.85, "recall " + recall);
    }
}
