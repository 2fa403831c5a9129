// Every node, for the JSON lines export.
MATCH (n)
RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS properties
ORDER BY n.id, elementId(n)
