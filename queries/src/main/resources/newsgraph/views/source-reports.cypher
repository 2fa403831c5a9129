// title: What each source reports
// description: Per publication (or one), its articles with how many statements, claims and events each holds.
// param source: a publication, or null for all (example: "The Express Tribune")
// One source is an article_source index seek; all sources read every article.
CALL () {
  MATCH (a:Article)
  WHERE $source IS NULL
  RETURN a
  UNION
  MATCH (a:Article {source: $source})
  RETURN a
}
RETURN coalesce(a.source, 'unknown') AS source, coalesce(a.title, a.name) AS title, toString(a.published) AS published,
       COUNT { (:Statement)-[:REPORTED_IN]->(a) } AS statements,
       COUNT { (:Claim)-[:REPORTED_IN]->(a) } AS claims,
       COUNT { (:Event)-[:REPORTED_IN]->(a) } AS events
ORDER BY source, published
