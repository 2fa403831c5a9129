// title: Co-mention network
// description: The entities most often named in the same articles as X, counted over the latest articles that name
//   an entity called X (1,000 unless told; undated articles last), so that a much-named entity, or a name many share,
//   answers as fast as a rare one.
// param name: any name, alias or acronym of the entity (example: "Khawaja Asif")
// param limit: how many to return (example: 20)
// param within: how many of the latest articles naming X to count (default 1000) (example: 1000)
// Each entity called X gives its own latest articles, found the cheaper way: an entity named in few articles (d of
// them, d * d <= within * all articles) by reading the dates of those d; a much-named one by walking the index of
// article dates from the latest and keeping the articles that name it, which stops after about within * all / d.
CALL db.index.fulltext.queryNodes('entity_names', '"' + replace(replace($name, '\\', ' '), '"', ' ') + '"') YIELD node
WITH node AS n
WHERE toLower(n.name) = toLower($name) OR n.acronym = $name OR any(a IN n.aliases WHERE toLower(a) = toLower($name))
CALL () { MATCH (x:Article) RETURN count(x) AS total }
WITH n, total, toInteger(coalesce($within, 1000)) AS within, COUNT { (n)<-[:MENTIONS]-() } AS d
CALL (n, total, within, d) {
  WITH n WHERE d * d <= within * total
  MATCH (n)<-[:MENTIONS]-(a:Article)
  RETURN a ORDER BY a.published IS NULL, a.published DESC, a.id LIMIT toInteger(coalesce($within, 1000))
  UNION
  WITH n, within WHERE d * d > within * total
  CALL (n) {
    MATCH (a:Article) USING INDEX a:Article(published)
    WHERE a.published IS NOT NULL AND (a)-[:MENTIONS]->(n)
    RETURN a ORDER BY a.published DESC, a.id LIMIT toInteger(coalesce($within, 1000))
  }
  WITH n, within, collect(a) AS dated
  CALL (n, within, dated) {
    UNWIND dated AS a
    RETURN a
    UNION
    WITH n WHERE size(dated) < within
    MATCH (n)<-[:MENTIONS]-(a:Article)
    WHERE a.published IS NULL
    RETURN a ORDER BY a.id LIMIT toInteger(coalesce($within, 1000))
  }
  RETURN a
}
WITH n, a ORDER BY a.published IS NULL, a.published DESC, a.id LIMIT toInteger(coalesce($within, 1000))
MATCH (a)-[:MENTIONS]->(other)
WHERE other <> n AND NOT other:Event
WITH n, other, count(a) AS articles
ORDER BY articles DESC, other.name
LIMIT toInteger(coalesce($limit, 20))
RETURN n.name AS entity, other.name AS with, labels(other)[0] AS label, articles
ORDER BY articles DESC, with
