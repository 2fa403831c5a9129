package io.newsgraph.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The graph contract in one place: the properties each node of a fragment gets (without its {@code id}) and the
 * relationships a fragment makes. The writer, the benchmark's bare baseline and the tests all map a fragment through
 * it, so that the contract's labels, types and property names are written once.
 */
public final class GraphMapping {

    /** What a fragment says of each node it holds besides the Article: label, id, properties, where it is reported. */
    public record NodeRow(String label, String id, Map<String, Object> properties, Span reportedAt) {
    }

    private GraphMapping() {
    }

    /**
     * The relationships among a fragment's nodes and the entities it refers to, other than the article's own links
     * ({@code MENTIONS} and {@code REPORTED_IN}, see {@link #articleLinks}): the fragment's relations (memberships,
     * places) and those of its statements ({@code MADE} from each speaker, {@code RELAYED_BY}, {@code ABOUT}), events
     * ({@code OCCURRED_IN}, {@code PARTICIPATED_IN {role}}) and claims ({@code CLAIMED_BY}, {@code SUBJECT},
     * {@code ASSERTS}, {@code OBJECT}), in that order.
     */
    public static List<Relation> relationships(GraphFragment f) {
        List<Relation> out = new ArrayList<>(f.relations());
        for (Statement st : f.statements()) {
            for (NodeRef speaker : st.speakers()) {
                out.add(new Relation("MADE", speaker.label(), speaker.id(), "Statement", st.id(), Map.of()));
            }
            if (st.intermediary() != null) {
                out.add(new Relation("RELAYED_BY", "Statement", st.id(), st.intermediary().label(),
                        st.intermediary().id(), Map.of()));
            }
            for (NodeRef about : st.about()) {
                out.add(new Relation("ABOUT", "Statement", st.id(), about.label(), about.id(), Map.of()));
            }
        }
        for (Event e : f.events()) {
            for (NodeRef place : e.places()) {
                out.add(new Relation("OCCURRED_IN", "Event", e.id(), place.label(), place.id(), Map.of()));
            }
            for (Event.Participant p : e.participants()) {
                out.add(new Relation("PARTICIPATED_IN", p.actor().label(), p.actor().id(), "Event", e.id(),
                        Map.of("role", p.role())));
            }
        }
        for (Claim c : f.claims()) {
            if (c.claimedBy() != null) {
                out.add(new Relation("CLAIMED_BY", "Claim", c.id(), c.claimedBy().label(), c.claimedBy().id(),
                        Map.of()));
            }
            for (NodeRef subject : c.subjects()) {
                out.add(new Relation("SUBJECT", "Claim", c.id(), subject.label(), subject.id(), Map.of()));
            }
            if (c.statement() != null) {
                out.add(new Relation("ASSERTS", "Statement", c.statement(), "Claim", c.id(), Map.of()));
            }
            if (c.event() != null) {
                out.add(new Relation("OBJECT", "Claim", c.id(), "Event", c.event(), Map.of()));
            }
        }
        return out;
    }

    /**
     * The article's own links: {@code (Article)-[:MENTIONS {count}]->} each entity and event, and {@code
     * -[:REPORTED_IN {start, end}]->(Article)} from each statement, event and claim.
     */
    public static List<Relation> articleLinks(GraphFragment f) {
        Article a = f.article();
        Map<String, String> labelOf = new HashMap<>();
        f.entities().forEach(e -> labelOf.put(e.id(), e.type().label()));
        List<Relation> out = new ArrayList<>();
        for (Mention m : f.mentions()) {
            out.add(new Relation("MENTIONS", "Article", a.id(), labelOf.get(m.entityId()), m.entityId(),
                    Map.of("count", m.count())));
        }
        for (NodeRow n : reported(f)) {
            out.add(new Relation("REPORTED_IN", n.label(), n.id(), "Article", a.id(),
                    Map.of("start", n.reportedAt().start(), "end", n.reportedAt().end())));
        }
        for (Event e : f.events()) {
            out.add(new Relation("MENTIONS", "Article", a.id(), "Event", e.id(), Map.of("count", e.mentions())));
        }
        return out;
    }

    /** The statements, events and claims of a fragment as rows, in that order, each with the span it is reported at. */
    public static List<NodeRow> reported(GraphFragment f) {
        List<NodeRow> out = new ArrayList<>();
        f.statements().forEach(s -> out.add(new NodeRow("Statement", s.id(), of(s), s.span())));
        f.events().forEach(e -> out.add(new NodeRow("Event", e.id(), of(e), e.span())));
        f.claims().forEach(c -> out.add(new NodeRow("Claim", c.id(), of(c), c.span())));
        return out;
    }

    public static Map<String, Object> of(Article a) {
        Map<String, Object> p = new HashMap<>();
        p.put("name", a.displayName());
        p.put("title", a.title());
        p.put("published", a.published());
        p.put("source", a.source());
        p.put("authors", a.authors());
        p.put("dateline", a.dateline());
        p.put("uri", a.uri());
        p.put("wordCount", a.wordCount());
        p.put("text", a.text());
        return p;
    }

    public static Map<String, Object> of(Entity e) {
        Map<String, Object> p = new HashMap<>();
        p.put("name", e.name());
        p.put("aliases", List.copyOf(e.aliases()));
        p.put("titles", List.copyOf(e.titles()));
        p.put("acronym", e.acronym());
        p.put("kind", e.kind());
        return p;
    }

    public static Map<String, Object> of(Statement st) {
        Map<String, Object> p = new HashMap<>();
        p.put("name", shorten(st.text()));
        p.put("text", st.text());
        p.put("quote", st.quote());
        p.put("verb", st.verb());
        p.put("kind", st.kind());
        p.put("date", st.date());
        p.put("speakerText", st.speakerText());
        return p;
    }

    public static Map<String, Object> of(Event e) {
        Map<String, Object> p = new HashMap<>();
        p.put("type", e.type());
        p.put("name", e.name());
        p.put("date", e.date());
        p.put("datePrecision", e.datePrecision());
        p.put("dateText", e.dateText());
        return p;
    }

    public static Map<String, Object> of(Claim c) {
        Map<String, Object> p = new HashMap<>();
        p.put("kind", c.kind());
        p.put("text", c.text());
        p.put("object", c.object());
        p.put("claimantText", c.claimantText());
        if (c.casualty() != null) {
            Claim.Casualty k = c.casualty();
            p.put("count", k.count());
            p.put("qualifier", k.qualifier());
            p.put("category", k.category());
            p.put("outcome", k.outcome());
            p.put("period", k.period());
            p.put("counted", k.counted());
            p.put("scope", k.scope());
            p.put("cumulative", k.cumulative());
            p.put("name", (k.qualifier() == null ? "" : k.qualifier() + " ") + k.count() + " " + k.category()
                    + " " + k.outcome());
        } else {
            p.put("name", c.kind() + ": " + shorten(c.text()));
        }
        return p;
    }

    static String shorten(String text) {
        String t = text.replaceAll("\\s+", " ").strip();
        return t.length() <= 80 ? t : t.substring(0, 79) + "\u2026";
    }
}
