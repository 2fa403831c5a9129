// Events of one article. An event already in the graph (reported by another article) keeps its type and name and
// gains what it lacked; every article that reports it gets REPORTED_IN {start, end} and MENTIONS {count}.
MATCH (a:Article {id: $articleId})
UNWIND $rows AS row
MERGE (e:Event {id: row.id})
ON CREATE SET e.type = row.type, e.name = row.name
SET e.date = coalesce(e.date, row.date),
    e.datePrecision = coalesce(e.datePrecision, row.datePrecision),
    e.dateText = coalesce(e.dateText, row.dateText)
MERGE (e)-[r:REPORTED_IN]->(a)
SET r.start = row.start, r.end = row.end
MERGE (a)-[m:MENTIONS]->(e)
SET m.count = row.count
