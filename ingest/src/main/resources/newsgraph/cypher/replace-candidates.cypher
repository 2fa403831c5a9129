// The entities an old version of an article touched: those it mentions, the speakers, claimants, subjects and
// agencies of its statements and claims, the places and actors of its events, and the places containing any of
// them. Only these can lose their last support when the old version goes. Element ids, for a direct lookup.
MATCH (old:Article {id: $oldId})
CALL {
  WITH old
  MATCH (old)-[:MENTIONS]->(e)
  WHERE NOT e:Event
  RETURN e
  UNION
  WITH old
  MATCH (old)<-[:REPORTED_IN]-()-[:CLAIMED_BY|SUBJECT|RELAYED_BY|ABOUT|OCCURRED_IN]->(e)
  WHERE NOT e:Event AND NOT e:Article AND NOT e:Statement AND NOT e:Claim
  RETURN e
  UNION
  WITH old
  MATCH (old)<-[:REPORTED_IN]-()<-[:MADE|PARTICIPATED_IN]-(e)
  RETURN e
}
OPTIONAL MATCH (e)-[:LOCATED_IN*1..6]->(p:Place)
WITH collect(DISTINCT elementId(e)) AS touched, collect(DISTINCT elementId(p)) AS containers
RETURN touched + [c IN containers WHERE NOT c IN touched] AS ids
