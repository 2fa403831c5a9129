// Casualty figures in the shape the ingest writes, for DisputesViewIT: which of them the contested-figures view sets
// against each other. Written for the test (modelled on how news reports rival tolls), not taken from an article.
CREATE (a1:Article {id: 'article:d1', title: 'Protest deaths rise', name: 'Protest deaths rise',
                    published: date('2024-07-02')})
CREATE (a2:Article {id: 'article:d2', title: 'Attacks in the province', name: 'Attacks in the province',
                    published: date('2024-03-03')})
CREATE (a3:Article {id: 'article:d3', title: 'Operations continue', name: 'Operations continue',
                    published: date('2024-03-04')})
CREATE (rights:Organisation {id: 'organisation:rights-commission', name: 'Rights Commission'})
CREATE (amnesty:Organisation {id: 'organisation:amnesty-international', name: 'Amnesty International'})
CREATE (president:Person {id: 'person:the-president', name: 'The President'})
CREATE (army:Organisation {id: 'organisation:army', name: 'Army'})
CREATE (protest:Event {id: 'event:protest:2024-07-02:nairobi', type: 'protest', name: 'protest in Nairobi',
                       date: '2024-07-02'})
CREATE (attack:Event {id: 'event:attack:2024-03-02:somewhere', type: 'attack', name: 'attack',
                      date: '2024-03-02'})
WITH *
UNWIND [
  // the protest: three sources give the whole toll (rights group 39, Amnesty 24, police 19, the president 19)
  {id: 'claim:d1', e: 'p', n: 39, cat: 'civilians', by: 'rights', a: 'a1'},
  {id: 'claim:d2', e: 'p', n: 24, cat: 'civilians', by: 'amnesty', a: 'a1'},
  {id: 'claim:d3', e: 'p', n: 19, cat: 'civilians', text: 'police', a: 'a1'},
  {id: 'claim:d4', e: 'p', n: 19, cat: 'civilians', by: 'president', a: 'a1'},
  // a part of it, with a place and without: never set against the whole
  {id: 'claim:d5', e: 'p', n: 17, cat: 'civilians', by: 'rights', a: 'a1', scope: 'in Nairobi'},
  {id: 'claim:d6', e: 'p', n: 5, cat: 'civilians', by: 'amnesty', a: 'a1', scope: 'part'},
  // the attack: one source's two figures are no dispute; two sources on one town are
  {id: 'claim:d7', e: 'a', n: 20, cat: 'security personnel', by: 'army', a: 'a2'},
  {id: 'claim:d8', e: 'a', n: 22, cat: 'security personnel', by: 'army', a: 'a3'},
  {id: 'claim:d9', e: 'a', n: 7, cat: 'security personnel', text: 'a local official', a: 'a2', scope: 'in Nushki'},
  {id: 'claim:d10', e: 'a', n: 9, cat: 'security personnel', text: 'Police', a: 'a3', scope: 'in Nushki'},
  // militants: the day's figure, an addition, and running totals over days (the army's and an unattributed one)
  {id: 'claim:d11', e: 'a', n: 48, cat: 'militants', by: 'army', a: 'a2'},
  {id: 'claim:d12', e: 'a', n: 12, cat: 'militants', by: 'army', a: 'a3', scope: 'increment'},
  {id: 'claim:d13', e: 'a', n: 60, cat: 'militants', by: 'army', a: 'a3', cumulative: true},
  {id: 'claim:d14', e: 'a', n: 55, cat: 'militants', a: 'a3', cumulative: true}
] AS f
CREATE (c:Claim {id: f.id, kind: 'casualty', count: f.n, category: f.cat, outcome: 'killed', scope: f.scope,
                 cumulative: coalesce(f.cumulative, false), claimantText: f.text})
WITH c, f, protest, attack, rights, amnesty, president, army, a1, a2, a3
CALL {
  WITH c, f, protest, attack
  WITH c, CASE f.e WHEN 'p' THEN protest ELSE attack END AS e
  CREATE (c)-[:OBJECT]->(e)
}
CALL {
  WITH c, f, a1, a2, a3
  WITH c, CASE f.a WHEN 'a1' THEN a1 WHEN 'a2' THEN a2 ELSE a3 END AS a
  CREATE (c)-[:REPORTED_IN {start: 0, end: 10}]->(a)
}
CALL {
  WITH c, f, rights, amnesty, president, army
  WITH c, CASE f.by WHEN 'rights' THEN rights WHEN 'amnesty' THEN amnesty WHEN 'president' THEN president
          WHEN 'army' THEN army END AS src
  WHERE src IS NOT NULL
  CREATE (c)-[:CLAIMED_BY]->(src)
}
RETURN count(*)
