// Every entity already in the graph, for resolving the entities of new articles against them.
MATCH (n)
WHERE n:Person OR n:Party OR n:Group OR n:Organisation OR n:Place
RETURN n.id AS id, labels(n) AS labels, n.name AS name, coalesce(n.aliases, []) AS aliases, n.acronym AS acronym
