// title: Entity profile
// description: Who or what an entity is, found by any of its names: labels, names, titles, affiliations and how
//   much the graph holds about it. A name many entities share gives the most often named first, a page at a time.
// param name: any name, alias or acronym of the entity (example: "Asif")
// param skip: rows to leave out, for the next page (example: 0)
// param limit: most rows to return (default 25) (example: 25)
CALL db.index.fulltext.queryNodes('entity_names', '"' + replace(replace($name, '\\', ' '), '"', ' ') + '"') YIELD node
WITH node AS n
WHERE toLower(n.name) = toLower($name) OR n.acronym = $name OR any(a IN n.aliases WHERE toLower(a) = toLower($name))
WITH n, COUNT { (:Article)-[:MENTIONS]->(n) } AS articles
ORDER BY articles DESC, n.id
SKIP toInteger(coalesce($skip, 0)) LIMIT toInteger(coalesce($limit, 25))
RETURN n.id AS id, labels(n) AS labels, n.name AS name, n.aliases AS aliases, n.titles AS titles,
       [(n)-[m:MEMBER_OF]->(o) | o.name + coalesce(' (' + m.role + ')', '')] AS memberOf,
       COUNT { (n)-[:MADE]->(:Statement) } AS statements,
       COUNT { (:Claim)-[:CLAIMED_BY]->(n) } AS claimsMade,
       COUNT { (:Claim)-[:SUBJECT]->(n) } AS claimsAbout,
       COUNT { (n)-[:PARTICIPATED_IN]->(:Event) } AS events,
       articles
ORDER BY articles DESC, id
