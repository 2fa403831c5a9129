package io.newsgraph.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.summary.Plan;

/** Every saved view parses, runs with its example parameters and uses indexes; values stay parameters. */
class ViewsIT {

    static TestNeo4j graph;
    static Driver driver;

    @BeforeAll
    static void start() {
        graph = new TestNeo4j("""
                    CREATE (a:Article {id: 'article:1', title: 'T', source: 'The Express Tribune', text: 'Asif said x.',
                                       published: date('2026-02-02')})
                    CREATE (p:Person {id: 'person:khawaja-asif', name: 'Khawaja Asif', aliases: ['Asif', 'Khawaja Asif'],
                                      titles: ['Defence Minister']})
                    CREATE (g:Group {id: 'group:bla', name: 'Baloch Liberation Army', acronym: 'BLA',
                                     aliases: ['BLA', 'Baloch Liberation Army']})
                    CREATE (pti:Party {id: 'party:pti', name: 'Pakistan Tehreek-e-Insaf', acronym: 'PTI', aliases: ['PTI']})
                    CREATE (b:Place {id: 'place:balochistan', name: 'Balochistan', aliases: ['Balochistan']})
                    CREATE (q:Place:District {id: 'place:quetta', name: 'Quetta', aliases: ['Quetta']})-[:LOCATED_IN]->(b)
                    CREATE (e:Event {id: 'event:attack:2026-01-31:quetta', type: 'attack', name: 'attack in Quetta',
                                     date: '2026-01-31'})-[:OCCURRED_IN]->(q)
                    CREATE (e)-[:REPORTED_IN {start: 0, end: 5}]->(a), (a)-[:MENTIONS {count: 1}]->(e)
                    CREATE (a)-[:MENTIONS {count: 2}]->(p), (a)-[:MENTIONS {count: 1}]->(g), (a)-[:MENTIONS {count: 1}]->(b)
                    CREATE (s:Statement {id: 'statement:1', text: 'x', quote: false, verb: 'say', date: '2026-02-02'})
                    CREATE (p)-[:MADE]->(s), (s)-[:REPORTED_IN {start: 0, end: 12}]->(a), (s)-[:ABOUT]->(g)
                    CREATE (c1:Claim {id: 'claim:1', kind: 'casualty', count: 15, category: 'security personnel',
                                      outcome: 'killed'})-[:OBJECT]->(e)
                    CREATE (c2:Claim {id: 'claim:2', kind: 'casualty', count: 17, category: 'security personnel',
                                      outcome: 'killed'})-[:OBJECT]->(e)
                    CREATE (c1)-[:REPORTED_IN {start: 0, end: 5}]->(a), (c2)-[:REPORTED_IN {start: 0, end: 5}]->(a)
                    CREATE (c2)-[:CLAIMED_BY]->(p), (s)-[:ASSERTS]->(c2)
                    CREATE (r:Claim {id: 'claim:3', kind: 'responsibility', object: 'the attacks'})-[:SUBJECT]->(g)
                    CREATE (r)-[:REPORTED_IN {start: 0, end: 5}]->(a), (r)-[:OBJECT]->(e)
                    CREATE (al:Claim {id: 'claim:4', kind: 'allegation', text: 'x'})-[:SUBJECT]->(g)
                    CREATE (al)-[:CLAIMED_BY]->(p), (al)-[:REPORTED_IN {start: 0, end: 5}]->(a)
                    CREATE (p)-[:MEMBER_OF {role: 'leader'}]->(pti), (g)-[:PARTICIPATED_IN {role: 'perpetrator'}]->(e)
                    """);
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
        assertEquals(1L, profile.get("statements"));
        Map<String, Object> contested = Views.run(driver, SessionConfig.defaultConfig(), "contested-figures",
                Map.of("category", "security personnel")).get(0);
        assertEquals(15L, contested.get("low"));
        assertEquals(17L, contested.get("high"));
        assertEquals("Quetta", ((List<?>) Views.run(driver, SessionConfig.defaultConfig(), "events-by-place",
                Map.of("place", "Balochistan")).get(0).get("places")).get(0), "a province finds its districts");
        assertEquals("Asif said x.", Views.run(driver, SessionConfig.defaultConfig(), "provenance",
                Map.of("id", "statement:1")).get(0).get("source"));
    }

    @Test
    void noViewScansEveryNodeOrALabelWhereAnIndexServes() {
        try (var session = driver.session()) {
            for (Views.View v : Views.list()) {
                Plan plan = session.run("EXPLAIN " + v.cypher(), examples(v)).consume().plan();
                assertFalse(operators(plan).contains("AllNodesScan"), v.name() + " scans all nodes");
                if (!v.params().isEmpty() && !List.of("source-reports", "memberships", "responsibility-claims",
                        "allegations", "contested-figures", "events-timeline").contains(v.name())) {
                    assertFalse(operators(plan).contains("NodeByLabelScan"), v.name() + " scans a label: " + plan);
                }
            }
        }
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
