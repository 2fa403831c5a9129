package io.newsgraph.model;

import java.util.Map;
import java.util.Objects;

/**
 * A relationship between two nodes of a fragment (or a node already in the graph), by their ids and labels.
 * {@code fromLabel} and {@code toLabel} let the writer find both ends through the id constraints.
 */
public record Relation(String type, String fromLabel, String fromId, String toLabel, String toId,
                       Map<String, Object> properties) {

    public Relation {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(fromId, "fromId");
        Objects.requireNonNull(toId, "toId");
        properties = properties == null ? Map.of() : Map.copyOf(properties);
    }
}
