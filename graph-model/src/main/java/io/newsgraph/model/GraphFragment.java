package io.newsgraph.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything one article adds to the graph, as a plain value: it can be printed, compared in a test, or written.
 * Nodes and relationships are keyed by deterministic ids, so writing the same fragment twice changes nothing.
 */
public record GraphFragment(Article article, List<Entity> entities, List<Mention> mentions, List<Relation> relations,
                            List<Statement> statements, List<Claim> claims, List<Event> events) {

    public GraphFragment {
        Objects.requireNonNull(article, "article");
        entities = List.copyOf(entities);
        mentions = List.copyOf(mentions);
        relations = List.copyOf(relations);
        statements = List.copyOf(statements);
        claims = List.copyOf(claims);
        events = List.copyOf(events);
    }

    /** A fragment of entities only. */
    public GraphFragment(Article article, List<Entity> entities, List<Mention> mentions, List<Relation> relations) {
        this(article, entities, mentions, relations, List.of(), List.of(), List.of());
    }
}
