package io.newsgraph.model;

import java.util.Objects;

/** A node by its label and id: the end of a relationship, or a speaker. */
public record NodeRef(String label, String id) {
    public NodeRef {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(id, "id");
    }
}
