// Earlier versions of the articles being written: the same uri (source path or URL) with other text, so another id.
// $articles: [{id, uri}], one query for a whole group.
UNWIND $batch.articles AS article
MATCH (old:Article {uri: article.uri})
WHERE old.id <> article.id
RETURN article.id AS article, collect(old.id) AS ids
