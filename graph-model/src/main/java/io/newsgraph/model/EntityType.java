package io.newsgraph.model;

import java.util.Locale;

/** The entity labels of the graph contract. Each has its own id prefix, so equal names of two kinds stay two nodes. */
public enum EntityType {
    PERSON("Person"),
    PARTY("Party"),
    GROUP("Group"),
    ORGANISATION("Organisation"),
    PLACE("Place");

    private final String label;

    EntityType(String label) {
        this.label = label;
    }

    /** The Neo4j label, spelled as in the contract. */
    public String label() {
        return label;
    }

    /** The id prefix: {@code person}, {@code party}, ... */
    public String prefix() {
        return label.toLowerCase(Locale.ROOT);
    }

    public static EntityType fromLabel(String label) {
        for (EntityType t : values()) {
            if (t.label.equalsIgnoreCase(label)) {
                return t;
            }
        }
        throw new IllegalArgumentException("not an entity label: " + label);
    }
}
