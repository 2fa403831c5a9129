package io.newsgraph.model;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One canonical entity of an article's fragment.
 *
 * @param id          {@link Ids#entity(EntityType, String)} of the canonical name
 * @param type        the main label
 * @param name        the canonical (fullest) name
 * @param aliases     every surface form seen, the canonical name included
 * @param acronym     for parties, groups and organisations, where known
 * @param kind        a finer type ("district", "news agency"), where known
 * @param titles      for people: "Defence Minister", ...
 * @param extraLabels further labels, e.g. {@code District} on a place
 */
public record Entity(String id, EntityType type, String name, Set<String> aliases, String acronym, String kind,
                     Set<String> titles, Set<String> extraLabels) {

    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        aliases = distinctIgnoringCase(aliases);
        titles = distinctIgnoringCase(titles);
        extraLabels = Set.copyOf(extraLabels == null ? Set.of() : extraLabels);
    }

    /** The first spelling of each form that differs only in case ("Defence Minister", "defence minister"). */
    private static Set<String> distinctIgnoringCase(Set<String> forms) {
        java.util.Map<String, String> kept = new java.util.LinkedHashMap<>();
        if (forms != null) {
            forms.forEach(f -> kept.putIfAbsent(f.toLowerCase(java.util.Locale.ROOT), f));
        }
        return java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(kept.values()));
    }

    /** All labels of the node, main label first. */
    public List<String> labels() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(type.label()), extraLabels.stream().sorted())
                .toList();
    }
}
