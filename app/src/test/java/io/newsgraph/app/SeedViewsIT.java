package io.newsgraph.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.queries.Views;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;

/**
 * Every saved view on the graph of the five sample articles (ingested by the real pipeline), checked against what
 * a reader of those articles expects. The names used are the views' own header examples.
 */
class SeedViewsIT {

    static Driver driver;

    @BeforeAll
    static void seeds() {
        driver = SeedGraph.get().driver;
    }

    static List<Map<String, Object>> run(String view, Object... params) {
        Map<String, Object> p = new HashMap<>();
        for (int i = 0; i < params.length; i += 2) {
            p.put((String) params[i], params[i + 1]);
        }
        return Views.run(driver, SessionConfig.defaultConfig(), view, p);
    }

    static Set<Object> column(List<Map<String, Object>> rows, String key) {
        Set<Object> out = new HashSet<>();
        rows.forEach(r -> out.add(r.get(key)));
        return out;
    }

    @Test
    void everyViewIsCoveredHere() {
        Set<String> covered = Set.of("entity-profile", "neighbourhood", "statements-by", "said-about",
                "contested-figures", "responsibility-claims", "allegations", "memberships", "events-timeline",
                "events-by-place", "co-mentions", "source-reports", "provenance", "claims-of", "events-of");
        for (Views.View v : Views.list()) {
            assertTrue(covered.contains(v.name()), "add a seed check for the new view " + v.name());
        }
    }

    @Test
    void theDefenceMinisterIsFoundByHisShortName() {
        List<Map<String, Object>> rows = run("entity-profile", "name", "Asif");
        assertEquals("Khawaja Asif", rows.get(0).get("name"), rows.toString());
        assertEquals(List.of("Person"), rows.get(0).get("labels"));
        assertTrue(rows.get(0).get("titles").toString().toLowerCase().contains("defence minister"), rows.toString());
        assertTrue(((Number) rows.get(0).get("statements")).intValue() >= 10, rows.toString());
        assertTrue(((Number) rows.get(0).get("articles")).intValue() >= 4, "he is in four of the five articles");
    }

    @Test
    void theNeighbourhoodLeadsFromThePersonToStatementsAndArticles() {
        List<Map<String, Object>> rows = run("neighbourhood", "name", "Khawaja Asif");
        assertTrue(rows.size() >= 10, rows.size() + " paths");
        boolean statementToArticle = false;
        for (Map<String, Object> r : rows) {
            List<?> path = (List<?>) r.get("p");
            assertTrue(path.toString().contains("name=Khawaja Asif"), "every path touches him: " + path);
            statementToArticle |= path.toString().contains("-[:MADE]->") && path.toString().contains("Article");
        }
        assertTrue(statementToArticle, "person -> statement -> article");
    }

    @Test
    void statementsByAndAboutCarryTheirSources() {
        List<Map<String, Object>> by = run("statements-by", "name", "Khawaja Asif");
        assertTrue(by.size() >= 10, by.size() + " statements");
        assertEquals(Set.of("Khawaja Asif"), column(by, "speaker"));
        by.forEach(r -> assertTrue(r.get("uri") != null && r.get("start") != null, r.toString()));
        assertTrue(column(by, "quote").contains(true), "he is quoted directly too");

        List<Map<String, Object>> about = run("said-about", "name", "Baloch Liberation Army");
        assertTrue(column(about, "speaker").contains("Khawaja Asif"), about.toString());
    }

    @Test
    void theSecurityPersonnelKilledAreDisputedBetweenSources() {
        List<Map<String, Object>> rows = run("contested-figures", "category", "security personnel");
        Map<String, Object> killed = rows.stream().filter(r -> "killed".equals(r.get("outcome")))
                .filter(r -> String.valueOf(r.get("event")).startsWith("attack")).findFirst().orElseThrow();
        Set<Long> counts = new HashSet<>();
        Set<Object> sources = new HashSet<>();
        for (Object f : (List<?>) killed.get("figures")) {
            Map<?, ?> figure = (Map<?, ?>) f;
            counts.add(((Number) figure.get("count")).longValue());
            sources.add(figure.get("source"));
        }
        assertEquals(Set.of(15L, 16L, 17L, 22L), counts, "the four figures the sources give");
        assertTrue(sources.containsAll(Set.of("Inter-Services Public Relations", "Khawaja Asif", "state media")),
                sources.toString());
        assertEquals("whole", killed.get("scope"));
        assertEquals(15L, ((Number) killed.get("low")).longValue());
        assertEquals(22L, ((Number) killed.get("high")).longValue());
        assertTrue(run("contested-figures", "category", "militants").stream().noneMatch(r -> r.get("figures")
                .toString().contains("count=92")), "Saturday's 92 is no dispute of the running totals of 177");
    }

    @Test
    void theBlaClaimedTheAttacksAndIsAccusedByTheMinister() {
        List<Map<String, Object>> claims = run("responsibility-claims", "group", "BLA");
        assertEquals(Set.of("Baloch Liberation Army"), column(claims, "group"));
        assertTrue(column(claims, "claimedFor").stream().anyMatch(e -> String.valueOf(e).startsWith("attack")),
                claims.toString());

        List<Map<String, Object>> allegations = run("allegations", "accused", "Baloch Liberation Army");
        assertFalse(allegations.isEmpty());
        assertTrue(column(allegations, "claimant").contains("Khawaja Asif"), allegations.toString());
        allegations.forEach(r -> assertTrue(r.get("accused").toString().contains("Baloch Liberation Army")));
    }

    @Test
    void theTwoGohars() {
        List<Map<String, Object>> rows = run("memberships", "org", "PTI");
        assertEquals(Set.of("Pakistan Tehreek-e-Insaf"), column(rows, "organisation"));
        Set<Object> people = column(rows, "person");
        assertTrue(people.containsAll(Set.of("Gohar Ali Khan", "Gohar Ayub Khan")), people.toString());
        assertTrue(rows.stream().anyMatch(r -> "Gohar Ali Khan".equals(r.get("person"))
                && "Chairman".equals(r.get("role"))), rows.toString());
    }

    @Test
    void theAttacksOfThe31stAreOneEventInManyDistricts() {
        List<Map<String, Object>> timeline = run("events-timeline", "from", "2026-01-01", "to", "2026-12-31",
                "type", "attack");
        Map<String, Object> attack = timeline.stream().filter(r -> "2026-01-31".equals(r.get("date")))
                .findFirst().orElseThrow(() -> new AssertionError(timeline.toString()));
        String places = attack.get("places").toString();
        for (String district : List.of("Quetta", "Mastung", "Gwadar")) {
            assertTrue(places.contains(district), district + " in " + places);
        }
        assertTrue(((Number) attack.get("articles")).intValue() >= 4, "reported by four articles: " + attack);

        List<Map<String, Object>> province = run("events-by-place", "place", "Balochistan");
        assertTrue(column(province, "date").contains("2026-01-31"), province.toString());
        List<Map<String, Object>> district = run("events-by-place", "place", "Noshki");
        assertTrue(column(district, "date").contains("2026-01-31"), "Noshki is Nushki: " + district);
    }

    @Test
    void coMentionsSourcesClaimsAndEventsOfAnEntity() {
        List<Map<String, Object>> co = run("co-mentions", "name", "Khawaja Asif", "limit", 20L);
        assertTrue(column(co, "with").contains("Baloch Liberation Army"), co.toString());

        List<Map<String, Object>> reports = run("source-reports", "source", "The Express Tribune");
        assertEquals(2, reports.size(), reports.toString());
        reports.forEach(r -> assertTrue(((Number) r.get("statements")).intValue() > 0, r.toString()));

        List<Map<String, Object>> claims = run("claims-of", "name", "Khawaja Asif");
        assertTrue(column(claims, "kind").containsAll(Set.of("casualty", "allegation")), claims.toString());

        List<Map<String, Object>> events = run("events-of", "name", "Baloch Liberation Army");
        assertTrue(events.stream().anyMatch(r -> "attack".equals(r.get("type"))
                && "perpetrator".equals(r.get("role"))), events.toString());
    }

    @Test
    void provenanceGivesTheSentenceOfAStatement() {
        Map<String, Object> statement = run("statements-by", "name", "Khawaja Asif").get(0);
        List<Map<String, Object>> rows = run("provenance", "id", statement.get("statement"));
        assertEquals(1, rows.size(), rows.toString());
        Map<String, Object> p = rows.get(0);
        assertEquals(statement.get("uri"), p.get("uri"));
        String source = String.valueOf(p.get("source"));
        assertTrue(source.length() > 10 && String.valueOf(statement.get("text")).length() > 0, p.toString());
    }
}
