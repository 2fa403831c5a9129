// Under the lock: the token of the last write that committed (another writer's, if it differs from the one this
// writer left), and whether the article is in the graph already; then this write's token takes its place.
MATCH (l:IngestLock {id: 'graph'})
WITH l, l.token AS seen
SET l.token = $token, l.written = datetime()
RETURN seen, EXISTS { MATCH (:Article {id: $articleId}) } AS present
