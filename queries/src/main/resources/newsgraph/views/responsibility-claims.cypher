// title: Responsibility claims
// description: Which group claimed, or is held responsible by whom for, which attack, with the sentence and article.
// param group: a name of the group, or null for all groups (example: "BLA")
// Both branches are index-backed: claim_kind for all groups, the entity_names full-text index for one.
CALL () {
  MATCH (c:Claim {kind: 'responsibility'})-[:SUBJECT]->(g)
  USING INDEX c:Claim(kind)
  WHERE $group IS NULL
  RETURN c, g
  UNION
  WITH $group AS name
  WHERE name IS NOT NULL
  CALL db.index.fulltext.queryNodes('entity_names', '"' + replace(replace(name, '\\', ' '), '"', ' ') + '"') YIELD node AS g
  WITH g, name
  WHERE toLower(g.name) = toLower(name) OR g.acronym = name OR any(a IN g.aliases WHERE toLower(a) = toLower(name))
  MATCH (c:Claim {kind: 'responsibility'})-[:SUBJECT]->(g)
  RETURN c, g
}
MATCH (c)-[:REPORTED_IN]->(a:Article)
OPTIONAL MATCH (c)-[:OBJECT]->(e:Event)
OPTIONAL MATCH (c)-[:CLAIMED_BY]->(by)
RETURN g.name AS group, by.name AS claimedBy, coalesce(e.name, c.object) AS claimedFor, e.date AS date, c.text AS sentence,
       coalesce(a.title, a.name) AS article, c.id AS claim
ORDER BY date, group, claim
