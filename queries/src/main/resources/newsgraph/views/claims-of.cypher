// title: Claims made by and about X
// description: Every claim an entity made (CLAIMED_BY) or that is about it (SUBJECT), with its kind, figure and source.
// param name: any name, alias or acronym of the entity (example: "Khawaja Asif")
CALL db.index.fulltext.queryNodes('entity_names', '"' + replace(replace($name, '\\', ' '), '"', ' ') + '"') YIELD node
WITH node AS n
WHERE toLower(n.name) = toLower($name) OR n.acronym = $name OR any(a IN n.aliases WHERE toLower(a) = toLower($name))
CALL (n) {
  MATCH (c:Claim)-[:CLAIMED_BY]->(n) RETURN c, 'made' AS relation
  UNION
  MATCH (c:Claim)-[:SUBJECT]->(n) RETURN c, 'about' AS relation
}
MATCH (c)-[:REPORTED_IN]->(a:Article)
OPTIONAL MATCH (c)-[:CLAIMED_BY]->(by)
RETURN relation, c.kind AS kind, c.name AS claim, coalesce(by.name, c.claimantText) AS claimant, c.text AS text,
       coalesce(a.title, a.name) AS article, toString(a.published) AS published, c.id AS id
ORDER BY relation, kind, published
