// Under the lock: the token of the last write that committed (another writer's, if it differs from the one this
// writer left), and which of the articles being written are in the graph already; then this write's token takes its place.
MATCH (l:IngestLock {id: 'graph'})
WITH l, l.token AS seen
SET l.token = $token, l.written = datetime()
RETURN seen, [id IN $batch.articleIds WHERE EXISTS { MATCH (:Article {id: id}) }] AS present
