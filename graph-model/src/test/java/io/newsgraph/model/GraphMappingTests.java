package io.newsgraph.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The contract's relationships and properties, as one fragment of each kind of node maps to them. */
class GraphMappingTests {

    private static final NodeRef ASIF = new NodeRef("Person", "person:khawaja-asif");
    private static final NodeRef DAR = new NodeRef("Person", "person:ishaq-dar");
    private static final NodeRef PTI = new NodeRef("Organisation", "organisation:pti");
    private static final NodeRef BLA = new NodeRef("Group", "group:baloch-liberation-army");
    private static final NodeRef QUETTA = new NodeRef("Place", "place:quetta");

    private static GraphFragment fragment() {
        String text = "Asif and Dar said the BLA attacked Quetta, killing 10 people.";
        Article a = new Article("article:1", "Attack", LocalDate.of(2026, 2, 1), null, List.of(), null, "test:", text);
        Entity asif = new Entity(ASIF.id(), EntityType.PERSON, "Khawaja Asif", Set.of("Asif"), null, null, Set.of(),
                Set.of());
        Entity dar = new Entity(DAR.id(), EntityType.PERSON, "Ishaq Dar", Set.of(), null, null, Set.of(), Set.of());
        Entity pti = new Entity(PTI.id(), EntityType.ORGANISATION, "PTI", Set.of(), null, "news agency", Set.of(),
                Set.of());
        Entity bla = new Entity(BLA.id(), EntityType.GROUP, "Baloch Liberation Army", Set.of("BLA"), "BLA", null,
                Set.of(), Set.of());
        Entity quetta = new Entity(QUETTA.id(), EntityType.PLACE, "Quetta", Set.of(), null, "city", Set.of(),
                Set.of());
        Statement st = new Statement("statement:1:14-61", "the BLA attacked Quetta, killing 10 people", false, "say",
                "speech", "2026-02-01", new Span(14, 61), ASIF, null, PTI, List.of(BLA, QUETTA), List.of(DAR));
        Event ev = new Event("event:attack:undated:quetta:1", "attack", "attack in Quetta", null, null, null,
                List.of(QUETTA), List.of(new Event.Participant(BLA, "perpetrator")), new Span(0, 62), 1);
        Claim claim = new Claim("claim:1:casualty:49-51", "casualty", "killing 10 people",
                new Claim.Casualty(10, null, "people", "killed", null, "people"), new Span(49, 51), ASIF, null,
                List.of(BLA), null, st.id(), ev.id());
        Relation member = new Relation("MEMBER_OF", "Person", ASIF.id(), "Organisation", PTI.id(), Map.of());
        return new GraphFragment(a, List.of(asif, dar, pti, bla, quetta),
                List.of(new Mention(ASIF.id(), 1), new Mention(BLA.id(), 2)), List.of(member), List.of(st),
                List.of(claim), List.of(ev));
    }

    @Test
    void eachNodeOfAFragmentGivesTheContractsRelationships() {
        GraphFragment f = fragment();
        List<String> types = GraphMapping.relationships(f).stream()
                .map(r -> r.type() + " " + r.fromId() + " " + r.toId() + " " + r.properties()).toList();
        assertEquals(List.of(
                "MEMBER_OF person:khawaja-asif organisation:pti {}",
                "MADE person:khawaja-asif statement:1:14-61 {}",
                "MADE person:ishaq-dar statement:1:14-61 {}",
                "RELAYED_BY statement:1:14-61 organisation:pti {}",
                "ABOUT statement:1:14-61 group:baloch-liberation-army {}",
                "ABOUT statement:1:14-61 place:quetta {}",
                "OCCURRED_IN event:attack:undated:quetta:1 place:quetta {}",
                "PARTICIPATED_IN group:baloch-liberation-army event:attack:undated:quetta:1 {role=perpetrator}",
                "CLAIMED_BY claim:1:casualty:49-51 person:khawaja-asif {}",
                "SUBJECT claim:1:casualty:49-51 group:baloch-liberation-army {}",
                "ASSERTS statement:1:14-61 claim:1:casualty:49-51 {}",
                "OBJECT claim:1:casualty:49-51 event:attack:undated:quetta:1 {}"), types);
    }

    @Test
    void theArticleMentionsItsEntitiesAndEventsAndReportsTheRestWithOffsets() {
        GraphFragment f = fragment();
        List<Relation> links = GraphMapping.articleLinks(f);
        assertTrue(links.contains(new Relation("MENTIONS", "Article", "article:1", "Group", BLA.id(),
                Map.of("count", 2))));
        assertTrue(links.contains(new Relation("MENTIONS", "Article", "article:1", "Event",
                "event:attack:undated:quetta:1", Map.of("count", 1))));
        assertTrue(links.contains(new Relation("REPORTED_IN", "Statement", "statement:1:14-61", "Article", "article:1",
                Map.of("start", 14, "end", 61))));
        assertTrue(links.contains(new Relation("REPORTED_IN", "Claim", "claim:1:casualty:49-51", "Article",
                "article:1", Map.of("start", 49, "end", 51))));
        assertEquals(6, links.size(), "two mentions of entities, one of the event, three reports: " + links);
    }

    @Test
    void propertiesNameEachNodeForBrowser() {
        GraphFragment f = fragment();
        List<GraphMapping.NodeRow> rows = GraphMapping.reported(f);
        assertEquals(List.of("Statement", "Event", "Claim"), rows.stream().map(GraphMapping.NodeRow::label).toList());
        assertEquals("10 people killed", rows.get(2).properties().get("name"));
        assertEquals("news agency", GraphMapping.of(f.entities().get(2)).get("kind"));
        assertEquals("Attack", GraphMapping.of(f.article()).get("name"));
    }
}
