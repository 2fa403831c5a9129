package io.newsgraph.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.neo4j.driver.Driver;

/**
 * Every node (labels, properties) and relationship (ends' ids, type, properties) of a graph, as sorted lines, and
 * per article what it is made of: what reports in it, what it mentions (with the count) and how many relationships
 * its statements and claims have. Two graphs are the same graph when their snapshots are equal. Used by the tests
 * that compare a faulty run (a server stopping, ingests at once, a killed process) with a clean one.
 */
record GraphSnapshot(List<String> nodes, List<String> relationships, Map<String, List<String>> perArticle) {

    /** The graph this driver reaches (the IngestLock node, the writers' lock, is not part of it). */
    static GraphSnapshot of(Driver driver) {
        try (var session = driver.session()) {
            List<String> all = new ArrayList<>(session.run("MATCH (n) WHERE NOT n:IngestLock RETURN labels(n) AS labels, "
                    + "properties(n) AS p").list(r -> {
                List<String> labels = new ArrayList<>(r.get("labels").asList(v -> v.asString()));
                labels.sort(null);
                return labels + " " + plain(r.get("p").asMap());
            }));
            all.sort(null);
            List<String> rels = session.run("""
                    MATCH (s)-[r]->(t)
                    RETURN s.id + ' -' + type(r) + '-> ' + t.id AS line, properties(r) AS p ORDER BY line""")
                    .list(r -> r.get("line").asString() + " " + plain(r.get("p").asMap()));
            List<String> sortedRels = new ArrayList<>(rels);
            sortedRels.sort(null);
            Map<String, List<String>> perArticle = new TreeMap<>();
            session.run("""
                    MATCH (a:Article)
                    RETURN a.id AS id,
                           [(a)<-[:REPORTED_IN]-(n) | n.id] + [(a)-[m:MENTIONS]->(e) | e.id + '*' + m.count] AS parts,
                           COUNT { (a)<-[:REPORTED_IN]-(:Statement)-[]-() } AS statementRels,
                           COUNT { (a)<-[:REPORTED_IN]-(:Claim)-[]-() } AS claimRels
                    """).list().forEach(r -> {
                List<String> parts = new ArrayList<>(r.get("parts").asList(v -> v.asString()));
                parts.sort(null);
                parts.add("statement relationships " + r.get("statementRels").asLong());
                parts.add("claim relationships " + r.get("claimRels").asLong());
                perArticle.put(r.get("id").asString(), parts);
            });
            return new GraphSnapshot(all, sortedRels, perArticle);
        }
    }

    /**
     * The graph of the embedded store in this data directory, opened as the {@code kg} commands open it (through
     * {@link GraphConnection}, so with whatever credentials the store keeps) and closed again.
     */
    static GraphSnapshot of(Path dataDir) {
        try (GraphConnection conn = open(dataDir)) {
            return of(conn.driver());
        }
    }

    /** The embedded store in this data directory, on a free port, no HTTP. */
    static GraphConnection open(Path dataDir) {
        return GraphConnection.open(Map.of(), new GraphConnection.EmbeddedOptions(dataDir, "127.0.0.1", 0, null));
    }

    /**
     * What breaks the graph contract's provenance rules (graph-model.md): an article with no MENTIONS, a statement or
     * claim not REPORTED_IN exactly one article, a statement with neither a speaker (MADE) nor a speakerText, an event
     * reported in no article, a node without an id. Empty for a sound graph.
     */
    static List<String> breaches(Driver driver) {
        try (var session = driver.session()) {
            return session.run("""
                    CALL () {
                      MATCH (a:Article) WHERE NOT (a)-[:MENTIONS]->()
                      RETURN 'article without MENTIONS: ' + a.id AS breach
                      UNION ALL
                      MATCH (s:Statement) WHERE COUNT { (s)-[:REPORTED_IN]->(:Article) } <> 1
                      RETURN 'statement not REPORTED_IN one article: ' + s.id AS breach
                      UNION ALL
                      MATCH (s:Statement) WHERE NOT ()-[:MADE]->(s) AND s.speakerText IS NULL
                      RETURN 'statement with no speaker (MADE) and no speakerText: ' + s.id AS breach
                      UNION ALL
                      MATCH (c:Claim) WHERE COUNT { (c)-[:REPORTED_IN]->(:Article) } <> 1
                      RETURN 'claim not REPORTED_IN one article: ' + c.id AS breach
                      UNION ALL
                      MATCH (e:Event) WHERE NOT (e)-[:REPORTED_IN]->(:Article)
                      RETURN 'event reported in no article: ' + e.id AS breach
                      UNION ALL
                      MATCH (n) WHERE NOT n:IngestLock AND n.id IS NULL
                      RETURN 'node without an id: ' + reduce(s = '', l IN labels(n) | s + ':' + l) AS breach
                    }
                    RETURN breach ORDER BY breach""").list(r -> r.get("breach").asString());
        }
    }

    /** Properties in key order, lists sorted (an alias list is a set: its order is the order names were seen). */
    static String plain(Map<String, Object> props) {
        Map<String, Object> out = new TreeMap<>();
        props.forEach((k, v) -> {
            if (k.equals("uri") && v instanceof String u) {
                out.put(k, u.substring(u.lastIndexOf('/') + 1)); // the file, wherever the test put it
            } else if (v instanceof List<?> l) {
                List<String> sorted = new ArrayList<>(l.stream().map(String::valueOf).toList());
                sorted.sort(null);
                out.put(k, sorted);
            } else {
                out.put(k, v);
            }
        });
        return out.toString();
    }

    /** The lines of {@code a} that {@code b} lacks, each cut to 300 characters (for a readable failure). */
    static List<String> difference(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.removeAll(b);
        return out.stream().map(x -> x.length() > 300 ? x.substring(0, 300) : x).toList();
    }
}
