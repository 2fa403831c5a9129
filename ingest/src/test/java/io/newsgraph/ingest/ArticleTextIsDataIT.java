package io.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Article text is data: an article whose title and text are full of Cypher (quotes, backticks, DETACH DELETE,
 * CREATE) goes through the real NLP into a real Neo4j, and the graph holds those words verbatim as properties and
 * nothing else: no node deleted or changed, no label or relationship type that the graph contract does not name.
 */
class ArticleTextIsDataIT {

    static final String TITLE = "Robert'); MATCH (n) DETACH DELETE n; // `Bobby` \"}) SET n.pwned = true //";
    static final List<String> HOSTILE = List.of(
            "\"}) DETACH DELETE n //",
            "' OR 1=1 //",
            "`Person` DETACH DELETE n",
            "MERGE (x:Pwned {id: 'x'})",
            "$name}) CREATE (:Pwned) //",
            "CALL db.index.fulltext.drop('entity_names')",
            "``Article`:Pwned`",
            "\\\"}) MATCH (m) DETACH DELETE m //");
    static final Set<String> CONTRACT_LABELS = Set.of("Article", "Person", "Party", "Group", "Organisation", "Place",
            "District", "Event", "Statement", "Claim", "IngestLock");
    static final Set<String> CONTRACT_TYPES = Set.of("MENTIONS", "MADE", "REPORTED_IN", "ABOUT", "ASSERTS",
            "CLAIMED_BY", "SUBJECT", "OBJECT", "RELAYED_BY", "MEMBER_OF", "LOCATED_IN", "OCCURRED_IN",
            "PARTICIPATED_IN");

    static TestGraph graph;

    @BeforeAll
    static void start() {
        graph = new TestGraph();
    }

    @AfterAll
    static void stop() {
        graph.close();
    }

    static List<String> strings(String cypher) {
        try (var session = graph.driver.session()) {
            return session.run(cypher).list(r -> r.get(0).asString());
        }
    }

    @Test
    void cypherInAnArticlesTitleAndTextIsStoredVerbatimAndRunsNowhere(@TempDir Path dir) throws IOException {
        graph.clear();
        try (var session = graph.driver.session()) {
            session.run("""
                    CREATE (p:Person {id: 'person:sentinel', name: 'Sentinel Person', aliases: ['Sentinel Person']})
                    CREATE (q:Place {id: 'place:sentinel', name: 'Sentinel Town'})
                    CREATE (p)-[:MEMBER_OF {role: 'resident'}]->(q)""").consume();
        }
        String text = "Khawaja Asif said on Monday in Quetta that the phrase " + HOSTILE.get(0) + " was typed into "
                + "a form.\n\nOfficials said the entry " + HOSTILE.get(1) + " and the words " + HOSTILE.get(2)
                + " came from a test.\n\nA note read " + HOSTILE.get(3) + " and " + HOSTILE.get(4) + ", the police "
                + "said.\n\nAnother line, " + HOSTILE.get(5) + ", followed " + HOSTILE.get(6) + " and "
                + HOSTILE.get(7) + " in the same message, Asif told reporters.\n";
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("url", "https://example.org/news/`; DETACH DELETE n //");
        row.put("date", "2026-02-03");
        row.put("title", TITLE);
        row.put("text", text);
        Path file = dir.resolve("hostile.jsonl");
        Files.writeString(file, new ObjectMapper().writeValueAsString(row) + "\n");

        IngestReport report = graph.pipeline().ingest(List.of(file), IngestPipeline.Listener.NONE);
        assertEquals(1, report.written(), report.failed().toString());

        try (var session = graph.driver.session()) {
            var a = session.run("MATCH (a:Article) RETURN a.title AS title, a.text AS text, a.uri AS uri").single();
            assertEquals(TITLE, a.get("title").asString(), "the title verbatim");
            assertEquals("https://example.org/news/`; DETACH DELETE n //", a.get("uri").asString());
            for (String h : HOSTILE) {
                assertTrue(a.get("text").asString().contains(h), "the text holds verbatim: " + h);
            }
            // the sentinels are as they were
            assertEquals(List.of("Sentinel Person|Sentinel Town|resident"), session.run("""
                    MATCH (p:Person {id: 'person:sentinel'})-[m:MEMBER_OF]->(q:Place {id: 'place:sentinel'})
                    RETURN p.name + '|' + q.name + '|' + m.role AS s""").list(r -> r.get("s").asString()));
            assertEquals(0, session.run("MATCH (n) WHERE n.pwned IS NOT NULL RETURN count(n) AS n").single().get("n")
                    .asLong());
            assertEquals(1, session.run("SHOW INDEXES YIELD name WHERE name = 'entity_names' RETURN count(*) AS n")
                    .single().get("n").asLong(), "the full-text index is still there");
            // every node other than the sentinels came from the article: it is reachable from it
            assertEquals(0, session.run("""
                    MATCH (n) WHERE NOT n:Article AND NOT n:IngestLock AND NOT n.id STARTS WITH 'person:sentinel'
                      AND NOT n.id STARTS WITH 'place:sentinel'
                      AND NOT EXISTS { (:Article)-[*1..3]-(n) }
                    RETURN count(n) AS n""").single().get("n").asLong());
            // the article was analysed: Asif speaks, and his statements hold the hostile words as text
            assertTrue(session.run("MATCH (:Person {name: 'Khawaja Asif'})-[:MADE]->(s:Statement) RETURN count(s) AS n")
                    .single().get("n").asLong() > 0);
        }
        Set<String> labels = new TreeSet<>(strings("CALL db.labels() YIELD label RETURN label"));
        Set<String> types = new TreeSet<>(strings("CALL db.relationshipTypes() YIELD relationshipType "
                + "RETURN relationshipType"));
        assertTrue(CONTRACT_LABELS.containsAll(labels), "labels: " + labels);
        assertTrue(CONTRACT_TYPES.containsAll(types), "relationship types: " + types);
    }
}
