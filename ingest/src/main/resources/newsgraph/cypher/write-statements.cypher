// Statements, each with its provenance: REPORTED_IN {start, end} character offsets in the article of its row.
UNWIND $batch.rows AS row
MATCH (a:Article {id: row.articleId})
MERGE (s:Statement {id: row.id})
SET s += row.props
MERGE (s)-[r:REPORTED_IN]->(a)
SET r.start = row.start, r.end = row.end
