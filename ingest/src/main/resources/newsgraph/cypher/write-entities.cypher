// Entities of one label (__LABEL__ is replaced by a label of the contract, never by input text).
// Aliases and titles grow with every article that names the entity (a form differing only in case is not added
// again); name, acronym and kind are kept once set.
UNWIND $rows AS row
MERGE (n:__LABEL__ {id: row.id})
ON CREATE SET n.name = row.name
SET n.aliases = reduce(acc = coalesce(n.aliases, []), a IN row.aliases |
                       CASE WHEN toLower(a) IN [x IN acc | toLower(x)] THEN acc ELSE acc + a END),
    n.titles = CASE WHEN size(row.titles) = 0 THEN n.titles
               ELSE reduce(acc = coalesce(n.titles, []), t IN row.titles |
                           CASE WHEN toLower(t) IN [x IN acc | toLower(x)] THEN acc ELSE acc + t END) END,
    n.acronym = coalesce(n.acronym, row.acronym),
    n.kind = coalesce(n.kind, row.kind)
