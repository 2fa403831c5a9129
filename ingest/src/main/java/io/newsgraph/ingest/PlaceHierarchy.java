package io.newsgraph.ingest;

import io.newsgraph.model.EntityType;
import io.newsgraph.model.Ids;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where the gazetteer's places lie, by place id: a district shares its province with the province itself, so that two
 * reports placing an event in Quetta and in Balochistan can be one event. Countries are left out: a country says too
 * little to tie two reports together.
 */
final class PlaceHierarchy {

    private final Map<String, List<String>> ancestors = new HashMap<>();
    private final Set<String> countries = new HashSet<>();

    PlaceHierarchy(Gazetteer gazetteer) {
        for (Gazetteer.Entry e : gazetteer.entries()) {
            if (e.type() != EntityType.PLACE) {
                continue;
            }
            if ("country".equalsIgnoreCase(e.kind())) {
                countries.add(Ids.entity(EntityType.PLACE, e.name()));
            }
            List<String> chain = new ArrayList<>();
            Set<Gazetteer.Entry> seen = new LinkedHashSet<>();
            Gazetteer.Entry p = gazetteer.parentOf(e);
            while (p != null && seen.add(p)) {
                chain.add(Ids.entity(EntityType.PLACE, p.name()));
                p = gazetteer.parentOf(p);
            }
            ancestors.putIfAbsent(Ids.entity(EntityType.PLACE, e.name()), chain);
        }
    }

    /** The places and every place they lie in, countries left out. */
    Set<String> expand(Collection<String> places) {
        Set<String> out = new LinkedHashSet<>(places);
        places.forEach(p -> out.addAll(ancestors.getOrDefault(p, List.of())));
        out.removeAll(countries);
        return out;
    }

    /** Whether the gazetteer knows this place, so that where it lies can be compared. */
    boolean known(String placeId) {
        return ancestors.containsKey(placeId);
    }

    /** The country a place is or lies in, by id, or null when the gazetteer does not say. */
    String countryOf(String placeId) {
        if (countries.contains(placeId)) {
            return placeId;
        }
        for (String a : ancestors.getOrDefault(placeId, List.of())) {
            if (countries.contains(a)) {
                return a;
            }
        }
        return null;
    }

    /** Whether the gazetteer places {@code inner} within {@code outer} (a district in its province or country). */
    boolean within(String inner, String outer) {
        return ancestors.getOrDefault(inner, List.of()).contains(outer);
    }

    boolean isCountry(String placeId) {
        return countries.contains(placeId);
    }

    boolean overlap(Collection<String> a, Collection<String> b) {
        Set<String> ea = expand(a);
        return expand(b).stream().anyMatch(ea::contains);
    }
}
