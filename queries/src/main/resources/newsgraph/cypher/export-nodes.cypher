// Every node, for the JSON lines export; not the IngestLock, which only serialises writers.
MATCH (n) WHERE NOT n:IngestLock
RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS properties
ORDER BY n.id, elementId(n)
