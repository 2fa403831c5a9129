// An earlier version whose text this run read from another file (or row) stays, under that file's uri.
MATCH (old:Article {id: $oldId})
SET old.uri = $uri
