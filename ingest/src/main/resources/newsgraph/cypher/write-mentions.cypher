// (Article)-[:MENTIONS {count}]->(entity) for the entities of one label (__LABEL__ as in write-entities.cypher).
MATCH (a:Article {id: $articleId})
UNWIND $rows AS row
MATCH (e:__LABEL__ {id: row.id})
MERGE (a)-[m:MENTIONS]->(e)
SET m.count = row.count
