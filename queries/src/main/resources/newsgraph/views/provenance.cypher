// title: Provenance
// description: Where a statement, claim or event comes from: the exact text of the article it was read from.
// param id: the id of a statement, claim or event (example: "statement:...")
CALL () {
  MATCH (n:Statement {id: $id}) RETURN n
  UNION
  MATCH (n:Claim {id: $id}) RETURN n
  UNION
  MATCH (n:Event {id: $id}) RETURN n
}
MATCH (n)-[r:REPORTED_IN]->(a:Article)
RETURN n.id AS id, labels(n)[0] AS label, coalesce(a.title, a.name) AS article, a.uri AS uri, toString(a.published) AS published,
       r.start AS start, r.end AS end, substring(a.text, r.start, r.end - r.start) AS source
