// title: Events by place
// description: Events that happened in a place or anywhere inside it (a province finds its districts' events), by
//   date, a page at a time.
// param place: a name of the place (example: "Balochistan")
// param skip: rows to leave out, for the next page (example: 0)
// param limit: most rows to return (default 100) (example: 100)
WITH $place AS name
WHERE name IS NOT NULL
CALL db.index.fulltext.queryNodes('entity_names', '"' + replace(replace(name, '\\', ' '), '"', ' ') + '"') YIELD node AS p
WITH p, name
WHERE p:Place AND (p.name = name OR name IN p.aliases)
MATCH (e:Event)-[:OCCURRED_IN]->(:Place)-[:LOCATED_IN*0..3]->(p)
WITH DISTINCT e ORDER BY e.date, e.id
SKIP toInteger(coalesce($skip, 0)) LIMIT toInteger(coalesce($limit, 100))
RETURN e.date AS date, e.type AS type, e.name AS event, [(e)-[:OCCURRED_IN]->(at:Place) | at.name] AS places,
       COUNT { (e)-[:REPORTED_IN]->(:Article) } AS articles
ORDER BY date, e.id
