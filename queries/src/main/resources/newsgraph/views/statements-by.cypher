// title: Everything X said
// description: Every statement an entity made, quoted or reported, with its date, verb and source article.
// param name: any name, alias or acronym of the speaker (example: "Khawaja Asif")
CALL db.index.fulltext.queryNodes('entity_names', '"' + replace(replace($name, '\\', ' '), '"', ' ') + '"') YIELD node
WITH node AS n
WHERE toLower(n.name) = toLower($name) OR n.acronym = $name OR any(a IN n.aliases WHERE toLower(a) = toLower($name))
MATCH (n)-[:MADE]->(s:Statement)-[r:REPORTED_IN]->(a:Article)
RETURN n.name AS speaker, s.date AS date, s.verb AS verb, s.quote AS quote, s.text AS text, coalesce(a.title, a.name) AS article,
       a.uri AS uri, r.start AS start, r.end AS end, s.id AS statement
ORDER BY date, article, start
