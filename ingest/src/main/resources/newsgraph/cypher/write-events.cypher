// Events, each row with the article that reports it. An event already in the graph (reported by another article)
// keeps its type and name and gains what it lacked; every article that reports it gets REPORTED_IN {start, end} and MENTIONS {count}.
UNWIND $batch.rows AS row
MATCH (a:Article {id: row.articleId})
MERGE (e:Event {id: row.id})
ON CREATE SET e.type = row.type, e.name = row.name
SET e.date = coalesce(e.date, row.date),
    e.datePrecision = coalesce(e.datePrecision, row.datePrecision),
    e.dateText = coalesce(e.dateText, row.dateText)
MERGE (e)-[r:REPORTED_IN]->(a)
SET r.start = row.start, r.end = row.end
MERGE (a)-[m:MENTIONS]->(e)
SET m.count = row.count
