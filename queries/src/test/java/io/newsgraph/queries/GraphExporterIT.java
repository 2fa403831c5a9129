package io.newsgraph.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;

class GraphExporterIT {

    static TestNeo4j graph;
    static Driver driver;

    @BeforeAll
    static void start() {
        graph = new TestNeo4j("""
                    CREATE (a:Article {id: 'article:1', title: 'T "quoted"', published: date('2026-02-03'),
                                       authors: ['A', 'B'], text: 'Line one.\\nLine two.'})
                    CREATE (p:Person {id: 'person:khawaja-asif', name: 'Khawaja Asif', aliases: ['Asif']})
                    CREATE (n:Place:District {id: 'place:nushki', name: 'Nushki'})
                    CREATE (b:Place {id: 'place:balochistan', name: 'Balochistan'})
                    CREATE (a)-[:MENTIONS {count: 3}]->(p)
                    CREATE (a)-[:MENTIONS {count: 1}]->(n)
                    CREATE (n)-[:LOCATED_IN]->(b)
                    """);
        driver = graph.driver;
    }

    @AfterAll
    static void stop() {
        graph.close();
    }

    @Test
    void everyNodeThenEveryRelationshipAsOneApocJsonObjectPerLine() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GraphExporter.Counts counts = new GraphExporter(driver, SessionConfig.defaultConfig()).export(out);
        assertEquals(new GraphExporter.Counts(4, 3), counts);

        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(7, lines.size());
        ObjectMapper json = new ObjectMapper();
        Set<String> nodeIds = new HashSet<>();
        boolean relationshipsStarted = false;
        for (String line : lines) {
            JsonNode o = json.readTree(line);
            if (o.get("type").asText().equals("node")) {
                assertTrue(!relationshipsStarted, "nodes come first");
                nodeIds.add(o.get("id").asText());
                assertTrue(o.get("labels").isArray());
                assertTrue(o.get("properties").has("id"));
            } else {
                relationshipsStarted = true;
                assertEquals("relationship", o.get("type").asText());
                assertTrue(nodeIds.contains(o.get("start").get("id").asText()), line);
                assertTrue(nodeIds.contains(o.get("end").get("id").asText()), line);
                assertTrue(o.get("start").get("labels").isArray());
            }
        }
        JsonNode article = json.readTree(lines.stream().filter(l -> l.contains("\"Article\"")).findFirst()
                .orElseThrow());
        assertEquals("2026-02-03", article.get("properties").get("published").asText(), "dates as ISO strings");
        assertEquals("T \"quoted\"", article.get("properties").get("title").asText());
        assertEquals("Line one.\nLine two.", article.get("properties").get("text").asText());
        JsonNode mention = json.readTree(lines.stream().filter(l -> l.contains("\"MENTIONS\"")
                && l.contains("\"count\":3")).findFirst().orElseThrow());
        assertEquals(List.of("Person"), List.of(mention.get("end").get("labels").get(0).asText()));
        JsonNode district = json.readTree(lines.stream().filter(l -> l.contains("place:nushki")).findFirst()
                .orElseThrow());
        assertEquals(2, district.get("labels").size());
    }

    @Test
    void statsCountNodesPerLabelAndRelationshipsPerType() {
        GraphStats stats = GraphStats.read(driver, SessionConfig.defaultConfig());
        assertEquals(1, stats.nodes("Article"));
        assertEquals(2, stats.nodes("Place"));
        assertEquals(1, stats.nodes("District"));
        assertEquals(2, stats.relationships("MENTIONS"));
        assertEquals(1, stats.relationships("LOCATED_IN"));
        assertTrue(stats.toTable().contains("MENTIONS"));
    }
}
