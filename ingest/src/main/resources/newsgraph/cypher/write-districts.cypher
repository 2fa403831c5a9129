// The extra District label on places that are administrative districts.
UNWIND $batch.ids AS id
MATCH (n:Place {id: id})
SET n:District
