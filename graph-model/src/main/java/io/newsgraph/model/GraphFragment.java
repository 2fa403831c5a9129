package io.newsgraph.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything one article adds to the graph, as a plain value: it can be printed, compared in a test, or written.
 * Nodes and relationships are keyed by deterministic ids, so writing the same fragment twice changes nothing.
 */
public record GraphFragment(Article article, List<Entity> entities, List<Mention> mentions, List<Relation> relations) {

    public GraphFragment {
        Objects.requireNonNull(article, "article");
        entities = List.copyOf(entities);
        mentions = List.copyOf(mentions);
        relations = List.copyOf(relations);
    }

    public int nodeCount() {
        return 1 + entities.size();
    }

    public int relationshipCount() {
        return mentions.size() + relations.size();
    }
}
