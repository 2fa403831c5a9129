package io.newsgraph.app.bench;

import io.newsgraph.ingest.NodeProperties;
import io.newsgraph.model.Claim;
import io.newsgraph.model.Entity;
import io.newsgraph.model.Event;
import io.newsgraph.model.GraphFragment;
import io.newsgraph.model.NodeRef;
import io.newsgraph.model.Relation;
import io.newsgraph.model.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The distinct nodes and relationships a batch of fragments puts in the graph, as flat rows of properties: what the
 * bare {@code UNWIND ... CREATE} baseline writes. Each node and relationship appears once, as {@code GraphWriter}'s
 * MERGEs leave them, with the same properties ({@link NodeProperties}), so both write the same graph.
 */
public final class GraphRows {

    /** Rows per label of nodes, each holding the node's properties with its {@code id}. */
    private final Map<String, List<Map<String, Object>>> nodes = new LinkedHashMap<>();
    /** Rows per (type, from label, to label), each {@code {from, to, props}}. */
    private final Map<List<String>, List<Map<String, Object>>> relationships = new LinkedHashMap<>();
    private final Set<String> nodeIds = new HashSet<>();
    private final Set<List<String>> relKeys = new HashSet<>();

    public static GraphRows of(List<GraphFragment> fragments) {
        GraphRows rows = new GraphRows();
        fragments.forEach(rows::add);
        return rows;
    }

    /** The rows these fragments add to a graph that already holds {@code before}'s. */
    public static GraphRows after(GraphRows before, List<GraphFragment> fragments) {
        GraphRows rows = new GraphRows();
        rows.nodeIds.addAll(before.nodeIds);
        rows.relKeys.addAll(before.relKeys);
        fragments.forEach(rows::add);
        return rows;
    }

    public Map<String, List<Map<String, Object>>> nodes() {
        return nodes;
    }

    public Map<List<String>, List<Map<String, Object>>> relationships() {
        return relationships;
    }

    public long nodeCount() {
        return nodes.values().stream().mapToLong(List::size).sum();
    }

    public long relationshipCount() {
        return relationships.values().stream().mapToLong(List::size).sum();
    }

    private void add(GraphFragment f) {
        var a = f.article();
        node("Article", withId(NodeProperties.of(a), a.id()));
        Map<String, String> labelOf = new HashMap<>();
        for (Entity e : f.entities()) {
            node(e.type().label(), withId(NodeProperties.of(e), e.id()));
            labelOf.put(e.id(), e.type().label());
        }
        for (var m : f.mentions()) {
            rel("MENTIONS", "Article", a.id(), labelOf.get(m.entityId()), m.entityId(), Map.of("count", m.count()));
        }
        for (Relation r : f.relations()) {
            rel(r.type(), r.fromLabel(), r.fromId(), r.toLabel(), r.toId(), r.properties());
        }
        for (Statement s : f.statements()) {
            node("Statement", withId(NodeProperties.of(s), s.id()));
            rel("REPORTED_IN", "Statement", s.id(), "Article", a.id(), span(s.span()));
            for (NodeRef speaker : s.speakers()) {
                rel("MADE", speaker.label(), speaker.id(), "Statement", s.id(), Map.of());
            }
            if (s.intermediary() != null) {
                rel("RELAYED_BY", "Statement", s.id(), s.intermediary().label(), s.intermediary().id(), Map.of());
            }
            for (NodeRef about : s.about()) {
                rel("ABOUT", "Statement", s.id(), about.label(), about.id(), Map.of());
            }
        }
        for (Event e : f.events()) {
            node("Event", withId(NodeProperties.of(e), e.id()));
            rel("REPORTED_IN", "Event", e.id(), "Article", a.id(), span(e.span()));
            rel("MENTIONS", "Article", a.id(), "Event", e.id(), Map.of("count", e.mentions()));
            for (NodeRef place : e.places()) {
                rel("OCCURRED_IN", "Event", e.id(), place.label(), place.id(), Map.of());
            }
            for (Event.Participant p : e.participants()) {
                rel("PARTICIPATED_IN", p.actor().label(), p.actor().id(), "Event", e.id(), Map.of("role", p.role()));
            }
        }
        for (Claim c : f.claims()) {
            node("Claim", withId(NodeProperties.of(c), c.id()));
            rel("REPORTED_IN", "Claim", c.id(), "Article", a.id(), span(c.span()));
            if (c.claimedBy() != null) {
                rel("CLAIMED_BY", "Claim", c.id(), c.claimedBy().label(), c.claimedBy().id(), Map.of());
            }
            for (NodeRef s : c.subjects()) {
                rel("SUBJECT", "Claim", c.id(), s.label(), s.id(), Map.of());
            }
            if (c.statement() != null) {
                rel("ASSERTS", "Statement", c.statement(), "Claim", c.id(), Map.of());
            }
            if (c.event() != null) {
                rel("OBJECT", "Claim", c.id(), "Event", c.event(), Map.of());
            }
        }
    }

    private static Map<String, Object> withId(Map<String, Object> properties, String id) {
        properties.put("id", id);
        return properties;
    }

    private static Map<String, Object> span(io.newsgraph.model.Span s) {
        return Map.of("start", s.start(), "end", s.end());
    }

    private void node(String label, Map<String, Object> row) {
        if (nodeIds.add(row.get("id").toString())) {
            row.values().removeIf(java.util.Objects::isNull);
            nodes.computeIfAbsent(label, k -> new ArrayList<>()).add(row);
        }
    }

    private void rel(String type, String from, String fromId, String to, String toId, Map<String, Object> props) {
        if (relKeys.add(List.of(type, fromId, toId))) {
            relationships.computeIfAbsent(List.of(type, from, to), k -> new ArrayList<>())
                    .add(Map.of("from", fromId, "to", toId, "props", props));
        }
    }
}
