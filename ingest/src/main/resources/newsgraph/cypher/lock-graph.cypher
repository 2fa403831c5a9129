// Taken first in every article's write transaction: the write lock on the one IngestLock node is held until the
// transaction ends, so writers (in this process or another) write one article at a time. $token names this attempt.
MERGE (l:IngestLock {id: 'graph'})
SET l.lockedBy = $token
