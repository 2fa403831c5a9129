package io.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.newsgraph.model.Article;
import io.newsgraph.model.Event;
import io.newsgraph.model.GraphFragment;
import io.newsgraph.model.Ids;
import io.newsgraph.model.NodeRef;
import io.newsgraph.model.Span;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventResolverTests {

    final EventResolver resolver = new EventResolver(Gazetteer.defaults(), EventWords.defaults());

    static final NodeRef QUETTA = new NodeRef("Place", "place:quetta");
    static final NodeRef NUSHKI = new NodeRef("Place", "place:nushki");
    static final NodeRef BALOCHISTAN = new NodeRef("Place", "place:balochistan");
    static final NodeRef LAHORE = new NodeRef("Place", "place:lahore");
    static final NodeRef PAKISTAN = new NodeRef("Place", "place:pakistan");
    static final NodeRef TRAIN = new NodeRef("Organisation", "organisation:jaffar-express");

    static Event event(String article, String type, String date, List<NodeRef> places, NodeRef target) {
        String id = Ids.event(type, date, places.isEmpty() ? null : places.get(0).id().substring(6), article);
        List<Event.Participant> who = target == null ? List.of() : List.of(new Event.Participant(target, "target"));
        return new Event(id, type, type, date, date == null ? null : "day", date, places, who, new Span(0, 1), 1);
    }

    GraphFragment report(String article, LocalDate published, Event... events) {
        Article a = new Article(article, null, published, null, List.of(), null, "test:", "text");
        return new GraphFragment(a, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(events));
    }

    String resolvedId(String article, LocalDate published, Event e) {
        return resolver.resolve(report(article, published, e)).events().get(0).id();
    }

    @Test
    void sameDayAndADistrictInTheSameProvinceIsOneEvent() {
        String first = resolvedId("article:a", LocalDate.of(2026, 2, 2),
                event("article:a", "attack", "2026-01-31", List.of(QUETTA, NUSHKI), null));
        assertEquals(first, resolvedId("article:b", LocalDate.of(2026, 2, 4),
                event("article:b", "attack", "2026-01-31", List.of(BALOCHISTAN), null)));
        assertNotEquals(first, resolvedId("article:c", LocalDate.of(2026, 2, 4),
                event("article:c", "attack", "2026-01-31", List.of(LAHORE), null)), "another province");
        assertNotEquals(first, resolvedId("article:d", LocalDate.of(2026, 2, 4),
                event("article:d", "attack", "2026-01-25", List.of(QUETTA), null)), "another week");
        assertNotEquals(first, resolvedId("article:e", LocalDate.of(2026, 2, 4),
                event("article:e", "protest", "2026-01-31", List.of(QUETTA), null)), "another kind of event");
        assertNotEquals(first, resolvedId("article:f", LocalDate.of(2026, 2, 4),
                event("article:f", "attack", "2026-01-31", List.of(PAKISTAN), null)), "a country says too little");
    }

    @Test
    void anUndatedReportJoinsTheEventOfTheWeekBeforeInItsPlace() {
        String dated = resolvedId("article:a", LocalDate.of(2026, 2, 2),
                event("article:a", "attack", "2026-01-31", List.of(QUETTA), null));
        assertEquals(dated, resolvedId("article:b", LocalDate.of(2026, 2, 3),
                event("article:b", "attack", null, List.of(BALOCHISTAN), null)));
        assertNotEquals(dated, resolvedId("article:c", LocalDate.of(2026, 3, 3),
                event("article:c", "attack", null, List.of(BALOCHISTAN), null)), "a month later");
        assertNotEquals(dated, resolvedId("article:d", null,
                event("article:d", "attack", null, List.of(BALOCHISTAN), null)), "an undated article");
    }

    @Test
    void aNamedTargetTiesAHijackingToAnAttackOnIt() {
        String hijacking = resolvedId("article:a", LocalDate.of(2026, 2, 4),
                event("article:a", "hijacking", "2025-03", List.of(QUETTA), TRAIN));
        assertEquals(hijacking, resolvedId("article:b", null, event("article:b", "attack", null, List.of(), TRAIN)));
    }
}
