// title: Allegations
// description: Who accuses whom of what: every allegation with its claimant, the accused and the source.
// param accused: a name of the accused, or null for all (example: "Baloch Liberation Army")
MATCH (c:Claim {kind: 'allegation'})-[:REPORTED_IN]->(a:Article)
OPTIONAL MATCH (c)-[:CLAIMED_BY]->(who)
OPTIONAL MATCH (c)-[:SUBJECT]->(accused)
WITH c, a, who, collect(accused.name) AS accusedNames, collect(accused) AS accusedNodes
WHERE $accused IS NULL OR any(x IN accusedNodes WHERE toLower(x.name) = toLower($accused) OR x.acronym = $accused
                                OR any(al IN x.aliases WHERE toLower(al) = toLower($accused)))
RETURN coalesce(who.name, c.claimantText) AS claimant, accusedNames AS accused, c.text AS allegation,
       a.title AS article, c.id AS claim
ORDER BY claimant
