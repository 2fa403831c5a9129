// Entities of one label (__LABEL__ is replaced by a label of the contract, never by input text).
// Aliases and titles grow with every article that names the entity; of forms differing only in case one is kept, the
// same whichever article came first (the smaller in code-point order: "Defence Minister" over "defence minister"), so
// ingests that write the same articles in another order, or at the same time, end with the same node. Name, acronym
// and kind are kept once set.
UNWIND $batch.rows AS row
MERGE (n:__LABEL__ {id: row.id})
ON CREATE SET n.name = row.name
SET n.aliases = reduce(acc = coalesce(n.aliases, []), a IN row.aliases |
                       CASE WHEN toLower(a) IN [x IN acc | toLower(x)]
                            THEN [x IN acc | CASE WHEN toLower(x) = toLower(a) AND a < x THEN a ELSE x END]
                            ELSE acc + a END),
    n.titles = CASE WHEN size(row.titles) = 0 THEN n.titles
               ELSE reduce(acc = coalesce(n.titles, []), t IN row.titles |
                           CASE WHEN toLower(t) IN [x IN acc | toLower(x)]
                                THEN [x IN acc | CASE WHEN toLower(x) = toLower(t) AND t < x THEN t ELSE x END]
                                ELSE acc + t END) END,
    n.acronym = coalesce(n.acronym, row.acronym),
    n.kind = coalesce(n.kind, row.kind)
