package io.newsgraph.model;

/** {@code (Article)-[:MENTIONS {count}]->(entity)}: how often the article names the entity. */
public record Mention(String entityId, int count) {
}
