package io.newsgraph.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Value;
import org.neo4j.driver.summary.Plan;

/** Every saved view parses, runs with its example parameters and uses indexes; values stay parameters. */
class ViewsIT {

    static TestNeo4j graph;
    static Driver driver;

    @BeforeAll
    static void start() {
        graph = TestNeo4j.seeded();
        driver = graph.driver;
    }

    @AfterAll
    static void stop() {
        graph.close();
    }

    static Map<String, Object> examples(Views.View v) {
        Map<String, Object> params = new HashMap<>();
        for (Views.Param p : v.params()) {
            String ex = p.example() == null ? null : p.example().replaceAll("^\"|\"$", "");
            params.put(p.name(), ex != null && ex.matches("\\d+") ? (Object) Long.valueOf(ex) : ex);
        }
        return params;
    }

    @Test
    void everyViewHasAHeaderAndRunsWithItsExamples() {
        assertTrue(Views.list().size() >= 12, Views.list().toString());
        for (Views.View v : Views.list()) {
            assertFalse(v.title().isBlank(), v.name());
            assertFalse(v.description().isBlank(), v.name());
            v.params().forEach(p -> assertTrue(p.example() != null, v.name() + " " + p.name() + " has no example"));
            Map<String, Object> params = examples(v);
            if (v.name().equals("provenance")) {
                params.put("id", "claim:2");
            }
            List<Map<String, Object>> rows = Views.run(driver, SessionConfig.defaultConfig(), v.name(), params);
            assertFalse(rows.isEmpty(), v.name() + " returned nothing for " + params);
        }
    }

    @Test
    void viewsReturnWhatTheGraphHolds() {
        Map<String, Object> profile = Views.run(driver, SessionConfig.defaultConfig(), "entity-profile",
                Map.of("name", "asif")).get(0);
        assertEquals("Khawaja Asif", profile.get("name"));
        assertEquals(2L, profile.get("statements"));
        Map<String, Object> contested = Views.run(driver, SessionConfig.defaultConfig(), "contested-figures",
                Map.of("category", "security personnel")).get(0);
        assertEquals(15L, contested.get("low"));
        assertEquals(17L, contested.get("high"));
        assertEquals("Quetta", ((List<?>) Views.run(driver, SessionConfig.defaultConfig(), "events-by-place",
                Map.of("place", "Balochistan")).get(0).get("places")).get(0), "a province finds its districts");
        assertEquals("Pakistan needed to deploy large numbers of troops in Balochistan", Views.run(driver,
                SessionConfig.defaultConfig(), "provenance", Map.of("id", "statement:1")).get(0).get("source"));
    }

    private static List<Map<String, Object>> run(String view, String param, Object value) {
        Map<String, Object> params = new HashMap<>();
        params.put(param, value);
        return Views.run(driver, SessionConfig.defaultConfig(), view, params);
    }

    private static List<Object> column(List<Map<String, Object>> rows, String column) {
        return rows.stream().map(r -> r.get(column)).toList();
    }

    @Test
    void everyViewReturnsItsRowsWithAndWithoutItsOptionalFilter() {
        assertEquals(List.of("statement:1", "statement:2"), column(run("statements-by", "name", "khawaja asif"),
                "statement"));
        assertEquals(List.of("Khawaja Asif"), column(run("said-about", "name", "BLA"), "speaker"));
        // a page at a time, in the same order
        assertEquals(List.of("statement:1"), column(Views.run(driver, SessionConfig.defaultConfig(), "statements-by",
                Map.of("name", "Khawaja Asif", "limit", 1)), "statement"));
        assertEquals(List.of("statement:2"), column(Views.run(driver, SessionConfig.defaultConfig(), "statements-by",
                Map.of("name", "Khawaja Asif", "skip", 1, "limit", 1)), "statement"));
        assertEquals(List.of(), Views.run(driver, SessionConfig.defaultConfig(), "statements-by",
                Map.of("name", "Khawaja Asif", "skip", 2)));
        NewsGraph api = new NewsGraph(driver, SessionConfig.defaultConfig());
        NewsGraph.Page first = NewsGraph.Page.first(1);
        assertEquals(List.of("statement:1"), api.statementsBy("Khawaja Asif", first).stream()
                .map(NewsGraph.StatementMade::id).toList());
        assertEquals(List.of("statement:2"), api.statementsBy("Khawaja Asif", first.next()).stream()
                .map(NewsGraph.StatementMade::id).toList());
        assertEquals(2, api.statementsBy("Khawaja Asif").size());
        assertEquals(1, api.saidAbout("BLA", first).size());
        assertEquals(0, api.eventsByPlace("Quetta", first.next()).size());
        assertEquals(1, api.profile("Asif", first).size());
        Map<String, Object> coMentionsOfOne = Map.of("name", "Asif", "limit", 2, "within", 1);
        assertTrue(column(Views.run(driver, SessionConfig.defaultConfig(), "co-mentions", coMentionsOfOne), "articles")
                .stream().allMatch(n -> ((Number) n).longValue() == 1L), "counted over one article");
        assertEquals(List.of("criminal groups were operating under the banner of the BLA"),
                column(run("said-about", "name", "Baloch Liberation Army"), "text"));

        for (String group : new String[] {null, "BLA", "baloch liberation army"}) {
            List<Map<String, Object>> rows = run("responsibility-claims", "group", group);
            assertEquals(List.of("claim:3"), column(rows, "claim"), "group " + group);
            assertEquals("attack in Quetta", rows.get(0).get("claimedFor"));
            assertEquals("Baloch Liberation Army", rows.get(0).get("group"));
        }
        assertEquals(List.of(), run("responsibility-claims", "group", "PTI"), "PTI claimed nothing");

        for (String accused : new String[] {null, "BLA", "Baloch Liberation Army"}) {
            List<Map<String, Object>> rows = run("allegations", "accused", accused);
            assertEquals(List.of("claim:4"), column(rows, "claim"), "accused " + accused);
            assertEquals("Khawaja Asif", rows.get(0).get("claimant"));
            assertEquals(List.of("Baloch Liberation Army"), rows.get(0).get("accused"));
        }
        assertEquals(List.of(), run("allegations", "accused", "Khawaja Asif"), "nobody accuses Asif");

        for (String org : new String[] {null, "PTI", "pakistan tehreek-e-insaf"}) {
            List<Map<String, Object>> rows = run("memberships", "org", org);
            assertEquals(List.of(Map.of("organisation", "Pakistan Tehreek-e-Insaf", "kind", "Party",
                    "person", "Khawaja Asif", "role", "leader", "titles", List.of("Defence Minister"))), rows,
                    "org " + org);
        }
        assertEquals(List.of(), run("memberships", "org", "BLA"));

        for (String category : new String[] {null, "security personnel"}) {
            List<Map<String, Object>> rows = run("contested-figures", "category", category);
            assertEquals(1, rows.size(), "category " + category);
            assertEquals(2, ((List<?>) rows.get(0).get("figures")).size());
        }
        assertEquals(List.of(), run("contested-figures", "category", "militants"));

        assertEquals(List.of("attack in Quetta"), column(run("events-by-place", "place", "Quetta"), "event"));
        assertEquals(List.of(), run("events-by-place", "place", "quetta"), "place names match exactly, as before");
        assertEquals(List.of(), run("events-by-place", "place", null));

        for (String source : new String[] {null, "The Express Tribune"}) {
            List<Map<String, Object>> rows = run("source-reports", "source", source);
            assertEquals(1, rows.size(), "source " + source);
            assertEquals(2L, rows.get(0).get("statements"));
            assertEquals(4L, rows.get(0).get("claims"));
            assertEquals(1L, rows.get(0).get("events"));
        }
        assertEquals(List.of(), run("source-reports", "source", "Dawn"));

        Map<String, Object> coMentions = Map.of("name", "Asif", "limit", 2);
        assertEquals(List.of("Baloch Liberation Army", "Balochistan"), column(Views.run(driver,
                SessionConfig.defaultConfig(), "co-mentions", coMentions), "with"));
        assertEquals(List.of("about", "about", "made"), column(run("claims-of", "name", "BLA"),
                "relation"));
        assertEquals(List.of("perpetrator"), column(run("events-of", "name", "BLA"), "role"));
        assertEquals(List.of("event:attack:2026-01-31:quetta"), column(run("events-timeline", "type", "attack"),
                "id"));

        List<Map<String, Object>> around = run("neighbourhood", "name", "Asif");
        assertFalse(around.isEmpty());
        for (Map<String, Object> row : around) {
            assertTrue(row.get("p").toString().contains("name=Khawaja Asif"), "every path touches Asif: " + row);
        }
        assertTrue(around.stream().anyMatch(r -> r.get("p").toString().contains("-[:MADE]->")));
        assertTrue(around.stream().anyMatch(r -> r.get("p").toString().contains("-[:MEMBER_OF]->")));
    }

    /**
     * Views that read every node of a label when their optional filter is null, where no index can serve "all":
     * the plan is one for every parameter value, so the label scan of the "all" branch shows even though the
     * filtered branch seeks an index.
     */
    static final Map<String, String> LABEL_SCANS_BY_DESIGN = Map.of(
            "source-reports", "Article", // with no source, every article; with one, the article_source index
            "events-timeline", "Event"); // every event in a date range of partial ISO dates, undated ones included

    /**
     * co-mentions finds an entity's latest articles one of two ways (reading the dates of all its articles, or walking
     * the index of dates from the latest): both count the same articles, undated ones last.
     */
    @Test
    void coMentionsCountTheLatestArticlesWhicheverWayTheyAreFound() {
        String setup = """
                CREATE (x:Person {id: 'person:cm-x', name: 'Xavier Quill', aliases: ['Xavier Quill', 'Quill']}),
                       (w:Person {id: 'person:cm-w', name: 'Wanda Quill', aliases: ['Wanda Quill', 'Quill']}),
                       (y:Person {id: 'person:cm-y', name: 'Yan Moor', aliases: ['Yan Moor']}),
                       (z:Person {id: 'person:cm-z', name: 'Zoe Park', aliases: ['Zoe Park']})
                WITH x, w, y, z
                UNWIND [['x1', date('2026-01-01'), x, y], ['x2', date('2026-01-02'), x, z],
                        ['x3', date('2026-01-03'), x, z], ['x4', null, x, y],
                        ['w1', date('2026-01-05'), w, y], ['w2', null, w, z], ['w3', null, w, y],
                        ['w4', null, w, y], ['w5', null, w, y], ['w6', null, w, y]] AS row
                WITH row, row[2] AS e, row[3] AS o
                CREATE (a:Article {id: 'article:cm-' + row[0], title: row[0], published: row[1]})
                CREATE (a)-[:MENTIONS {count: 1}]->(e), (a)-[:MENTIONS {count: 1}]->(o)""";
        try (var session = driver.session()) {
            session.run(setup).consume();
            session.run("CALL db.awaitIndexes(60)").consume();
            long total = session.run("MATCH (a:Article) RETURN count(a) AS n").single().get("n").asLong();
            // the index walk serves an entity named in d articles when d * d > within * all articles
            assertTrue(4 * 4 > total && 6 * 6 > 2 * total && 4 * 4 <= 3 * total, "articles in the graph: " + total);
        }
        try {
            // Xavier (4 articles), within 1: the index walk; the latest is x3
            assertEquals(List.of(Map.of("with", "Zoe Park", "articles", 1L)), coMentions("Xavier Quill", 1));
            // within 3: his dates read; x3, x2, x1
            assertEquals(List.of(Map.of("with", "Zoe Park", "articles", 2L), Map.of("with", "Yan Moor", "articles",
                    1L)), coMentions("Xavier Quill", 3));
            // Wanda (6 articles, one dated), within 2: the index walk finds w1, the undated follow by id: w2
            assertEquals(List.of(Map.of("with", "Yan Moor", "articles", 1L), Map.of("with", "Zoe Park", "articles",
                    1L)), coMentions("Wanda Quill", 2));
            // a name two entities share: counted over the latest articles naming either: w1, x3, x2
            assertEquals(List.of(Map.of("entity", "Xavier Quill", "with", "Zoe Park", "articles", 2L),
                    Map.of("entity", "Wanda Quill", "with", "Yan Moor", "articles", 1L)),
                    Views.run(driver, SessionConfig.defaultConfig(), "co-mentions", Map.of("name", "Quill",
                            "within", 3)).stream().map(r -> Map.of("entity", r.get("entity"), "with", r.get("with"),
                            "articles", r.get("articles"))).toList());
        } finally {
            try (var session = driver.session()) {
                session.run("MATCH (n) WHERE n.id STARTS WITH 'article:cm-' OR n.id STARTS WITH 'person:cm-' "
                        + "DETACH DELETE n").consume();
            }
        }
    }

    private static List<Map<String, Object>> coMentions(String name, int within) {
        return Views.run(driver, SessionConfig.defaultConfig(), "co-mentions", Map.of("name", name, "within", within))
                .stream().map(r -> Map.of("with", r.get("with"), "articles", r.get("articles"))).toList();
    }

    @Test
    void noViewScansEveryNodeOrALabelWhereAnIndexServes() {
        try (var session = driver.session()) {
            Set<String> indexed = new HashSet<>();
            session.run("SHOW INDEXES YIELD entityType, labelsOrTypes WHERE entityType = 'NODE' "
                    + "AND labelsOrTypes IS NOT NULL RETURN labelsOrTypes")
                    .forEachRemaining(r -> indexed.addAll(r.get("labelsOrTypes").asList(Value::asString)));
            assertTrue(indexed.containsAll(List.of("Article", "Claim", "Event", "Person", "Place")), indexed.toString());
            for (Views.View v : Views.list()) {
                Plan plan = session.run("EXPLAIN " + v.cypher(), examples(v)).consume().plan();
                assertFalse(operators(plan).contains("AllNodesScan"), v.name() + " scans all nodes");
                for (String label : labelScans(plan)) {
                    if (indexed.contains(label) && !label.equals(LABEL_SCANS_BY_DESIGN.get(v.name()))) {
                        fail(v.name() + " scans every " + label + " though " + label + " has an index: " + plan);
                    }
                }
            }
        }
    }

    /** The labels of the NodeByLabelScan operators of a plan ("Details" reads e.g. {@code a:Article}). */
    private static List<String> labelScans(Plan plan) {
        List<String> out = new ArrayList<>();
        if (plan.operatorType().startsWith("NodeByLabelScan")) {
            String details = plan.arguments().get("Details").asString();
            out.add(details.substring(details.lastIndexOf(':') + 1).strip());
        }
        plan.children().forEach(c -> out.addAll(labelScans(c)));
        return out;
    }

    private static String operators(Plan plan) {
        StringBuilder sb = new StringBuilder(plan.operatorType()).append(' ');
        plan.children().forEach(c -> sb.append(operators(c)));
        return sb.toString();
    }

    /** Names that would change or break a query if they were ever spliced into its text. */
    static final List<String> HOSTILE = List.of("Asif' OR 1=1 //", "x\"}) DETACH DELETE n //", "`Person`",
            "\" OR \"", "'}) MATCH (n) DETACH DELETE n //", "x` DETACH DELETE n //", "\\", "Asif\\",
            "Asif\") YIELD node MATCH (n) DETACH DELETE n //", "*:*", "name:Asif OR id:*", "$name", "{name}",
            "); CREATE (:Pwned) //", "\u0000", "");

    /** Every node with its labels and properties and every relationship with its ends, type and properties. */
    static String graphAsText() {
        try (var session = driver.session()) {
            List<String> lines = new java.util.ArrayList<>(session.run("MATCH (n) RETURN labels(n) AS l, "
                    + "properties(n) AS p").list(r -> r.get("l").asList().toString() + new java.util.TreeMap<>(
                    r.get("p").asMap())));
            lines.addAll(session.run("MATCH (s)-[r]->(t) RETURN s.id AS s, type(r) AS t, t.id AS e, "
                    + "properties(r) AS p").list(r -> r.get("s").asString() + " " + r.get("t").asString() + " "
                    + r.get("e").asString() + new java.util.TreeMap<>(r.get("p").asMap())));
            lines.sort(null);
            return String.join("\n", lines);
        }
    }

    @Test
    void reportsTakeAnyNameAsAValueAndLeaveTheGraphAsItWas() {
        String before = graphAsText();
        Reports reports = new Reports(driver, SessionConfig.defaultConfig());
        for (String hostile : HOSTILE) {
            Views.UnknownView none = assertThrows(Views.UnknownView.class, () -> reports.entityMarkdown(hostile));
            assertEquals("no entity is called '" + hostile + "'", none.getMessage());
            assertThrows(Views.UnknownView.class, () -> reports.entityJson(hostile));
        }
        assertFalse(reports.contested().isEmpty());
        assertTrue(reports.entityMarkdown("Asif").startsWith("# Khawaja Asif\n"));
        assertEquals(before, graphAsText(), "no report changed the graph");
    }

    @Test
    void aStatementOfTwoSpeakersIsOneRowNamingBoth() {
        try (var session = driver.session()) {
            session.run("MATCH (a:Article) WITH a LIMIT 1 "
                    + "CREATE (p:Person {id: 'person:co-one', name: 'Nancy Foner'}), "
                    + "(q:Person {id: 'person:co-two', name: 'Richard Alba'}), "
                    + "(t:Organisation {id: 'organisation:co-topic', name: 'Coordinated Speakers Institute'}), "
                    + "(s:Statement {id: 'statement:co', text: 'immigrants adapt faster', kind: 'speech', verb: 'suggest'}), "
                    + "(p)-[:MADE]->(s), (q)-[:MADE]->(s), (s)-[:ABOUT]->(t), "
                    + "(s)-[:REPORTED_IN {start: 0, end: 10}]->(a)").consume();
            session.run("CALL db.awaitIndexes(60)").consume();
        }
        try {
            assertEquals(List.of("Nancy Foner and Richard Alba"),
                    column(run("said-about", "name", "Coordinated Speakers Institute"), "speaker"));
            assertEquals(List.of("statement:co"), column(run("statements-by", "name", "Richard Alba"), "statement"));
        } finally {
            try (var session = driver.session()) {
                session.run("MATCH (n) WHERE n.id IN ['person:co-one', 'person:co-two', 'organisation:co-topic', "
                        + "'statement:co'] DETACH DELETE n").consume();
            }
        }
    }

    @Test
    void anEntityWhoseNameLooksLikeCypherIsFoundByThatNameVerbatim() {
        String name = "O'Brien `Bobby` \"}) DETACH DELETE n //";
        try (var session = driver.session()) {
            session.run("CREATE (p:Person {id: 'person:hostile', name: $name, aliases: [$name]})",
                    Map.of("name", name)).consume();
            session.run("CALL db.awaitIndexes(60)").consume();
        }
        try {
            String before = graphAsText();
            Map<String, Object> profile = Views.run(driver, SessionConfig.defaultConfig(), "entity-profile",
                    Map.of("name", name)).get(0);
            assertEquals(name, profile.get("name"));
            String md = new Reports(driver, SessionConfig.defaultConfig()).entityMarkdown(name);
            assertTrue(md.startsWith("# " + name + "\n"), md);
            assertEquals(before, graphAsText());
        } finally {
            try (var session = driver.session()) {
                session.run("MATCH (p:Person {id: 'person:hostile'}) DETACH DELETE p").consume();
            }
        }
    }

    @Test
    void unknownViewsAndParametersAreClearErrorsAndValuesAreOnlyParameters() {
        Views.UnknownView noView = assertThrows(Views.UnknownView.class,
                () -> Views.run(driver, SessionConfig.defaultConfig(), "nope", Map.of()));
        assertTrue(noView.getMessage().contains("no view named 'nope'"));
        Views.UnknownView noParam = assertThrows(Views.UnknownView.class,
                () -> Views.run(driver, SessionConfig.defaultConfig(), "entity-profile", Map.of("nam", "x")));
        assertTrue(noParam.getMessage().contains("has no parameter 'nam'"));
        String before = graphAsText();
        for (String hostile : HOSTILE) {
            for (Views.View v : Views.list()) {
                for (Views.Param p : v.params()) {
                    if (p.example().matches("\\d+")) {
                        continue; // a number (limit): a string there is a type error, not a name
                    }
                    Map<String, Object> params = examples(v);
                    params.put(p.name(), hostile);
                    Views.run(driver, SessionConfig.defaultConfig(), v.name(), params);
                }
            }
        }
        assertEquals(before, graphAsText(), "no view changed the graph, whatever it was given");
        try (var session = driver.session()) {
            assertEquals(1, session.run("MATCH (p:Person) RETURN count(p) AS n").single().get("n").asInt(),
                    "nothing was deleted");
        }
    }
}
