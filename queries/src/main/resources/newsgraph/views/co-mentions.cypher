// title: Co-mention network
// description: The entities most often named in the same articles as X.
// param name: any name, alias or acronym of the entity (example: "Khawaja Asif")
// param limit: how many to return (example: 20)
CALL db.index.fulltext.queryNodes('entity_names', '"' + replace(replace($name, '\\', ' '), '"', ' ') + '"') YIELD node
WITH node AS n
WHERE toLower(n.name) = toLower($name) OR n.acronym = $name OR any(a IN n.aliases WHERE toLower(a) = toLower($name))
MATCH (n)<-[:MENTIONS]-(a:Article)-[:MENTIONS]->(other)
WHERE other <> n AND NOT other:Event
RETURN n.name AS entity, other.name AS with, labels(other)[0] AS label, count(DISTINCT a) AS articles
ORDER BY articles DESC, with
LIMIT toInteger(coalesce($limit, 20))
