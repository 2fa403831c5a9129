package io.newsgraph.ingest;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Event types, their trigger words, named-event patterns and role cues, from {@code events.yaml}. */
public record EventWords(Map<String, Type> types, List<Named> named, Map<String, List<String>> roles,
                         List<String> responderVerbs, List<String> cancelWords, List<String> placeVerbs,
                         List<String> partNouns, List<String> effectVerbs, List<String> eventHeadNouns,
                         List<String> hostVerbs, List<String> anaphorNouns, List<String> anaphoricFamilies) {

    public static final String RESOURCE = "/newsgraph/events.yaml";

    /**
     * One event type. {@code family} groups types that may be one event; {@code leadDate} see the file; {@code
     * notAfter} the words that, just before a trigger, make it no report of this type ("opened fire", "under fire");
     * {@code person}: an event of this type is a named person's (its subject, "Baker died", "the death of Baker") and
     * is no event without one; {@code outcome}: in a sentence that reports an event with casualties it is that
     * event's outcome, not an event of its own ("died in the attack"); {@code placedAndDated}: an event of this type
     * needs a day or month and a place of its own sentences, {@code dated} only the day or month; {@code
     * consequence}: merged with another event of its family it takes that one's type; {@code needs}: for a trigger,
     * words one of which its sentence must hold for it to report this type ("session" of a legislature).
     */
    public record Type(String name, List<String> triggers, String family, boolean leadDate, boolean casualties,
                       List<String> notAfter, boolean person, boolean outcome, boolean placedAndDated,
                       boolean consequence, boolean dated, Map<String, Set<String>> needs) {

        public Type(String name, List<String> triggers, String family, boolean leadDate, boolean casualties) {
            this(name, triggers, family, leadDate, casualties, List.of(), false, false, false, false, false, Map.of());
        }
    }

    public record Named(Pattern pattern, String type) {
    }

    private record RawType(List<String> triggers, String family, Boolean leadDate, Boolean casualties,
                           List<String> notAfter, Boolean person, Boolean outcome, Boolean placedAndDated,
                           Boolean consequence, Boolean dated, Map<String, List<String>> needs) {
    }

    private record RawNamed(String pattern, String type) {
    }

    private record Raw(Map<String, RawType> types, List<RawNamed> named, Map<String, List<String>> roles,
                       List<String> responderVerbs, List<String> cancelWords, List<String> placeVerbs,
                       List<String> partNouns, List<String> effectVerbs, List<String> eventHeadNouns,
                       List<String> hostVerbs, List<String> anaphorNouns, List<String> anaphoricFamilies) {
    }

    /** The built-in words. */
    public static EventWords defaults() {
        return load(null);
    }

    /** The words of a user's file in place of the built-in ones (the same format); null means the built-in. */
    public static EventWords load(Path file) {
        Raw r = YamlData.read(file, RESOURCE, Raw.class);
        Map<String, Type> types = new LinkedHashMap<>();
        r.types().forEach((name, t) -> types.put(name, new Type(name,
                t.triggers().stream().map(w -> w.toLowerCase(Locale.ROOT)).toList(),
                t.family() == null ? name : t.family(), Boolean.TRUE.equals(t.leadDate()),
                Boolean.TRUE.equals(t.casualties()), t.notAfter() == null ? List.of()
                : t.notAfter().stream().map(w -> w.toLowerCase(Locale.ROOT)).toList(),
                Boolean.TRUE.equals(t.person()), Boolean.TRUE.equals(t.outcome()),
                Boolean.TRUE.equals(t.placedAndDated()), Boolean.TRUE.equals(t.consequence()),
                Boolean.TRUE.equals(t.dated()), needs(t.needs()))));
        List<Named> named = r.named() == null ? List.of()
                : r.named().stream().map(n -> new Named(Pattern.compile(n.pattern()), n.type())).toList();
        Map<String, List<String>> roles = new LinkedHashMap<>();
        if (r.roles() != null) {
            r.roles().forEach((k, v) -> roles.put(k, v.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList()));
        }
        return new EventWords(types, named, roles, lower(r.responderVerbs()), lower(r.cancelWords()),
                lower(r.placeVerbs()), lower(r.partNouns()),
                lower(r.effectVerbs()), lower(r.eventHeadNouns()), lower(r.hostVerbs()), lower(r.anaphorNouns()),
                lower(r.anaphoricFamilies()));
    }

    private static Map<String, Set<String>> needs(Map<String, List<String>> raw) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        if (raw != null) {
            raw.forEach((k, v) -> out.put(k.toLowerCase(Locale.ROOT), Set.copyOf(lower(v))));
        }
        return Map.copyOf(out);
    }

    private static List<String> lower(List<String> words) {
        return words == null ? List.of() : words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
    }

    /** Whether events of this type have casualty figures of their own ("casualties: true" in the file). */
    public boolean countsCasualties(String type) {
        return typeOf(type).casualties();
    }

    /** The type of this name; for a name the file does not list (a named event's), a type with no flags set. */
    public Type typeOf(String type) {
        Type t = types.get(type);
        return t != null ? t : new Type(type, List.of(), type, false, false);
    }

    public String familyOf(String type) {
        Type t = types.get(type);
        return t == null ? type : t.family();
    }
}
