// The bare baseline of the write benchmark: relationships of one type CREATEd between nodes found by id (__TYPE__,
// __FROM__ and __TO__ are the contract's fixed names).
UNWIND $rows AS row
MATCH (s:__FROM__ {id: row.from})
MATCH (t:__TO__ {id: row.to})
CREATE (s)-[r:__TYPE__]->(t)
SET r = row.props
