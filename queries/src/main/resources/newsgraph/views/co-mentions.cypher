// title: Co-mention network
// description: The entities most often named in the same articles as X, counted over the latest articles that name
//   X (1,000 unless told), so that a much-named entity answers as fast as a rare one.
// param name: any name, alias or acronym of the entity (example: "Khawaja Asif")
// param limit: how many to return (example: 20)
// param within: how many of the latest articles naming X to count (default 1000) (example: 1000)
CALL db.index.fulltext.queryNodes('entity_names', '"' + replace(replace($name, '\\', ' '), '"', ' ') + '"') YIELD node
WITH node AS n
WHERE toLower(n.name) = toLower($name) OR n.acronym = $name OR any(a IN n.aliases WHERE toLower(a) = toLower($name))
CALL (n) {
  MATCH (n)<-[:MENTIONS]-(a:Article)
  RETURN a ORDER BY a.published IS NULL, a.published DESC, a.id LIMIT toInteger(coalesce($within, 1000))
}
MATCH (a)-[:MENTIONS]->(other)
WHERE other <> n AND NOT other:Event
WITH n, other, count(a) AS articles
ORDER BY articles DESC, other.name
LIMIT toInteger(coalesce($limit, 20))
RETURN n.name AS entity, other.name AS with, labels(other)[0] AS label, articles
ORDER BY articles DESC, with
