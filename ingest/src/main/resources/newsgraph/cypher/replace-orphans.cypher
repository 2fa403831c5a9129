// Entities the old version touched that nothing supports any more: no article mentions them and no node refers to
// them. Their own outgoing LOCATED_IN and MEMBER_OF do not keep them (a person the old text alone named goes, with
// their memberships); a place that a remaining place is LOCATED_IN, or a party a remaining person is MEMBER_OF,
// stays. Run until nothing more goes, so a chain (district, then its province) is followed.
UNWIND $ids AS eid
MATCH (e)
WHERE elementId(e) = eid
  AND NOT EXISTS { (:Article)-[:MENTIONS]->(e) }
  AND NOT EXISTS { (e)-[r]-() WHERE NOT (type(r) IN ['LOCATED_IN', 'MEMBER_OF'] AND startNode(r) = e) }
DETACH DELETE e
RETURN count(*) AS deleted
