package io.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Query;

class GraphWriterTests {

    static GraphFragment fragment(String text, String person) {
        Article a = new Article(Ids.article(text), "t", null, null, List.of(), null, "u", text);
        Entity e = new Entity(Ids.entity(EntityType.PERSON, person), EntityType.PERSON, person, Set.of(person), null,
                null, Set.of(), Set.of());
        return new GraphFragment(a, List.of(e), List.of(new Mention(e.id(), 2)), List.of());
    }

    @Test
    void severalArticlesShareOneStatementPerKindOfRowAndEachRowNamesItsArticle() {
        GraphFragment one = fragment("Asif spoke.", "Khawaja Asif");
        GraphFragment two = fragment("Bugti spoke.", "Sarfraz Bugti");
        List<Query> queries = GraphWriter.queriesFor(List.of(one, two));
        assertEquals(GraphWriter.queriesFor(one).size(), queries.size(), "one statement per kind, not per article");
        Query mentions = queries.stream().filter(q -> q.text().contains("MENTIONS")).findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = (List<Map<String, Object>>) ((Map<String, Object>) mentions.parameters()
                .asMap().get("batch")).get("rows");
        assertEquals(List.of(one.article().id(), two.article().id()), rows.stream().map(r -> r.get("articleId"))
                .toList());
        assertTrue(queries.get(0).text().contains("MERGE (a:Article {id: row.id})"));
    }
}
