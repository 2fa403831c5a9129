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

    /**
     * The speaker of the statement of this article whose content is the hand-read row's when its text does not
     * begin as the row's does: the sample was keyed by the opening words of each statement when it was read, and a
     * content span found by grammar may begin a few words later or earlier ("her on one occasion: \"If ..." is now
     * the quotation "If ..."). One text's first 25 characters stand in the other's opening; "" when none does.
     */
    private static String sameContent(String title, String prefix) {
        String head = prefix.substring(0, Math.min(25, prefix.length()));
        String found = "";
        for (var e : extracted.entrySet()) {
            String[] k = e.getKey().split("\t", 2);
            if (!k[0].equals(title) || k.length < 2) {
                continue;
            }
            String other = k[1].substring(0, Math.min(25, k[1].length()));
            if (k[1].contains(head) || prefix.contains(other)) {
                if (found.isEmpty()) {
                    found = e.getValue();
                }
            }
        }
        return found;
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
            String now = extracted.containsKey(key) ? extracted.get(key) : sameContent(f[0], f[1]);
            if (!hand.equals("-")) {
                named++;
            }
            if (!now.isEmpty()) {
                attributed++;
                if (now.equals(hand)) {
                    right++;
                } else {
                    System.out.printf("  speaker differs: %s | hand %s | now %s%n", key.replace('\t', ' '), hand, now);
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
