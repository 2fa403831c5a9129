// title: Everything X said
// description: Every statement an entity made, quoted or reported, with its date, verb and source article, by
//   date, a page at a time.
// param name: any name, alias or acronym of the speaker (example: "Khawaja Asif")
// param kind: only statements of this kind: speech, belief, stance, evidence, topic or intention (default every kind) (example: "speech")
// param skip: rows to leave out, for the next page (example: 0)
// param limit: most rows to return (default 100) (example: 100)
CALL db.index.fulltext.queryNodes('entity_names', '"' + replace(replace($name, '\\', ' '), '"', ' ') + '"') YIELD node
WITH node AS n
WHERE toLower(n.name) = toLower($name) OR n.acronym = $name OR any(a IN n.aliases WHERE toLower(a) = toLower($name))
MATCH (n)-[:MADE]->(s:Statement)
WHERE $kind IS NULL OR coalesce(s.kind, 'speech') = $kind
WITH n, s ORDER BY s.date, s.id
SKIP toInteger(coalesce($skip, 0)) LIMIT toInteger(coalesce($limit, 100))
MATCH (s)-[r:REPORTED_IN]->(a:Article)
RETURN n.name AS speaker, s.date AS date, s.verb AS verb, s.quote AS quote, s.text AS text, coalesce(a.title, a.name) AS article,
       a.uri AS uri, r.start AS start, r.end AS end, s.id AS statement, coalesce(s.kind, 'speech') AS kind
ORDER BY date, statement
