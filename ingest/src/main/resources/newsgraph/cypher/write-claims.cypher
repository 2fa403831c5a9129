// Claims of one article, each with its provenance: REPORTED_IN {start, end} character offsets in the article.
MATCH (a:Article {id: $articleId})
UNWIND $rows AS row
MERGE (c:Claim {id: row.id})
SET c += row.props
MERGE (c)-[r:REPORTED_IN]->(a)
SET r.start = row.start, r.end = row.end
