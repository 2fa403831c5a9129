// Every relationship, for the JSON lines export.
MATCH (s)-[r]->(t)
RETURN elementId(r) AS id, type(r) AS type, elementId(s) AS start, labels(s) AS startLabels,
       elementId(t) AS end, labels(t) AS endLabels, properties(r) AS properties
ORDER BY type(r), s.id, t.id
