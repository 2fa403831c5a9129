package io.newsgraph.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;

class TimelineIT {

    static TestNeo4j graph;
    static Driver driver;

    @BeforeAll
    static void start() {
        graph = new TestNeo4j("""
                    CREATE (a1:Article {id: 'article:1'}), (a2:Article {id: 'article:2'})
                    CREATE (q:Place {id: 'place:quetta', name: 'Quetta'})
                    CREATE (g:Group {id: 'group:bla', name: 'Baloch Liberation Army'})
                    CREATE (i:Organisation {id: 'organisation:ispr', name: 'ISPR'})
                    CREATE (e:Event {id: 'event:attack:2026-01-31:quetta', type: 'attack', name: 'attack in Quetta',
                                     date: '2026-01-31', datePrecision: 'day'})
                    CREATE (p:Event {id: 'event:protest:2026-02-08:x', type: 'protest', date: '2026-02-08'})
                    CREATE (u:Event {id: 'event:meeting:undated:x', type: 'meeting'})
                    CREATE (e)-[:OCCURRED_IN]->(q), (g)-[:PARTICIPATED_IN {role: 'perpetrator'}]->(e)
                    CREATE (e)-[:REPORTED_IN]->(a1), (e)-[:REPORTED_IN]->(a2), (p)-[:REPORTED_IN]->(a1),
                           (u)-[:REPORTED_IN]->(a2)
                    CREATE (c1:Claim {id: 'claim:1', kind: 'casualty', count: 92, category: 'militants',
                                      outcome: 'killed'})-[:OBJECT]->(e)
                    CREATE (c1)-[:CLAIMED_BY]->(i)
                    CREATE (c2:Claim {id: 'claim:2', kind: 'casualty', count: 22, category: 'security personnel',
                                      outcome: 'killed', claimantText: 'state media'})-[:OBJECT]->(e)
                    """);
        driver = graph.driver;
    }

    @AfterAll
    static void stop() {
        graph.close();
    }

    @Test
    void eventsByDateWithPlacesParticipantsAndFigures() {
        List<Timeline.Entry> all = Timeline.read(driver, SessionConfig.defaultConfig(), null, null, null);
        assertEquals(List.of("2026-01-31", "2026-02-08"), all.subList(0, 2).stream().map(Timeline.Entry::date)
                .toList());
        assertEquals(null, all.get(2).date(), "undated events come last");
        Timeline.Entry attack = all.get(0);
        assertEquals(List.of("Quetta"), attack.places());
        assertEquals(List.of(new Timeline.Participant("Baloch Liberation Army", "perpetrator")),
                attack.participants());
        assertEquals(2, attack.articles());
        assertEquals(2, attack.figures().size());
        assertTrue(attack.figures().contains(new Timeline.Figure(92, null, "militants", "killed", "ISPR")));
        assertTrue(attack.figures().contains(new Timeline.Figure(22, null, "security personnel", "killed",
                "state media")));
        assertTrue(Timeline.toText(all).contains("92 militants killed (ISPR)"));
    }

    @Test
    void boundsAndTypeAreParameters() {
        assertEquals(List.of("protest"), Timeline.read(driver, SessionConfig.defaultConfig(), "2026-02-01",
                "2026-02-28", null).stream().map(Timeline.Entry::type).toList());
        assertEquals(1, Timeline.read(driver, SessionConfig.defaultConfig(), null, null, "attack").size());
        assertEquals(0, Timeline.read(driver, SessionConfig.defaultConfig(), null, null,
                "attack' OR 1=1 //").size(), "a value is only ever a parameter");
    }
}
