// title: Who said what about X
// description: Statements that name an entity, with who made them (several joined by "and") and where they were
//   reported, by date, a page at a time.
// param name: any name, alias or acronym of the entity talked about (example: "Baloch Liberation Army")
// param kind: only statements of this kind: speech, belief, stance, evidence, topic or intention (default every kind) (example: "speech")
// param skip: rows to leave out, for the next page (example: 0)
// param limit: most rows to return (default 100) (example: 100)
CALL db.index.fulltext.queryNodes('entity_names', '"' + replace(replace($name, '\\', ' '), '"', ' ') + '"') YIELD node
WITH node AS n
WHERE toLower(n.name) = toLower($name) OR n.acronym = $name OR any(a IN n.aliases WHERE toLower(a) = toLower($name))
MATCH (s:Statement)-[:ABOUT]->(n)
WITH DISTINCT s WHERE $kind IS NULL OR coalesce(s.kind, 'speech') = $kind
WITH s ORDER BY s.date, s.id
SKIP toInteger(coalesce($skip, 0)) LIMIT toInteger(coalesce($limit, 100))
MATCH (s)-[r:REPORTED_IN]->(a:Article)
OPTIONAL MATCH (speaker)-[:MADE]->(s)
// (a statement of several speakers, "Foner and Alba suggest", is one row that names them all)
WITH s, a, speaker ORDER BY speaker.name
WITH s, a, collect(speaker.name) AS speakers
RETURN CASE size(speakers) WHEN 0 THEN s.speakerText
       ELSE reduce(names = head(speakers), x IN tail(speakers) | names + ' and ' + x) END AS speaker,
       s.verb AS verb, s.quote AS quote, s.text AS text, s.date AS date, coalesce(a.title, a.name) AS article, s.id AS statement, coalesce(s.kind, 'speech') AS kind
ORDER BY date, statement
