// title: Responsibility claims
// description: Which group claimed or is said to have claimed which attack, with the sentence and article.
// param group: a name of the group, or null for all groups (example: "BLA")
MATCH (c:Claim {kind: 'responsibility'})-[:SUBJECT]->(g)
WHERE $group IS NULL OR toLower(g.name) = toLower($group) OR g.acronym = $group
   OR any(a IN g.aliases WHERE toLower(a) = toLower($group))
MATCH (c)-[:REPORTED_IN]->(a:Article)
OPTIONAL MATCH (c)-[:OBJECT]->(e:Event)
RETURN g.name AS group, coalesce(e.name, c.object) AS claimedFor, e.date AS date, c.text AS sentence,
       a.title AS article, c.id AS claim
ORDER BY date, group
