// (Article)-[:MENTIONS {count}]->(entity) for the entities of one label (__LABEL__ as in write-entities.cypher).
UNWIND $batch.rows AS row
MATCH (a:Article {id: row.articleId})
MATCH (e:__LABEL__ {id: row.id})
MERGE (a)-[m:MENTIONS]->(e)
SET m.count = row.count
