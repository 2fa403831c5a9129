// The statements and claims of an old version: their ids carry its text's hash, so no other article has them.
MATCH (old:Article {id: $oldId})<-[:REPORTED_IN]-(n)
WHERE n:Statement OR n:Claim
DETACH DELETE n
