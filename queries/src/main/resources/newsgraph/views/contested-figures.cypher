// title: Contested figures
// description: Casualty figures that count the same thing (category and outcome) for the same event with
//   different numbers, each with its source and article, and the low and high figure (UCDP's low/best/high).
// param category: militants, security personnel, civilians or passengers; null for all (example: "security personnel")
MATCH (c:Claim {kind: 'casualty'})-[:OBJECT]->(e:Event)
USING INDEX c:Claim(kind)
WHERE $category IS NULL OR c.category = $category
MATCH (c)-[:REPORTED_IN]->(a:Article)
OPTIONAL MATCH (c)-[:CLAIMED_BY]->(src)
WITH e, c.category AS category, c.outcome AS outcome,
     collect({count: c.count, qualifier: c.qualifier, source: coalesce(src.name, c.claimantText),
              article: coalesce(a.title, a.name), published: toString(a.published)}) AS figures
WITH e, category, outcome, figures, [f IN figures | f.count] AS counts
WHERE size(reduce(d = [], x IN counts | CASE WHEN x IN d THEN d ELSE d + x END)) > 1
RETURN e.name AS event, e.date AS date, category, outcome, figures,
       reduce(m = head(counts), x IN counts | CASE WHEN x < m THEN x ELSE m END) AS low,
       reduce(m = head(counts), x IN counts | CASE WHEN x > m THEN x ELSE m END) AS high
ORDER BY date, event, category, outcome
