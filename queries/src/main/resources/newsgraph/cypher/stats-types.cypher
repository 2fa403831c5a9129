// Relationships per type.
CALL db.relationshipTypes() YIELD relationshipType AS type
CALL {
  WITH type
  MATCH ()-[r]->() WHERE type(r) = type
  RETURN count(r) AS count
}
RETURN type, count
ORDER BY type
