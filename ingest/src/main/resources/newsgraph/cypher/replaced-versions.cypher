// Earlier versions of an article: the same uri (source path or URL) with other text, so another id. Versions whose
// text this run also read (from another file, or another row) are kept.
MATCH (old:Article {uri: $uri})
WHERE old.id <> $id AND NOT old.id IN $keep
RETURN old.id AS id
