// title: Events timeline
// description: Events by date (undated last), with their places, participants, reporting articles and every
//   casualty figure claimed for each, with its source.
// param from: earliest date, ISO, inclusive, or null for no bound (example: "2026-01-01")
// param to: latest date, ISO, inclusive, or null for no bound (example: "2026-12-31")
// param type: an event type, or null for all (example: "attack")
MATCH (e:Event)
WHERE ($type IS NULL OR e.type = $type)
  AND ($from IS NULL OR e.date >= $from)
  AND ($to IS NULL OR e.date <= $to)
OPTIONAL MATCH (e)-[:OCCURRED_IN]->(p:Place)
WITH e, collect(DISTINCT p.name) AS places
OPTIONAL MATCH (actor)-[r:PARTICIPATED_IN]->(e)
WITH e, places, collect(DISTINCT {name: actor.name, role: r.role}) AS participants
OPTIONAL MATCH (c:Claim {kind: 'casualty'})-[:OBJECT]->(e)
OPTIONAL MATCH (c)-[:CLAIMED_BY]->(source)
WITH e, places, participants,
     collect(DISTINCT {count: c.count, qualifier: c.qualifier, category: c.category, outcome: c.outcome,
                       source: coalesce(source.name, c.claimantText)}) AS figures
RETURN e.id AS id, e.date AS date, e.datePrecision AS precision, e.type AS type, e.name AS name, places,
       [x IN participants WHERE x.name IS NOT NULL] AS participants,
       [f IN figures WHERE f.count IS NOT NULL] AS figures,
       COUNT { (e)-[:REPORTED_IN]->(:Article) } AS articles
ORDER BY e.date IS NULL, e.date, e.type, e.id
