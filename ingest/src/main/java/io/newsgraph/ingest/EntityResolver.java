package io.newsgraph.ingest;

import io.newsgraph.model.Claim;
import io.newsgraph.model.Entity;
import io.newsgraph.model.EntityType;
import io.newsgraph.model.GraphFragment;
import io.newsgraph.model.Mention;
import io.newsgraph.model.NodeRef;
import io.newsgraph.model.Relation;
import io.newsgraph.model.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves the entities of an article against every entity already known (in the graph, or earlier in this run),
 * so that one real-world entity stays one node across articles:
 * <ul>
 * <li>a transliteration variant of a known name is that entity ("Sarfraz Bugti" = "Sarfaraz Bugti", "Noshki" =
 * "Nushki", "Tehrik-i-X" = "Tehreek-e-X"): every word has the same consonant skeleton and differs by at most one
 * letter once common spelling variants are folded, which keeps "Hussain" and "Hassan" apart;</li>
 * <li>an acronym standing alone is the one known organisation, party or group with that acronym;</li>
 * <li>a one-word person name is the one known person already seen under exactly that name ("Asif").</li>
 * </ul>
 * Entities from the gazetteer are canonical already. Known ids are never renamed, so the first spelling seen stays
 * the canonical one and later spellings become aliases.
 */
public final class EntityResolver {

    /** An entity as the graph knows it. */
    public record Known(String id, EntityType type, String name, Set<String> aliases, String acronym) {
    }

    private final Gazetteer gazetteer;
    private final EventResolver events;
    private final Spelling spelling;
    private final Map<String, Known> byId = new LinkedHashMap<>();
    private final Map<String, List<Known>> bySkeleton = new HashMap<>();
    private final Map<String, List<Known>> byAcronym = new HashMap<>();
    private final Map<String, List<Known>> personsByAlias = new HashMap<>();
    private String syncedToken;
    private boolean loaded;

    public EntityResolver(Gazetteer gazetteer) {
        this(gazetteer, EventWords.defaults(), Cues.defaults().spelling());
    }

    /** With the event words whose families say which reports may be one event, and the spelling folds of names. */
    public EntityResolver(Gazetteer gazetteer, EventWords eventWords, Spelling spelling) {
        this.gazetteer = gazetteer;
        this.events = new EventResolver(gazetteer, eventWords);
        this.spelling = spelling;
    }

    /** Adds events that exist already (loaded from the graph). */
    public void rememberEvents(Collection<EventResolver.Known> known) {
        events.remember(known);
    }

    /** Adds entities that exist already (loaded from the graph). */
    public void remember(Collection<Known> known) {
        known.forEach(this::add);
    }

    public int size() {
        return byId.size();
    }

    /**
     * Forgets everything and knows these instead: the graph as it is now, read by the writer under its lock when
     * another writer (another process) has written since this resolver last saw the graph.
     */
    public void reload(Collection<Known> entities, Collection<EventResolver.Known> knownEvents, String token) {
        byId.clear();
        bySkeleton.clear();
        byAcronym.clear();
        personsByAlias.clear();
        events.clear();
        remember(entities);
        rememberEvents(knownEvents);
        synced(token);
    }

    /**
     * The token of the graph's last write that this resolver knows all of, or null before it has read the graph
     * (see {@link GraphWriter}).
     */
    String syncedToken() {
        return syncedToken;
    }

    /** Whether this resolver has read the graph (or been told everything it holds) yet. */
    boolean loaded() {
        return loaded;
    }

    void unsync() {
        this.loaded = false;
    }

    void synced(String token) {
        this.syncedToken = token;
        this.loaded = true;
    }

    /** The fragment with its entities mapped onto known ones, which it then remembers. */
    public GraphFragment resolve(GraphFragment f) {
        Map<String, Entity> mapped = new LinkedHashMap<>();
        Map<String, Entity> replacement = new HashMap<>();
        for (Entity e : f.entities()) {
            Known k = match(e);
            Entity r = k == null ? e : new Entity(k.id(), k.type(), k.name(), union(e.aliases(), Set.of(k.name())),
                    e.acronym() != null ? e.acronym() : k.acronym(), e.kind(), e.titles(), e.extraLabels());
            replacement.put(e.id(), r);
            mapped.merge(r.id(), r, EntityResolver::merge);
            add(new Known(r.id(), r.type(), r.name(), r.aliases(), r.acronym()));
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Mention m : f.mentions()) {
            counts.merge(replacement.getOrDefault(m.entityId(), null) == null ? m.entityId()
                    : replacement.get(m.entityId()).id(), m.count(), Integer::sum);
        }
        List<Relation> relations = new ArrayList<>();
        for (Relation r : f.relations()) {
            Entity from = replacement.get(r.fromId());
            Entity to = replacement.get(r.toId());
            Relation n = new Relation(r.type(), from == null ? r.fromLabel() : from.type().label(),
                    from == null ? r.fromId() : from.id(), to == null ? r.toLabel() : to.type().label(),
                    to == null ? r.toId() : to.id(), r.properties());
            if (!relations.contains(n)) {
                relations.add(n);
            }
        }
        java.util.function.UnaryOperator<NodeRef> remap = ref -> {
            if (ref == null) {
                return null;
            }
            Entity e = replacement.get(ref.id());
            return e == null ? ref : new NodeRef(e.type().label(), e.id());
        };
        List<Statement> statements = f.statements().stream().map(st -> {
            NodeRef speaker = remap.apply(st.speaker());
            return new Statement(st.id(), st.text(), st.quote(), st.verb(), st.kind(), st.date(), st.span(), speaker,
                    st.speakerText(), remap.apply(st.intermediary()), st.about().stream().map(remap).distinct().toList(),
                    st.coSpeakers().stream().map(remap).distinct().filter(c -> !c.equals(speaker)).toList());
        }).toList();
        List<Claim> claims = f.claims().stream().map(c -> new Claim(c.id(), c.kind(), c.text(), c.casualty(),
                c.span(), remap.apply(c.claimedBy()), c.claimantText(), c.subjects().stream().map(remap).distinct().toList(),
                c.object(), c.statement(), c.event())).toList();
        List<io.newsgraph.model.Event> events = f.events().stream().map(e -> new io.newsgraph.model.Event(e.id(),
                e.type(), e.name(), e.date(), e.datePrecision(), e.dateText(),
                e.places().stream().map(remap).distinct().toList(),
                e.participants().stream().map(p -> new io.newsgraph.model.Event.Participant(remap.apply(p.actor()),
                        p.role())).distinct().toList(), e.span(), e.mentions())).toList();
        return this.events.resolve(new GraphFragment(f.article(), List.copyOf(mapped.values()),
                counts.entrySet().stream().map(c -> new Mention(c.getKey(), c.getValue())).toList(), relations,
                statements, claims, events));
    }

    private Known match(Entity e) {
        if (byId.containsKey(e.id()) || !gazetteer.lookup(e.name()).isEmpty()) {
            return null;
        }
        if (e.type() != EntityType.PERSON && e.type() != EntityType.PLACE && Names.isAcronym(e.name())) {
            Known k = single(byAcronym.get(e.name()));
            if (k != null) {
                return k;
            }
        }
        if (e.type() == EntityType.PERSON && !e.name().contains(" ")) {
            Known k = single(personsByAlias.get(Names.key(e.name())));
            if (k != null && k.name().contains(" ")) {
                return k;
            }
        }
        List<Known> candidates = bySkeleton.getOrDefault(e.type() + "|" + skeleton(e.name(), e.type()), List.of());
        List<Known> variants = candidates.stream()
                .filter(k -> k.aliases().stream().anyMatch(a -> spellingVariants(a, e.name(), e.type()))
                        || spellingVariants(k.name(), e.name(), e.type()))
                .toList();
        return single(variants.stream().distinct().toList());
    }

    private static Known single(List<Known> ks) {
        if (ks == null) {
            return null;
        }
        Set<String> ids = new LinkedHashSet<>();
        ks.forEach(k -> ids.add(k.id()));
        return ids.size() == 1 ? ks.get(0) : null;
    }

    private void add(Known k) {
        Known prev = byId.get(k.id());
        Known merged = prev == null ? k : new Known(k.id(), prev.type(), prev.name(), union(prev.aliases(),
                k.aliases()), prev.acronym() != null ? prev.acronym() : k.acronym());
        byId.put(k.id(), merged);
        Set<String> forms = union(merged.aliases(), Set.of(merged.name()));
        for (String form : forms) {
            addTo(bySkeleton, merged.type() + "|" + skeleton(form, merged.type()), merged);
            if (merged.type() == EntityType.PERSON) {
                addTo(personsByAlias, Names.key(form), merged);
            }
        }
        if (merged.acronym() != null && merged.type() != EntityType.PERSON) {
            addTo(byAcronym, merged.acronym(), merged);
        }
    }

    private static void addTo(Map<String, List<Known>> index, String key, Known k) {
        List<Known> list = index.computeIfAbsent(key, x -> new ArrayList<>());
        list.removeIf(o -> o.id().equals(k.id()));
        list.add(k);
    }

    private static Entity merge(Entity a, Entity b) {
        Set<String> extra = union(a.extraLabels(), b.extraLabels());
        return new Entity(a.id(), a.type(), a.name(), union(a.aliases(), b.aliases()),
                a.acronym() != null ? a.acronym() : b.acronym(), a.kind() != null ? a.kind() : b.kind(),
                union(a.titles(), b.titles()), extra);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> s = new LinkedHashSet<>(a);
        s.addAll(b);
        return s;
    }

    // --- transliteration ---

    /** The consonant skeleton: each word's first letter and its later consonants, doubled letters once. */
    String skeleton(String name, EntityType type) {
        StringBuilder sb = new StringBuilder();
        for (String w : spelling.words(name, type)) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            char prev = 0;
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                if (i > 0 && "aeiouy".indexOf(c) >= 0) {
                    continue;
                }
                if (c != prev) {
                    sb.append(c);
                }
                prev = c;
            }
        }
        return sb.toString();
    }

    /** Same words in the same order, each equal or one edit apart once folded (two for words of eight or more). */
    boolean spellingVariants(String a, String b, EntityType type) {
        List<String> wa = spelling.words(a, type);
        List<String> wb = spelling.words(b, type);
        if (wa.size() != wb.size() || wa.isEmpty()) {
            return false;
        }
        for (int i = 0; i < wa.size(); i++) {
            String x = wa.get(i);
            String y = wb.get(i);
            int allowed = Math.min(x.length(), y.length()) >= 8 ? 2 : 1;
            if (x.length() <= 3 && !x.equals(y)) {
                return false;
            }
            if (editDistance(x, y) > allowed) {
                return false;
            }
        }
        return true;
    }

    static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
