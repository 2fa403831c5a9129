// The bare baseline of the write benchmark: nodes of one label CREATEd from rows of their properties, no MERGE, no
// checks (__LABEL__ is one of the contract's labels).
UNWIND $rows AS row
CREATE (n:__LABEL__)
SET n = row
