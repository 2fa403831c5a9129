// Events that only the old version reported. An event another article reports or mentions, or that a remaining
// claim or statement points at, stays (with what it gained from the old version: places, participants, date).
MATCH (old:Article {id: $oldId})
MATCH (e:Event)
WHERE ((e)-[:REPORTED_IN]->(old) OR (old)-[:MENTIONS]->(e))
  AND NOT EXISTS { (e)-[:REPORTED_IN]->(other:Article) WHERE other <> old }
  AND NOT EXISTS { (other:Article)-[:MENTIONS]->(e) WHERE other <> old }
  AND NOT EXISTS { (:Claim)-[:OBJECT]->(e) }
  AND NOT EXISTS { (:Statement)-[:ABOUT]->(e) }
DETACH DELETE e
