// title: Contested figures
// description: Casualty figures that disagree: for the same event, who was counted (category), what happened to
//   them (outcome) and scope (the whole toll, or the same place; a running total over a period or not), numbers that
//   differ between different sources (a source is the claimant, or the article when the figure is unattributed).
//   Each figure with its source and article, and the low and high figure (UCDP's low/best/high). A part ("including
//   12 children") or an addition ("22 more") is never set against a whole toll.
// param category: militants, security personnel, civilians or passengers; null for all (example: "security personnel")
MATCH (c:Claim {kind: 'casualty'})-[:OBJECT]->(e:Event)
USING INDEX c:Claim(kind)
WHERE ($category IS NULL OR c.category = $category) AND NOT coalesce(c.scope, '') IN ['part', 'increment']
MATCH (c)-[:REPORTED_IN]->(a:Article)
OPTIONAL MATCH (c)-[:CLAIMED_BY]->(src)
WITH e, c.category AS category, c.outcome AS outcome, coalesce(c.scope, 'whole') AS scope,
     coalesce(c.cumulative, false) AS cumulative,
     collect({count: c.count, qualifier: c.qualifier, source: coalesce(src.name, c.claimantText),
              sourceKey: coalesce(src.id, toLower(c.claimantText), a.id),
              article: coalesce(a.title, a.name), published: toString(a.published)}) AS figures
WHERE any(f IN figures WHERE any(g IN figures WHERE g.count <> f.count AND g.sourceKey <> f.sourceKey))
WITH e, category, outcome, scope, cumulative, figures, [f IN figures | f.count] AS counts
RETURN e.name AS event, e.date AS date, category, outcome, scope, cumulative,
       [f IN figures | f {.count, .qualifier, .source, .article, .published}] AS figures,
       reduce(m = head(counts), x IN counts | CASE WHEN x < m THEN x ELSE m END) AS low,
       reduce(m = head(counts), x IN counts | CASE WHEN x > m THEN x ELSE m END) AS high
ORDER BY date, event, category, outcome, scope, cumulative
