package io.newsgraph.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.CypherResource;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.SessionConfig;

/**
 * Which casualty figures the contested-figures view sets against each other (issue 16, "disputes that are
 * disputes"): the same event, category, outcome and scope, cumulative or not, with different numbers from different
 * sources; parts and additions never against a whole toll.
 */
class DisputesViewIT {

    static TestNeo4j graph;

    @BeforeAll
    static void start() {
        graph = new TestNeo4j(CypherResource.load(DisputesViewIT.class, "/newsgraph/disputes-graph.cypher"));
    }

    @AfterAll
    static void stop() {
        graph.close();
    }

    static List<Map<String, Object>> contested(String category) {
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("category", category);
        return Views.run(graph.driver, SessionConfig.defaultConfig(), "contested-figures", params);
    }

    static Set<Long> counts(Map<String, Object> row) {
        return ((List<?>) row.get("figures")).stream().map(f -> ((Number) ((Map<?, ?>) f).get("count")).longValue())
                .collect(Collectors.toSet());
    }

    @Test
    void rivalSourcesOfOneWholeTollAreOneDisputeAndItsPartsStayOut() {
        List<Map<String, Object>> rows = contested("civilians");
        assertEquals(1, rows.size(), rows.toString());
        Map<String, Object> row = rows.get(0);
        assertEquals("whole", row.get("scope"));
        assertEquals(false, row.get("cumulative"));
        assertEquals(Set.of(39L, 24L, 19L), counts(row), "17 in Nairobi and the part of 5 are not the whole toll");
        assertEquals(4, ((List<?>) row.get("figures")).size(), "police and the president each give 19");
        assertEquals(19L, row.get("low"));
        assertEquals(39L, row.get("high"));
        Set<Object> sources = ((List<?>) row.get("figures")).stream().map(f -> ((Map<?, ?>) f).get("source"))
                .collect(Collectors.toSet());
        assertEquals(Set.of("Rights Commission", "Amnesty International", "police", "The President"), sources);
    }

    @Test
    void oneSourcesTwoFiguresAreNoDisputeButTwoSourcesOnOneTownAre() {
        List<Map<String, Object>> rows = contested("security personnel");
        assertEquals(1, rows.size(), "the army's 20 and 22 are not disputed by anyone: " + rows);
        assertEquals("in Nushki", rows.get(0).get("scope"));
        assertEquals(Set.of(7L, 9L), counts(rows.get(0)));
    }

    @Test
    void aRunningTotalIsSetOnlyAgainstRunningTotalsAndAnAdditionAgainstNothing() {
        List<Map<String, Object>> rows = contested("militants");
        assertEquals(1, rows.size(), rows.toString());
        assertEquals(true, rows.get(0).get("cumulative"));
        assertEquals(Set.of(60L, 55L), counts(rows.get(0)), "the day's 48 and the 12 more are not the running total");
        assertTrue(((List<?>) rows.get(0).get("figures")).stream()
                .anyMatch(f -> "Operations continue".equals(((Map<?, ?>) f).get("article"))
                        && ((Map<?, ?>) f).get("source") == null), "an unattributed figure is its article's");
    }

    @Test
    void allCategoriesTogetherGiveEachDisputeOnce() {
        List<Map<String, Object>> rows = contested(null);
        assertEquals(3, rows.size(), rows.toString());
        assertFalse(rows.stream().anyMatch(r -> counts(r).contains(12L) || counts(r).contains(17L)));
    }
}
