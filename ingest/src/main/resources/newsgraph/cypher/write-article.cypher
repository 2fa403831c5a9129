// One article node: MERGE on its id only, then set the rest.
MERGE (a:Article {id: $id})
SET a += $props
