// title: Events by place
// description: Events that happened in a place or anywhere inside it (a province finds its districts' events).
// param place: a name of the place (example: "Balochistan")
WITH $place AS name
WHERE name IS NOT NULL
CALL db.index.fulltext.queryNodes('entity_names', '"' + replace(replace(name, '\\', ' '), '"', ' ') + '"') YIELD node AS p
WITH p, name
WHERE p:Place AND (p.name = name OR name IN p.aliases)
MATCH (e:Event)-[:OCCURRED_IN]->(at:Place)-[:LOCATED_IN*0..3]->(p)
RETURN DISTINCT e.date AS date, e.type AS type, e.name AS event, collect(DISTINCT at.name) AS places,
       COUNT { (e)-[:REPORTED_IN]->(:Article) } AS articles
ORDER BY date
