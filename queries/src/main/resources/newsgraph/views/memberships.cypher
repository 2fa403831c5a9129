// title: Party and group membership
// description: People and their parties, groups and organisations, with the role the text gives.
// param org: a name of the party, group or organisation, or null for all (example: "PTI")
MATCH (p:Person)-[m:MEMBER_OF]->(o)
WHERE $org IS NULL OR toLower(o.name) = toLower($org) OR o.acronym = $org
   OR any(a IN o.aliases WHERE toLower(a) = toLower($org))
RETURN o.name AS organisation, labels(o)[0] AS kind, p.name AS person, m.role AS role, p.titles AS titles
ORDER BY organisation, person
