// title: Allegations
// description: Who accuses whom of what: every allegation with its claimant, the accused and the source.
// param accused: a name of the accused, or null for all (example: "Baloch Liberation Army")
// Both branches are index-backed: claim_kind for all allegations, the entity_names full-text index for one accused.
CALL () {
  MATCH (c:Claim {kind: 'allegation'})
  USING INDEX c:Claim(kind)
  WHERE $accused IS NULL
  RETURN c
  UNION
  WITH $accused AS name
  WHERE name IS NOT NULL
  CALL db.index.fulltext.queryNodes('entity_names', '"' + replace(replace(name, '\\', ' '), '"', ' ') + '"') YIELD node AS x
  WITH x, name
  WHERE toLower(x.name) = toLower(name) OR x.acronym = name OR any(al IN x.aliases WHERE toLower(al) = toLower(name))
  MATCH (c:Claim {kind: 'allegation'})-[:SUBJECT]->(x)
  RETURN c
}
MATCH (c)-[:REPORTED_IN]->(a:Article)
OPTIONAL MATCH (c)-[:CLAIMED_BY]->(who)
OPTIONAL MATCH (c)-[:SUBJECT]->(accused)
WITH c, a, who, collect(accused.name) AS accusedNames
RETURN coalesce(who.name, c.claimantText) AS claimant, accusedNames AS accused, c.text AS allegation,
       coalesce(a.title, a.name) AS article, c.id AS claim
ORDER BY claimant, claim
