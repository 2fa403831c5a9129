// title: What each source reports
// description: Per publication (or one), its articles with how many statements, claims and events each holds.
// param source: a publication, or null for all (example: "The Express Tribune")
MATCH (a:Article)
WHERE $source IS NULL OR a.source = $source
RETURN coalesce(a.source, 'unknown') AS source, a.title AS title, toString(a.published) AS published,
       COUNT { (:Statement)-[:REPORTED_IN]->(a) } AS statements,
       COUNT { (:Claim)-[:REPORTED_IN]->(a) } AS claims,
       COUNT { (:Event)-[:REPORTED_IN]->(a) } AS events
ORDER BY source, published
