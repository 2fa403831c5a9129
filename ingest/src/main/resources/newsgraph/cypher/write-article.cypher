// Article nodes (one per row; the ingest writes one article per transaction, a bulk load several): MERGE on the id
// only, then set the rest.
UNWIND $batch.rows AS row
MERGE (a:Article {id: row.id})
SET a += row.props
