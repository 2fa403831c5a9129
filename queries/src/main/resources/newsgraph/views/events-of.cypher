// title: Events of X
// description: The events an entity took part in, with its role, the date and the places.
// param name: any name, alias or acronym of the entity (example: "Baloch Liberation Army")
CALL db.index.fulltext.queryNodes('entity_names', '"' + replace(replace($name, '\\', ' '), '"', ' ') + '"') YIELD node
WITH node AS n
WHERE toLower(n.name) = toLower($name) OR n.acronym = $name OR any(a IN n.aliases WHERE toLower(a) = toLower($name))
MATCH (n)-[r:PARTICIPATED_IN]->(e:Event)
RETURN e.date AS date, e.type AS type, e.name AS event, r.role AS role,
       [(e)-[:OCCURRED_IN]->(p) | p.name] AS places, e.id AS id
ORDER BY date
