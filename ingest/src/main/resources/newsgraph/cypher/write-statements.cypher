// Statements of one article, each with its provenance: REPORTED_IN {start, end} character offsets in the article.
MATCH (a:Article {id: $articleId})
UNWIND $rows AS row
MERGE (s:Statement {id: row.id})
SET s += row.props
MERGE (s)-[r:REPORTED_IN]->(a)
SET r.start = row.start, r.end = row.end
