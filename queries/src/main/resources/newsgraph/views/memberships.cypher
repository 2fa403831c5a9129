// title: Party and group membership
// description: People and their parties, groups and organisations, with the role the text gives.
// param org: a name of the party, group or organisation, or null for all (example: "PTI")
// Both branches are index-backed: the MEMBER_OF relationships (relationship type index) for all, the entity_names
// full-text index for one organisation.
CALL () {
  MATCH (p)-[m:MEMBER_OF]->(o)
  USING SCAN m:MEMBER_OF
  WHERE $org IS NULL AND p:Person
  RETURN p, m, o
  UNION
  WITH $org AS name
  WHERE name IS NOT NULL
  CALL db.index.fulltext.queryNodes('entity_names', '"' + replace(replace(name, '\\', ' '), '"', ' ') + '"') YIELD node AS o
  WITH o, name
  WHERE toLower(o.name) = toLower(name) OR o.acronym = name OR any(a IN o.aliases WHERE toLower(a) = toLower(name))
  MATCH (p:Person)-[m:MEMBER_OF]->(o)
  RETURN p, m, o
}
RETURN o.name AS organisation, labels(o)[0] AS kind, p.name AS person, m.role AS role, p.titles AS titles
ORDER BY organisation, person
