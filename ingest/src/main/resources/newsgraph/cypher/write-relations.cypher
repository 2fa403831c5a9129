// Relationships of one type between two labels (__TYPE__, __FROM__ and __TO__ come from the contract's fixed names).
UNWIND $batch.rows AS row
MATCH (s:__FROM__ {id: row.from})
MATCH (t:__TO__ {id: row.to})
MERGE (s)-[r:__TYPE__]->(t)
SET r += row.props
