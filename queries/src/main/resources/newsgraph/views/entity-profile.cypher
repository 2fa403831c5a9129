// title: Entity profile
// description: Who or what an entity is, found by any of its names: labels, names, titles, affiliations and how
//   much the graph holds about it.
// param name: any name, alias or acronym of the entity (example: "Asif")
CALL db.index.fulltext.queryNodes('entity_names', '"' + replace(replace($name, '\\', ' '), '"', ' ') + '"') YIELD node
WITH node AS n
WHERE toLower(n.name) = toLower($name) OR n.acronym = $name OR any(a IN n.aliases WHERE toLower(a) = toLower($name))
RETURN n.id AS id, labels(n) AS labels, n.name AS name, n.aliases AS aliases, n.titles AS titles,
       [(n)-[m:MEMBER_OF]->(o) | o.name + coalesce(' (' + m.role + ')', '')] AS memberOf,
       COUNT { (n)-[:MADE]->(:Statement) } AS statements,
       COUNT { (:Claim)-[:CLAIMED_BY]->(n) } AS claimsMade,
       COUNT { (:Claim)-[:SUBJECT]->(n) } AS claimsAbout,
       COUNT { (n)-[:PARTICIPATED_IN]->(:Event) } AS events,
       COUNT { (:Article)-[:MENTIONS]->(n) } AS articles
ORDER BY articles DESC
