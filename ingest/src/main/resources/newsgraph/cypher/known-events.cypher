// Every event already in the graph, with its places and named targets, for resolving new reports against them.
MATCH (e:Event)
OPTIONAL MATCH (e)-[:OCCURRED_IN]->(p:Place)
OPTIONAL MATCH (t)-[:PARTICIPATED_IN {role: 'target'}]->(e)
RETURN e.id AS id, e.type AS type, e.date AS date, collect(DISTINCT p.id) AS places, collect(DISTINCT t.id) AS targets
