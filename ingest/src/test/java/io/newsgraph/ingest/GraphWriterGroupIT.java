package io.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.Article;
import io.newsgraph.model.Entity;
import io.newsgraph.model.EntityType;
import io.newsgraph.model.GraphFragment;
import io.newsgraph.model.Ids;
import io.newsgraph.model.Mention;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.SessionConfig;

/**
 * Several articles in one transaction ({@link GraphWriter#writeGroup}) end in the graph that writing them one after
 * another gives, and a group with a bad article writes nothing. Real in-process Neo4j; fragments made by hand.
 */
class GraphWriterGroupIT extends EmptiedGraph {

    static GraphWriter writer;

    @BeforeAll
    static void startWriter() {
        writer = new GraphWriter(graph.driver, SessionConfig.defaultConfig());
    }

    static GraphFragment article(String uri, String text, String... people) {
        Article a = new Article(Ids.article(text), null, null, null, List.of(), null, uri, text);
        List<Entity> entities = java.util.Arrays.stream(people).map(p -> new Entity(Ids.entity(EntityType.PERSON, p),
                EntityType.PERSON, p, Set.of(p), null, null, Set.of(), Set.of())).toList();
        return new GraphFragment(a, entities, entities.stream().map(e -> new Mention(e.id(), 1)).toList(), List.of());
    }

    static Map<String, Object> shape() {
        try (var session = graph.driver.session()) {
            return session.run("""
                    RETURN COUNT { MATCH (n) WHERE NOT n:IngestLock } AS nodes,
                           COUNT { MATCH (:Article)-[:MENTIONS]->() } AS mentions,
                           COLLECT { MATCH (a:Article) WITH a ORDER BY a.id RETURN a.id + ' ' + coalesce(a.uri, '-') }
                             AS articles""")
                    .single().asMap();
        }
    }

    @Test
    void aGroupEndsInTheGraphThatOneAfterAnotherGivesAndALaterTextOfAUriReplacesAnEarlierOne() {
        List<GraphFragment> articles = List.of(
                article("file:a", "First text of a.", "Khawaja Asif", "Sarfraz Bugti"),
                article("file:b", "Text of b.", "Sarfraz Bugti", "Shehbaz Sharif"),
                article("file:a", "Second text of a.", "Khawaja Asif"),
                article(null, "No uri.", "Gohar Ali Khan"));
        for (GraphFragment f : articles) {
            writer.write(f, null, Map.of());
        }
        Map<String, Object> oneByOne = shape();
        graph.clear();

        GraphWriter.Group g = writer.writeGroup(articles, null, Map.of());
        assertEquals(oneByOne, shape());
        assertEquals(List.of(articles.get(0).article().id()), g.articles().get(2).replaced(),
                "the second text of a replaces the first");
        assertTrue(g.articles().get(0).replaced().isEmpty(), "the first text does not replace the later one");
        assertEquals(3L, ((List<?>) oneByOne.get("articles")).size(), oneByOne.toString());
        assertTrue(g.summary().nodesCreated() > 0);
    }

    @Test
    void aGroupWithABadArticleWritesNothingAndAResolverSkipsWhatIsThere() {
        GraphFragment good = article("file:a", "A good article.", "Khawaja Asif");
        GraphFragment other = article("file:c", "Another good one.", "Shehbaz Sharif");
        GraphFragment bad = new GraphFragment(article("file:b", "A bad one.").article(), List.of(),
                List.of(new Mention("person:nobody", 1)), List.of());
        assertThrows(IllegalArgumentException.class, () -> writer.writeGroup(List.of(good, bad), null, Map.of()));
        assertEquals(0L, shape().get("nodes"), "nothing of the group is written");

        EntityResolver resolver = new EntityResolver(TestGraph.GAZETTEER);
        writer.write(good, resolver, Map.of());
        GraphWriter.Group g = writer.writeGroup(List.of(good, other), resolver, Map.of());
        assertTrue(g.articles().get(0).alreadyThere());
        assertTrue(!g.articles().get(1).alreadyThere());
        assertEquals(2, ((List<?>) shape().get("articles")).size());
    }

    @Test
    void aStatementTheServerRejectsFailsTheGroupWithItsOwnErrorAndTheWriterGoesOn() {
        // the statements of a group are sent without waiting for one another: the server's error for the one it
        // rejects (a map is no property value) must reach the caller, and the statements after it must not run
        GraphFragment good = article("file:a", "A good article.", "Khawaja Asif", "Sarfraz Bugti");
        var people = good.entities();
        var link = new io.newsgraph.model.Relation("MEMBER_OF", "Person", people.get(0).id(), "Person",
                people.get(1).id(), Map.of("role", Map.of("not", "a property value")));
        GraphFragment rejected = new GraphFragment(article("file:b", "Rejected by the server.", "Shehbaz Sharif")
                .article(), people, people.stream().map(e -> new Mention(e.id(), 1)).toList(), List.of(link));
        EntityResolver resolver = new EntityResolver(TestGraph.GAZETTEER);
        var e = assertThrows(org.neo4j.driver.exceptions.ClientException.class,
                () -> writer.writeGroup(List.of(good, rejected), resolver, Map.of()));
        assertTrue(e.getMessage().toLowerCase(java.util.Locale.ROOT).contains("property values"), e.getMessage());
        assertEquals(0L, shape().get("nodes"), "nothing of the group is written");

        writer.write(good, resolver, Map.of());
        assertEquals(1, ((List<?>) shape().get("articles")).size(), "the writer and its resolver go on");
    }
}
