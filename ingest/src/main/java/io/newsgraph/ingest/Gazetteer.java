package io.newsgraph.ingest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.newsgraph.model.EntityType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Known parties, groups, organisations and places, with their aliases and acronyms, from {@code gazetteer.yaml}.
 * A user's file extends the built-in one ({@code --gazetteer FILE}), or replaces it when it says
 * {@code replaceDefaults: true}.
 */
public final class Gazetteer {

    public static final String RESOURCE = "/newsgraph/gazetteer.yaml";

    /**
     * One known entity. {@code in} names the place that contains a place. {@code scope} names the places (countries)
     * where the entry applies, empty for one that applies anywhere (the United Nations); {@code demonyms} are the
     * adjectives of a place ("Pakistani"), which tell that an article is about it.
     */
    public record Entry(EntityType type, String name, String acronym, List<String> aliases, String kind, String in,
                        List<String> scope, List<String> demonyms) {

        public Entry(EntityType type, String name, String acronym, List<String> aliases, String kind, String in) {
            this(type, name, acronym, aliases, kind, in, List.of(), List.of());
        }

        /** Every form the entry is written in: name, acronym and aliases. */
        public Set<String> surfaces() {
            Set<String> s = new LinkedHashSet<>();
            s.add(name);
            if (acronym != null && !acronym.isBlank()) {
                s.add(acronym);
            }
            s.addAll(aliases);
            return s;
        }

        public boolean isDistrict() {
            return type == EntityType.PLACE && "district".equalsIgnoreCase(kind);
        }
    }

    private record RawEntry(String name, String acronym, List<String> aliases, String kind, String in,
                            String country, List<String> scope, List<String> demonyms) {
    }

    private record RawFile(Boolean replaceDefaults, List<RawEntry> parties, List<RawEntry> groups,
                           List<RawEntry> organisations, List<RawEntry> places) {
    }

    private final List<Entry> entries;
    private final Map<String, List<Entry>> bySurface = new LinkedHashMap<>();
    private final Map<String, Entry> placesByName = new LinkedHashMap<>();

    private Gazetteer(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        for (Entry e : entries) {
            for (String s : e.surfaces()) {
                List<Entry> list = bySurface.computeIfAbsent(Names.key(s), k -> new ArrayList<>());
                if (!list.contains(e)) {
                    list.add(e);
                }
            }
            if (e.type() == EntityType.PLACE) {
                placesByName.putIfAbsent(Names.key(e.name()), e);
            }
        }
    }

    /** The built-in gazetteer. */
    public static Gazetteer defaults() {
        return new Gazetteer(readResource());
    }

    /** The built-in gazetteer extended (or replaced) by a user's file; null means the built-in alone. */
    public static Gazetteer load(Path userFile) {
        if (userFile == null) {
            return defaults();
        }
        RawFile raw;
        try (InputStream in = Files.newInputStream(userFile)) {
            raw = mapper().readValue(in, RawFile.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read gazetteer " + userFile + ": " + e.getMessage(), e);
        }
        List<Entry> all = new ArrayList<>();
        if (raw == null || !Boolean.TRUE.equals(raw.replaceDefaults())) {
            all.addAll(readResource());
        }
        all.addAll(toEntries(raw));
        return new Gazetteer(all);
    }

    private static List<Entry> readResource() {
        try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return toEntries(mapper().readValue(in, RawFile.class));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private static ObjectMapper mapper() {
        return new ObjectMapper(new YAMLFactory()).configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .configure(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY, true);
    }

    private static List<Entry> toEntries(RawFile raw) {
        List<Entry> out = new ArrayList<>();
        if (raw == null) {
            return out;
        }
        add(out, EntityType.PARTY, raw.parties());
        add(out, EntityType.GROUP, raw.groups());
        add(out, EntityType.ORGANISATION, raw.organisations());
        add(out, EntityType.PLACE, raw.places());
        return out;
    }

    private static void add(List<Entry> out, EntityType type, Collection<RawEntry> raws) {
        if (raws == null) {
            return;
        }
        for (RawEntry r : raws) {
            if (r == null || r.name() == null || r.name().isBlank()) {
                continue;
            }
            List<String> scope = new ArrayList<>();
            if (r.country() != null && !r.country().isBlank()) {
                scope.add(r.country().strip());
            }
            if (r.scope() != null) {
                r.scope().stream().filter(x -> x != null && !x.isBlank()).map(String::strip)
                        .filter(x -> !scope.contains(x)).forEach(scope::add);
            }
            out.add(new Entry(type, r.name().strip(), r.acronym(), r.aliases() == null ? List.of() : r.aliases(),
                    r.kind(), r.in(), List.copyOf(scope), r.demonyms() == null ? List.of() : List.copyOf(r.demonyms())));
        }
    }

    public List<Entry> entries() {
        return entries;
    }

    /** The entries written this way (several where an acronym or name has more than one meaning). */
    public List<Entry> lookup(String surface) {
        return bySurface.getOrDefault(Names.key(surface), List.of());
    }

    /**
     * The words that tell an article is about this place: its name, aliases and demonyms ("Pakistan",
     * "Islamic Republic of Pakistan", "Pakistani"); only the place's own words, for a place not in the gazetteer.
     */
    public List<String> placeWords(String place) {
        Entry e = placesByName.get(Names.key(place));
        List<String> words = new ArrayList<>();
        words.add(place);
        if (e != null) {
            words.add(e.name());
            words.addAll(e.aliases());
            words.addAll(e.demonyms());
        }
        return words;
    }

    /** The place entry of this name, or null. */
    public Entry place(String name) {
        return placesByName.get(Names.key(name));
    }

    /** The place a place lies in, or null. */
    public Entry parentOf(Entry place) {
        if (place.in() == null) {
            return null;
        }
        Entry parent = placesByName.get(Names.key(place.in()));
        return parent == null || parent.equals(place) ? null : parent;
    }
}
