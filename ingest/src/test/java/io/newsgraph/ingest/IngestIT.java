package io.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;

/** The whole ingest on real seed articles, with the real CoreNLP pipeline and a real in-process Neo4j. */
class IngestIT extends EmptiedGraph {

    static final Path SAMPLES = Path.of("..", "samples", "articles");

    static Driver driver;
    IngestPipeline pipeline;

    @BeforeAll
    static void startDriver() {
        driver = graph.driver;
    }

    /** Each test starts from an empty graph (EmptiedGraph) and a pipeline that has seen nothing. */
    @BeforeEach
    void newPipeline() {
        pipeline = graph.pipeline();
    }

    static Path seed(String prefix) throws IOException {
        try (var files = Files.list(SAMPLES)) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
        }
    }

    static List<Record> query(String cypher, Map<String, Object> params) {
        try (var session = driver.session()) {
            return session.run(cypher, params).list();
        }
    }

    static long count(String cypher) {
        return query(cypher, Map.of()).get(0).get(0).asLong();
    }

    @Test
    void twoSeedsGiveTheExpectedNodesAndMentionsAndASecondIngestChangesNothing(@TempDir Path dir)
            throws IOException {
        Path batch = Files.createDirectories(dir.resolve("batch"));
        Files.copy(seed("000_"), batch.resolve("a.txt"));
        Files.copy(seed("001_"), batch.resolve("b.txt"));
        Files.copy(seed("001_"), batch.resolve("b-again.txt"));

        IngestReport first = pipeline.ingest(List.of(batch), IngestPipeline.Listener.NONE);
        assertEquals(3, first.read());
        assertEquals(1, first.repeated(), "the same article under two file names is one article");
        assertEquals(2, first.written());
        assertTrue(first.failed().isEmpty(), first.failed().toString());

        // Articles with their metadata
        List<Record> articles = query("MATCH (a:Article) RETURN a.title AS title, toString(a.published) AS date, "
                + "a.authors AS authors ORDER BY date", Map.of());
        assertEquals(2, articles.size());
        assertEquals("Defence minister urges large-scale troop deployment in Balochistan",
                articles.get(0).get("title").asString());
        assertEquals("2026-02-03", articles.get(1).get("date").asString());
        assertEquals(List.of("Waqas Chaudhry", "Naeem Asghar"), articles.get(1).get("authors").asList());

        // One node per entity named in both articles, mentioned by both
        assertEquals(2, count("MATCH (:Article)-[:MENTIONS]->(p:Person {id: 'person:khawaja-asif'}) RETURN count(*)"));
        assertEquals(2, count("MATCH (:Article)-[:MENTIONS]->(g:Group {id: 'group:baloch-liberation-army'}) "
                + "RETURN count(*)"));
        assertEquals(0, count("MATCH (p:Person {id: 'person:asif'}) RETURN count(p)"),
                "'Asif' is Khawaja Asif within each article");
        List<Record> asif = query("MATCH (p:Person {id: 'person:khawaja-asif'}) RETURN p.name AS name, "
                + "p.aliases AS aliases", Map.of());
        assertEquals("Khawaja Asif", asif.get(0).get("name").asString());
        assertTrue(asif.get(0).get("aliases").asList().contains("Asif"));

        // Typing from the gazetteer: party, organisation, district in province in country
        assertEquals(1, count("MATCH (p:Party {id: 'party:pakistan-tehreek-e-insaf'}) RETURN count(p)"));
        assertEquals(1, count("MATCH (o:Organisation {id: 'organisation:inter-services-public-relations'}) "
                + "RETURN count(o)"));
        assertEquals(1, count("MATCH (:Place:District {name: 'Nushki'})-[:LOCATED_IN]->(:Place {name: 'Balochistan'})"
                + "-[:LOCATED_IN]->(:Place {name: 'Pakistan'}) RETURN count(*)"));
        assertTrue(count("MATCH (a:Article)-[m:MENTIONS]->(:Place {name: 'Balochistan'}) WHERE m.count >= 5 "
                + "RETURN count(a)") == 2, "mention counts are kept");

        // Found by any of its names through the full-text index
        query("CALL db.awaitIndexes(60)", Map.of());
        assertEquals("Khawaja Asif", query("CALL db.index.fulltext.queryNodes('entity_names', 'Asif') YIELD node "
                + "RETURN node.name AS name LIMIT 1", Map.of()).get(0).get("name").asString());

        long nodes = count("MATCH (n) RETURN count(n)");
        long rels = count("MATCH ()-[r]->() RETURN count(r)");
        String props = query("MATCH (n) RETURN collect(properties(n)) AS p", Map.of()).get(0).get("p").toString();

        IngestReport second = pipeline.ingest(List.of(batch), IngestPipeline.Listener.NONE);
        assertEquals(2, second.unchanged());
        assertEquals(0, second.written(), "unchanged articles are not annotated again");
        assertEquals(nodes, count("MATCH (n) RETURN count(n)"));
        assertEquals(rels, count("MATCH ()-[r]->() RETURN count(r)"));
        assertEquals(props, query("MATCH (n) RETURN collect(properties(n)) AS p", Map.of()).get(0).get("p")
                .toString());

        // Writing the same fragments again (not skipped this time) still changes nothing
        Gazetteer gazetteer = Gazetteer.defaults();
        var reader = new ArticleReader();
        var extractor = new EntityExtractor(gazetteer, Cues.defaults());
        var writer = new GraphWriter(driver, SessionConfig.defaultConfig());
        var resolver = new EntityResolver(gazetteer);
        resolver.remember(writer.knownEntities());
        resolver.rememberEvents(writer.knownEvents());
        var article = ((ReadResult.Ok) reader.read(batch.resolve("a.txt")).get(0)).article();
        WriteSummary again = writer.write(resolver.resolve(extractor.extract(Annotator.shared(gazetteer)
                .annotate(article))));
        assertEquals(0, again.nodesCreated());
        assertEquals(0, again.relationshipsCreated());
        assertEquals(nodes, count("MATCH (n) RETURN count(n)"));
    }

    @Test
    void thePublicationDateIsTheDocumentDateForRelativeDates() throws IOException {
        var article = ((ReadResult.Ok) new ArticleReader().read(seed("000_")).get(0)).article();
        AnnotatedArticle annotated = Annotator.shared(Gazetteer.defaults()).annotate(article);
        // "... in Balochistan on Monday," in an article of Tuesday 3 February 2026
        var monday = annotated.mentions().stream().filter(m -> m.type().equals("DATE") && m.text().equals("Monday"))
                .findFirst().orElseThrow();
        assertEquals("2026-02-02", monday.normalized());
        var feb8 = annotated.mentions().stream().filter(m -> m.text().equals("February 8")).findFirst().orElseThrow();
        assertEquals("2026-02-08", feb8.normalized());
        String text = article.text();
        assertEquals("Monday", text.substring(monday.begin(), monday.end()), "offsets point into the article text");
    }

    @Test
    void theFiveSeedsResolveEachRealEntityToOneNodeAndKeepNamesakesApart() {
        IngestReport report = pipeline.ingest(List.of(SAMPLES), IngestPipeline.Listener.NONE);
        assertEquals(5, report.written(), report.failed().toString());

        // one node each, found under every name the articles use
        List<List<String>> one = List.of(
                List.of("Person", "Khawaja Asif", "Asif"),
                List.of("Person", "Sarfaraz Bugti", "Sarfraz Bugti"),
                List.of("Group", "Baloch Liberation Army", "BLA", "Balochistan Liberation Army"),
                List.of("Place", "Nushki", "Noshki"),
                List.of("Party", "Pakistan Tehreek-e-Insaf", "PTI"));
        one.forEach(entry -> {
            String label = entry.get(0);
            List<String> names = entry.subList(1, entry.size());
            for (String name : names) {
                List<Record> hits = query("MATCH (n:" + label + ") WHERE n.name = $name OR $name IN n.aliases "
                        + "RETURN n.id AS id", Map.of("name", name));
                assertEquals(1, hits.size(), label + " " + name + ": " + hits);
            }
            assertEquals(1, query("MATCH (n:" + label + ") WHERE n.name IN $names OR any(a IN n.aliases WHERE a IN "
                    + "$names) RETURN DISTINCT n.id", Map.of("names", names)).size(), label + " " + names);
        });
        assertEquals(1, count("MATCH (n:Person) WHERE n.name STARTS WITH 'Sarf' RETURN count(n)"));

        // namesakes and homonyms stay apart
        List<String> people = query("MATCH (p:Person) WHERE p.name IN ['Gohar Ali Khan', 'Gohar Ayub Khan', "
                + "'Ayub Khan'] RETURN p.name AS name ORDER BY name", Map.of()).stream()
                .map(r -> r.get("name").asString()).toList();
        assertEquals(List.of("Ayub Khan", "Gohar Ali Khan", "Gohar Ayub Khan"), people);
        assertEquals(1, count("MATCH (o:Organisation {name: 'Press Trust of India'}) RETURN count(o)"));
        assertEquals(1, count("MATCH (p:Party {name: 'Pakistan Tehreek-e-Insaf'}) RETURN count(p)"));
        assertEquals(0, count("MATCH (a:Article)-[:MENTIONS]->(:Party {name: 'Pakistan Tehreek-e-Insaf'}) "
                + "WHERE a.text CONTAINS 'PTI news agency' AND NOT a.text CONTAINS 'Tehreek' RETURN count(*)"),
                "the article quoting 'PTI news agency' does not mention the party");

        // titles and affiliations
        assertTrue(query("MATCH (p:Person {name: 'Khawaja Asif'}) RETURN p.titles AS t", Map.of()).get(0)
                .get("t").asList().contains("Defence Minister"));
        assertEquals("Chairman", query("MATCH (:Person {name: 'Gohar Ali Khan'})-[m:MEMBER_OF]->"
                + "(:Party {name: 'Pakistan Tehreek-e-Insaf'}) RETURN m.role AS role", Map.of()).get(0).get("role")
                .asString());
        assertEquals(1, count("MATCH (:Person {name: 'Raja Pervez Ashraf'})-[:MEMBER_OF]->"
                + "(:Party {name: 'Pakistan Peoples Party'}) RETURN count(*)"));

        // no pronoun, lone title or people as a person
        assertEquals(0, count("MATCH (p:Person) WHERE toLower(p.name) IN ['he', 'she', 'they', 'minister', "
                + "'defence minister', 'baloch', 'opposition leader'] RETURN count(p)"));
    }

    @Test
    void theSeedsGiveEverySourcesCasualtyFigureWithItsSourceAndArticle() {
        pipeline.ingest(List.of(SAMPLES), IngestPipeline.Listener.NONE);
        List<Record> security = query("""
                MATCH (c:Claim {kind: 'casualty', category: 'security personnel', outcome: 'killed'})
                      -[:REPORTED_IN]->(a:Article)
                OPTIONAL MATCH (c)-[:CLAIMED_BY]->(s)
                RETURN c.count AS count, coalesce(s.name, c.claimantText) AS source, a.id AS article
                ORDER BY count""", Map.of());
        assertEquals(List.of(15L, 16L, 17L, 22L), security.stream().map(r -> r.get("count").asLong()).distinct()
                .toList(), security.toString());
        Map<Long, String> sources = new java.util.HashMap<>();
        security.forEach(r -> sources.put(r.get("count").asLong(), r.get("source").asString(null)));
        assertEquals("Inter-Services Public Relations", sources.get(15L));
        assertEquals("Khawaja Asif", sources.get(16L));
        assertEquals("Khawaja Asif", sources.get(17L));
        assertEquals("state media", sources.get(22L));
        assertEquals(3, security.stream().map(r -> r.get("article").asString()).distinct().count(),
                "the figures come from three articles");

        List<Long> militants = query("MATCH (c:Claim {kind: 'casualty', category: 'militants', outcome: 'killed'}) "
                + "RETURN DISTINCT c.count AS count ORDER BY count", Map.of()).stream()
                .map(r -> r.get("count").asLong()).toList();
        assertTrue(militants.containsAll(List.of(92L, 177L, 197L)), militants.toString());

        // every statement and claim leads back to its sentence
        for (Record r : query("MATCH (n)-[p:REPORTED_IN]->(a:Article) WHERE n:Statement OR n:Claim "
                + "RETURN n.text AS text, a.text AS article, p.start AS start, p.end AS end", Map.of())) {
            String at = r.get("article").asString().substring(r.get("start").asInt(), r.get("end").asInt());
            assertTrue(r.get("text").asString().contains(at.strip()) || at.contains(r.get("text").asString()),
                    at + " / " + r.get("text").asString());
        }
        assertEquals(1, count("MATCH (:Person {name: 'Khawaja Asif'})-[:MADE]->(s:Statement) "
                + "WHERE s.text CONTAINS 'fight against terrorism is not the responsibility' RETURN count(s)"));
        assertEquals(1, count("MATCH (c:Claim {kind: 'responsibility'})-[:SUBJECT]->(:Group {name: "
                + "'Baloch Liberation Army'}) WHERE c.text CONTAINS 'claimed by the BLA' AND c.text CONTAINS "
                + "'crackdown' RETURN count(c)"));
    }

    @Test
    void theSeedsReportTheCoordinatedAttacksAndTheHijackingAsOneEventEach() {
        pipeline.ingest(List.of(SAMPLES), IngestPipeline.Listener.NONE);
        List<Record> attacks = query("""
                MATCH (e:Event {type: 'attack', date: '2026-01-31'})
                RETURN e.id AS id, COUNT { (e)-[:REPORTED_IN]->(:Article) } AS articles,
                       [(e)-[:OCCURRED_IN]->(p:District) | p.name] AS districts""", Map.of());
        assertEquals(1, attacks.size(), attacks.toString());
        assertTrue(attacks.get(0).get("articles").asInt() >= 3, attacks.toString());
        assertTrue(attacks.get(0).get("districts").asList().containsAll(List.of("Quetta", "Mastung", "Nushki",
                "Kharan", "Panjgur", "Gwadar")), attacks.toString());
        assertEquals(1, count("MATCH (:Place {name: 'Balochistan'})<-[:LOCATED_IN*]-(:District)<-[:OCCURRED_IN]-"
                + "(e:Event {id: '" + attacks.get(0).get("id").asString() + "'}) RETURN count(DISTINCT e)"));

        List<Record> hijackings = query("""
                MATCH (e:Event)<-[:PARTICIPATED_IN {role: 'target'}]-(:Organisation {name: 'Jaffar Express'})
                RETURN e.type AS type, COUNT { (e)-[:REPORTED_IN]->(:Article) } AS articles""", Map.of());
        assertEquals(1, hijackings.size(), hijackings.toString());
        assertEquals("hijacking", hijackings.get(0).get("type").asString());
        assertEquals(2, hijackings.get(0).get("articles").asInt());

        // casualty figures count the event
        assertTrue(count("MATCH (c:Claim {kind: 'casualty', count: 92})-[:OBJECT]->(:Event {type: 'attack', "
                + "date: '2026-01-31'}) RETURN count(c)") >= 1);
    }
}
