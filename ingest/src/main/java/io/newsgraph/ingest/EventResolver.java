package io.newsgraph.ingest;

import io.newsgraph.model.Claim;
import io.newsgraph.model.EntityType;
import io.newsgraph.model.Event;
import io.newsgraph.model.GraphFragment;
import io.newsgraph.model.Ids;
import io.newsgraph.model.NodeRef;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One event, many reports: maps an article's events onto events already known (from the graph or earlier in the
 * run) when they are the same family of type and either name the same target ("the Jaffar Express"), or have
 * compatible dates and share a place (a district and its province count as shared), or, for an event the article
 * does not date, when a known event in a shared place happened in the week before the article was published.
 */
public final class EventResolver {

    /** An event as the graph knows it. */
    public record Known(String id, String type, String date, Set<String> places, Set<String> targets) {
    }

    private final EventWords words;
    private final PlaceHierarchy hierarchy;
    private final Map<String, Known> known = new LinkedHashMap<>();

    public EventResolver(Gazetteer gazetteer, EventWords words) {
        this.words = words;
        this.hierarchy = new PlaceHierarchy(gazetteer);
    }

    public void remember(Collection<Known> events) {
        events.forEach(k -> known.merge(k.id(), k, EventResolver::union));
    }

    public int size() {
        return known.size();
    }

    void clear() {
        known.clear();
    }

    /** The fragment with its events mapped onto known ones, which it then remembers. */
    public GraphFragment resolve(GraphFragment f) {
        if (f.events().isEmpty()) {
            return f;
        }
        LocalDate published = f.article().published();
        Set<String> articlePlaces = new LinkedHashSet<>();
        f.entities().stream().filter(x -> x.type() == EntityType.PLACE).forEach(x -> articlePlaces.add(x.id()));
        Map<String, String> idMap = new HashMap<>();
        Map<String, Event> merged = new LinkedHashMap<>();
        for (Event e : f.events()) {
            Known k = match(e, published, articlePlaces);
            String id = k == null ? e.id() : k.id();
            idMap.put(e.id(), id);
            Event mapped = new Event(id, k == null ? e.type() : k.type(), e.name(), e.date(), e.datePrecision(),
                    e.dateText(), e.places(), e.participants(), e.span(), e.mentions());
            merged.merge(id, mapped, EventResolver::merge);
            remember(List.of(toKnown(merged.get(id))));
        }
        List<Claim> claims = f.claims().stream()
                .map(c -> c.event() == null ? c : c.withEvent(idMap.getOrDefault(c.event(), c.event()))).toList();
        return new GraphFragment(f.article(), f.entities(), f.mentions(), f.relations(), f.statements(), claims,
                List.copyOf(merged.values()));
    }

    private Known match(Event e, LocalDate published, Set<String> articlePlaces) {
        String family = words.familyOf(e.type());
        Set<String> targets = targets(e);
        Set<String> places = expand(ids(e.places()));
        if (places.isEmpty() && e.date() == null) {
            // an undated event placed no finer than a country: the places its article names
            places = expand(articlePlaces);
        }
        Known best = null;
        int bestScore = 0;
        for (Known k : known.values()) {
            if (k.id().equals(e.id()) || !words.familyOf(k.type()).equals(family)) {
                continue;
            }
            int score = 0;
            if (!targets.isEmpty() && targets.stream().anyMatch(k.targets()::contains)) {
                score = 4;
            } else if (!places.isEmpty() && expand(k.places()).stream().anyMatch(places::contains)) {
                boolean sameDay = e.date() != null && k.date() != null && (e.date().length() == 10
                        && k.date().length() == 10 ? EventDates.compatible(e.date(), k.date())
                        : e.date().equals(k.date()));
                if (sameDay) {
                    score = e.date().equals(k.date()) ? 3 : 2;
                } else if (e.date() == null && k.date() != null && k.date().length() == 10 && published != null) {
                    long days = published.toEpochDay() - LocalDate.parse(k.date()).toEpochDay();
                    score = days >= 0 && days <= 7 ? 1 : 0;
                }
            }
            if (score > bestScore) {
                bestScore = score;
                best = k;
            }
        }
        return best;
    }

    private Set<String> expand(Collection<String> places) {
        return hierarchy.expand(places);
    }

    private static Set<String> ids(List<NodeRef> refs) {
        Set<String> out = new LinkedHashSet<>();
        refs.forEach(r -> out.add(r.id()));
        return out;
    }

    private static Set<String> targets(Event e) {
        Set<String> out = new LinkedHashSet<>();
        e.participants().stream().filter(p -> p.role().equals("target")).forEach(p -> out.add(p.actor().id()));
        return out;
    }

    private static Known toKnown(Event e) {
        return new Known(e.id(), e.type(), e.date(), ids(e.places()), targets(e));
    }

    private static Known union(Known a, Known b) {
        Set<String> places = new LinkedHashSet<>(a.places());
        places.addAll(b.places());
        Set<String> targets = new LinkedHashSet<>(a.targets());
        targets.addAll(b.targets());
        return new Known(a.id(), a.type(), a.date() != null ? a.date() : b.date(), places, targets);
    }

    private static Event merge(Event a, Event b) {
        List<NodeRef> places = new ArrayList<>(a.places());
        b.places().stream().filter(p -> !places.contains(p)).forEach(places::add);
        List<Event.Participant> participants = new ArrayList<>(a.participants());
        b.participants().stream().filter(p -> participants.stream().noneMatch(x -> x.actor().equals(p.actor())))
                .forEach(participants::add);
        boolean bMorePrecise = a.date() == null || b.date() != null && (b.date().length() > a.date().length()
                || b.date().length() == a.date().length() && b.date().compareTo(a.date()) < 0);
        return new Event(a.id(), a.type(), a.name() != null ? a.name() : b.name(), bMorePrecise ? b.date() : a.date(),
                bMorePrecise ? b.datePrecision() : a.datePrecision(), bMorePrecise ? b.dateText() : a.dateText(),
                places, participants, a.span(), a.mentions() + b.mentions());
    }
}
