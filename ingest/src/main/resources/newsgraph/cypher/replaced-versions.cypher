// Earlier versions of an article: the same uri (source path or URL) with other text, so another id.
MATCH (old:Article {uri: $uri})
WHERE old.id <> $id
RETURN old.id AS id
