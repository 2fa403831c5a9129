// Nodes per label (a node with two labels counts under each); not the IngestLock, which only serialises writers.
CALL db.labels() YIELD label
WITH label WHERE label <> 'IngestLock'
CALL {
  WITH label
  MATCH (n) WHERE label IN labels(n)
  RETURN count(n) AS count
}
RETURN label, count
ORDER BY label
