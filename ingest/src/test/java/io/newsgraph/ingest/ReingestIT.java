package io.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Re-ingesting a changed article (same file, new text) replaces what came from its old text, and keeps everything
 * another article supports. Real CoreNLP, real in-process Neo4j.
 */
class ReingestIT extends EmptiedGraph {

    static List<String> strings(String cypher, Map<String, Object> params) {
        try (var session = graph.driver.session()) {
            return session.run(cypher, params).list(r -> r.get(0).asString());
        }
    }

    static Set<String> set(String cypher, Map<String, Object> params) {
        return new HashSet<>(strings(cypher, params));
    }

    static long count(String cypher, Map<String, Object> params) {
        try (var session = graph.driver.session()) {
            return session.run(cypher, params).single().get(0).asLong();
        }
    }

    /** Of these entities, those that nothing holds any more: no article mentions them and no node refers to them. */
    static long orphans(Set<String> ids) {
        return count("""
                MATCH (e) WHERE (e:Person OR e:Party OR e:Group OR e:Organisation OR e:Place) AND e.id IN $ids
                  AND NOT EXISTS { (:Article)-[:MENTIONS]->(e) }
                  AND NOT EXISTS { (e)-[r]-() WHERE NOT (type(r) IN ['LOCATED_IN', 'MEMBER_OF'] AND startNode(r) = e) }
                RETURN count(e)""", Map.of("ids", List.copyOf(ids)));
    }

    @Test
    void aChangedArticleReplacesItsOldStatementsClaimsMentionsEventsAndEntitiesButNotWhatAnotherArticleSupports(
            @TempDir Path dir) throws IOException {
        Path batch = Files.createDirectories(dir.resolve("batch"));
        Path a = batch.resolve("a.txt");
        Files.copy(IngestIT.seed("000_"), a);
        Files.copy(IngestIT.seed("001_"), batch.resolve("b.txt"));
        IngestReport first = graph.pipeline().ingest(List.of(batch), IngestPipeline.Listener.NONE);
        assertEquals(2, first.written(), first.failed().toString());

        String uri = a.toUri().toString();
        String oldId = strings("MATCH (x:Article {uri: $uri}) RETURN x.id", Map.of("uri", uri)).get(0);
        String bId = strings("MATCH (x:Article) WHERE x.uri <> $uri RETURN x.id", Map.of("uri", uri)).get(0);
        Map<String, Object> ids = Map.of("old", oldId, "b", bId);
        assertTrue(count("MATCH (s:Statement)-[:REPORTED_IN]->(:Article {id: $old}) RETURN count(s)", ids) > 0);
        assertTrue(count("MATCH (c:Claim)-[:REPORTED_IN]->(:Article {id: $old}) RETURN count(c)", ids) > 0);
        Set<String> onlyOld = set("MATCH (:Article {id: $old})-[:MENTIONS]->(e) WHERE NOT e:Event AND NOT "
                + "EXISTS { (:Article {id: $b})-[:MENTIONS]->(e) } RETURN e.id", ids);
        Set<String> shared = set("MATCH (:Article {id: $old})-[:MENTIONS]->(e)<-[:MENTIONS]-(:Article {id: $b}) "
                + "RETURN e.id", ids);
        Set<String> eventsOnlyOld = set("MATCH (e:Event)-[:REPORTED_IN]->(:Article {id: $old}) WHERE NOT "
                + "EXISTS { (e)-[:REPORTED_IN]->(:Article {id: $b}) } RETURN e.id", ids);
        assertFalse(onlyOld.isEmpty());
        assertFalse(shared.isEmpty());
        assertFalse(eventsOnlyOld.isEmpty());
        // what b.txt supports, before
        String bStatements = "MATCH (s:Statement)-[:REPORTED_IN]->(:Article {id: $b}) RETURN s.id ORDER BY s.id";
        String bClaims = "MATCH (c:Claim)-[:REPORTED_IN]->(:Article {id: $b}) RETURN c.id ORDER BY c.id";
        String bEvents = "MATCH (e:Event)-[:REPORTED_IN]->(:Article {id: $b}) RETURN e.id ORDER BY e.id";
        String bMentions = "MATCH (:Article {id: $b})-[m:MENTIONS]->(e) RETURN e.id + ':' + m.count ORDER BY e.id";
        String bSpeakers = "MATCH (x)-[:MADE]->(:Statement)-[:REPORTED_IN]->(:Article {id: $b}) RETURN DISTINCT x.id "
                + "ORDER BY x.id";
        List<List<String>> bBefore = List.of(strings(bStatements, ids), strings(bClaims, ids), strings(bEvents, ids),
                strings(bMentions, ids), strings(bSpeakers, ids));

        // a.txt now holds another article
        Files.copy(IngestIT.seed("004_"), a, StandardCopyOption.REPLACE_EXISTING);
        IngestReport second = graph.pipeline().ingest(List.of(batch), IngestPipeline.Listener.NONE);
        assertEquals(1, second.written());
        assertEquals(1, second.unchanged(), "b.txt is unchanged");
        assertEquals(1, second.replaced());

        List<String> versions = strings("MATCH (x:Article {uri: $uri}) RETURN x.id", Map.of("uri", uri));
        assertEquals(1, versions.size(), "one article per source path: " + versions);
        String newId = versions.get(0);
        assertFalse(newId.equals(oldId));
        String oldHash = oldId.substring(oldId.indexOf(':') + 1);
        assertEquals(0, count("MATCH (n) WHERE (n:Statement OR n:Claim) AND n.id CONTAINS $hash RETURN count(n)",
                Map.of("hash", oldHash)), "no statement or claim of the old text is left");
        assertEquals(0, count("MATCH (n) WHERE (n:Statement OR n:Claim OR n:Event) AND NOT (n)-[:REPORTED_IN]->() "
                + "RETURN count(n)", Map.of()), "every statement, claim and event is still reported by an article");
        assertEquals(0, count("MATCH (x:Article {id: $old}) RETURN count(x)", ids));

        // entities only the old text named are gone unless the new text names them too
        Set<String> newMentions = set("MATCH (:Article {id: $new})-[:MENTIONS]->(e) RETURN e.id",
                Map.of("new", newId));
        Set<String> stale = new HashSet<>(onlyOld);
        stale.removeAll(newMentions);
        assertFalse(stale.isEmpty(), "the new text drops some of the old one's entities");
        Set<String> left = set("MATCH (e) WHERE e.id IN $ids AND NOT EXISTS { (e)<-[r]-() WHERE type(r) <> "
                + "'MENTIONS' } RETURN e.id", Map.of("ids", List.copyOf(stale)));
        assertTrue(left.isEmpty(), "stale entities left behind: " + left);
        assertEquals(0, orphans(onlyOld), "no entity the old text named is left with nothing holding it");
        for (String e : eventsOnlyOld) {
            assertEquals(0, count("MATCH (e:Event {id: $id}) WHERE NOT (e)-[:REPORTED_IN]->(:Article {id: $new}) "
                    + "RETURN count(e)", Map.of("id", e, "new", newId)), "event only the old text reported: " + e);
        }

        // nothing b.txt supports has changed, and what both named is still there
        assertEquals(bBefore, List.of(strings(bStatements, ids), strings(bClaims, ids), strings(bEvents, ids),
                strings(bMentions, ids), strings(bSpeakers, ids)));
        assertEquals(shared.size(), count("MATCH (e) WHERE e.id IN $ids RETURN count(e)",
                Map.of("ids", List.copyOf(shared))));

        // and the graph holds the new text's statements
        assertTrue(count("MATCH (s:Statement)-[:REPORTED_IN]->(:Article {id: $new}) RETURN count(s)",
                Map.of("new", newId)) > 0);
    }

    @Test
    void anEarlierTextThatAnotherFileOfTheRunStillHoldsIsKept(@TempDir Path dir) throws IOException {
        Path batch = Files.createDirectories(dir.resolve("batch"));
        String v1 = "Floods in Sukkur\n\nFloods reached Sukkur in Sindh on Friday, officials said.\n";
        Files.writeString(batch.resolve("a.txt"), v1);
        Files.writeString(batch.resolve("b.txt"), v1);
        graph.pipeline().ingest(List.of(batch), IngestPipeline.Listener.NONE);
        assertEquals(1, count("MATCH (x:Article) RETURN count(x)", Map.of()));

        // a.txt (whose uri the article carries) changes; b.txt still holds the first text
        Files.writeString(batch.resolve("a.txt"), "Rain in Lahore\n\nRain delayed the match in Lahore on Sunday.\n");
        IngestReport second = graph.pipeline().ingest(List.of(batch), IngestPipeline.Listener.NONE);
        assertEquals(0, second.replaced());
        assertEquals(2, count("MATCH (x:Article) RETURN count(x)", Map.of()));
        assertEquals(1, count("MATCH (x:Article)-[:MENTIONS]->(:Place {name: 'Sukkur'}) RETURN count(x)", Map.of()));

        // the same change ingested alone replaces it
        IngestReport alone = graph.pipeline().ingest(List.of(batch.resolve("a.txt")), IngestPipeline.Listener.NONE);
        assertEquals(0, alone.written(), "the new text is already there");
        Files.writeString(batch.resolve("a.txt"), "Rain in Lahore\n\nRain delayed the cricket match in Lahore.\n");
        IngestReport third = graph.pipeline().ingest(List.of(batch.resolve("a.txt")), IngestPipeline.Listener.NONE);
        assertEquals(1, third.replaced(), "the version a.txt held last is replaced");
        assertEquals(2, count("MATCH (x:Article) RETURN count(x)", Map.of()));
    }
}
