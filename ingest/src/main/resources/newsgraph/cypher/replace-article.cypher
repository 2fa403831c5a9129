// The old version itself, with its MENTIONS and the REPORTED_IN of events that other articles still report.
MATCH (old:Article {id: $oldId})
DETACH DELETE old
