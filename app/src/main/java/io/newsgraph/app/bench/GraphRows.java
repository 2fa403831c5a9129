package io.newsgraph.app.bench;

import io.newsgraph.model.Entity;
import io.newsgraph.model.GraphFragment;
import io.newsgraph.model.GraphMapping;
import io.newsgraph.model.Relation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The distinct nodes and relationships a batch of fragments puts in the graph, as flat rows of properties: what the
 * bare {@code UNWIND ... CREATE} baseline writes. Each node and relationship appears once, as {@code GraphWriter}'s
 * MERGEs leave them, with the same properties and relationships ({@link GraphMapping}), so both write the same graph.
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
        node("Article", withId(GraphMapping.of(a), a.id()));
        for (Entity e : f.entities()) {
            node(e.type().label(), withId(GraphMapping.of(e), e.id()));
        }
        for (GraphMapping.NodeRow n : GraphMapping.reported(f)) {
            node(n.label(), withId(n.properties(), n.id()));
        }
        for (Relation r : GraphMapping.articleLinks(f)) {
            rel(r);
        }
        for (Relation r : GraphMapping.relationships(f)) {
            rel(r);
        }
    }

    private static Map<String, Object> withId(Map<String, Object> properties, String id) {
        properties.put("id", id);
        return properties;
    }

    private void node(String label, Map<String, Object> row) {
        if (nodeIds.add(row.get("id").toString())) {
            row.values().removeIf(java.util.Objects::isNull);
            nodes.computeIfAbsent(label, k -> new ArrayList<>()).add(row);
        }
    }

    private void rel(Relation r) {
        if (relKeys.add(List.of(r.type(), r.fromId(), r.toId()))) {
            relationships.computeIfAbsent(List.of(r.type(), r.fromLabel(), r.toLabel()), k -> new ArrayList<>())
                    .add(Map.of("from", r.fromId(), "to", r.toId(), "props", r.properties()));
        }
    }
}
