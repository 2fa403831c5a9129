// title: Neighbourhood of X (graph)
// description: An entity found by any of its names, drawn with what it said and where it was reported, its
//   affiliations, the claims it made or that name it, and the events it took part in: paths to click through in
//   Neo4j Browser, from a person to their statements to the source article.
// param name: any name, alias or acronym of the entity (example: "Khawaja Asif")
CALL db.index.fulltext.queryNodes('entity_names', '"' + replace(replace($name, '\\', ' '), '"', ' ') + '"') YIELD node
WITH node AS n
WHERE toLower(n.name) = toLower($name) OR n.acronym = $name OR any(a IN n.aliases WHERE toLower(a) = toLower($name))
CALL (n) {
  MATCH p = (n)-[:MADE]->(:Statement)-[:REPORTED_IN]->(:Article)
  RETURN p
  UNION
  MATCH p = (n)-[:MEMBER_OF]->()
  RETURN p
  UNION
  MATCH p = (:Claim)-[:CLAIMED_BY|SUBJECT]->(n)
  RETURN p
  UNION
  MATCH p = (n)-[:PARTICIPATED_IN]->(:Event)
  RETURN p
}
RETURN p
LIMIT 300
