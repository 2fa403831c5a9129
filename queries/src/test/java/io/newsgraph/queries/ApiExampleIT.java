package io.newsgraph.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;

/**
 * The usage example of {@link NewsGraph}'s Javadoc, compiled and run: the body of {@link #javadocExample} is that
 * example word for word (with {@code System.out} swapped for a list the test reads). Change the two together.
 */
class ApiExampleIT {

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

    @Test
    void javadocExample() {
        List<String> out = new ArrayList<>();
        // --- the example in NewsGraph's Javadoc ---
        NewsGraph graph = new NewsGraph(driver, SessionConfig.defaultConfig());
        NewsGraph.Profile asif = graph.profile("Asif").get(0);
        for (NewsGraph.StatementMade s : graph.statementsBy(asif.name())) {
            out.add(s.date() + " " + s.verb() + ": " + s.text() + " (" + s.article() + ")");
        }
        for (NewsGraph.ContestedFigures q : graph.contestedFigures("security personnel")) {
            out.add(q.event() + ": " + q.low() + " to " + q.high() + " " + q.category() + " " + q.outcome());
        }
        List<Timeline.Entry> attacks = graph.timeline("2026-01-01", null, "attack");
        List<Map<String, Object>> rows = graph.run("source-reports", Map.of("source", "Dawn"));
        // --- end of the example ---

        assertEquals("Khawaja Asif", asif.name());
        assertEquals(List.of("Defence Minister"), asif.titles());
        assertEquals(List.of(
                "2026-02-02 say: Pakistan needed to deploy large numbers of troops in Balochistan "
                        + "(Defence minister urges large-scale troop deployment in Balochistan)",
                "2026-02-02 allege: criminal groups were operating under the banner of the BLA "
                        + "(Defence minister urges large-scale troop deployment in Balochistan)",
                "attack in Quetta: 15 to 17 security personnel killed"), out);
        assertEquals(List.of("attack in Quetta"), attacks.stream().map(Timeline.Entry::name).toList());
        assertEquals(List.of(), rows, "no article of the seed graph is from Dawn");
    }

    @Test
    void everyTypedViewReadsTheSeedGraph() {
        NewsGraph g = new NewsGraph(driver);
        assertTrue(g.views().stream().anyMatch(v -> v.name().equals("statements-by")));

        NewsGraph.Profile bla = g.profile("BLA").get(0);
        assertEquals(List.of("Group"), bla.labels());
        assertEquals(2, bla.claimsAbout());
        assertEquals(1, bla.claimsMade());
        assertEquals(1, bla.events());
        assertEquals(List.of(), bla.titles(), "a list the graph does not hold is empty, not null");

        List<NewsGraph.StatementMade> said = g.statementsBy("Khawaja Asif");
        assertEquals(2, said.size());
        NewsGraph.StatementMade first = said.get(0);
        assertFalse(first.quote());
        assertEquals("samples/articles/001_bce3815670f48d38.txt", first.uri());
        NewsGraph.Provenance where = g.provenance(first.id()).get(0);
        assertEquals(first.text(), where.source(), "the offsets point at the statement's text");
        assertEquals(List.of(first.start(), first.end()), List.of(where.start(), where.end()));
        assertEquals("2026-02-02", where.published());

        assertEquals(List.of(new NewsGraph.StatementAbout("Khawaja Asif", "allege", false,
                "criminal groups were operating under the banner of the BLA", "2026-02-02",
                "Defence minister urges large-scale troop deployment in Balochistan", "statement:2", "speech")),
                g.saidAbout("Baloch Liberation Army"));

        NewsGraph.ContestedFigures contested = g.contestedFigures(null).get(0);
        assertEquals("2026-01-31", contested.date());
        assertEquals(List.of(15L, 17L), contested.figures().stream().map(NewsGraph.SourcedFigure::count).sorted()
                .toList());
        assertTrue(contested.figures().stream().anyMatch(f -> "Khawaja Asif".equals(f.source())));

        assertEquals(List.of(new NewsGraph.ResponsibilityClaim("Baloch Liberation Army", "Baloch Liberation Army",
                "attack in Quetta",
                "2026-01-31", "The BLA claimed responsibility for the attacks in Quetta",
                "Defence minister urges large-scale troop deployment in Balochistan", "claim:3")),
                g.responsibilityClaims("bla"));
        assertEquals(g.responsibilityClaims("bla"), g.responsibilityClaims(null));

        NewsGraph.Allegation allegation = g.allegations("Baloch Liberation Army").get(0);
        assertEquals("Khawaja Asif", allegation.claimant());
        assertEquals(List.of("Baloch Liberation Army"), allegation.accused());

        assertEquals(List.of(new NewsGraph.Membership("Pakistan Tehreek-e-Insaf", "Party", "Khawaja Asif", "leader",
                List.of("Defence Minister"))), g.memberships("PTI"));
        assertEquals(g.memberships("PTI"), g.memberships(null));

        assertEquals(List.of(new NewsGraph.CoMention("Khawaja Asif", "Baloch Liberation Army", "Group", 1)),
                g.coMentions("Asif", 1));
        assertEquals(List.of("about", "about", "made"), g.claimsOf("BLA").stream()
                .map(NewsGraph.EntityClaim::relation).toList());
        assertEquals(List.of(new NewsGraph.EntityEvent("2026-01-31", "attack", "attack in Quetta", "perpetrator",
                List.of("Quetta"), "event:attack:2026-01-31:quetta")), g.eventsOf("BLA"));
        assertEquals(List.of(new NewsGraph.PlaceEvent("2026-01-31", "attack", "attack in Quetta",
                List.of("Quetta"), 1)), g.eventsByPlace("Balochistan"));
        assertEquals(List.of(new NewsGraph.SourceReport("The Express Tribune",
                "Defence minister urges large-scale troop deployment in Balochistan", "2026-02-02", 2, 4, 1)),
                g.sourceReports(null));
        assertEquals(List.of(), g.profile("nobody of that name"));

        List<org.neo4j.driver.types.Path> around = g.neighbourhood("Asif");
        assertFalse(around.isEmpty());
        for (org.neo4j.driver.types.Path p : around) {
            assertTrue(p.start().get("name").asString().equals("Khawaja Asif")
                    || p.end().get("name").asString().equals("Khawaja Asif"), "paths start or end at Asif");
        }
    }
}
