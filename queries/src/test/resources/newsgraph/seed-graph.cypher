// A small graph in the shape the ingest writes, with facts of the sample article "Defence minister urges
// large-scale troop deployment in Balochistan" (samples/articles/001_...): shared by ViewsIT and ApiExampleIT.
CREATE (a:Article {id: 'article:1', title: 'Defence minister urges large-scale troop deployment in Balochistan',
                   name: 'Defence minister urges large-scale troop deployment in Balochistan',
                   source: 'The Express Tribune', uri: 'samples/articles/001_bce3815670f48d38.txt',
                   published: date('2026-02-02'),
                   text: 'Defence Minister Khawaja Asif said on Monday that Pakistan needed to deploy large numbers of troops in Balochistan. Asif alleged criminal groups were operating under the banner of the BLA. The BLA claimed responsibility for the attacks in Quetta, in which 17 security personnel were killed.'})
CREATE (p:Person {id: 'person:khawaja-asif', name: 'Khawaja Asif', aliases: ['Asif', 'Khawaja Asif'],
                  titles: ['Defence Minister']})
CREATE (g:Group {id: 'group:baloch-liberation-army', name: 'Baloch Liberation Army', acronym: 'BLA',
                 aliases: ['BLA', 'Baloch Liberation Army']})
CREATE (pti:Party {id: 'party:pakistan-tehreek-e-insaf', name: 'Pakistan Tehreek-e-Insaf', acronym: 'PTI',
                   aliases: ['PTI']})
CREATE (b:Place {id: 'place:balochistan', name: 'Balochistan', aliases: ['Balochistan']})
CREATE (q:Place:District {id: 'place:quetta', name: 'Quetta', aliases: ['Quetta']})-[:LOCATED_IN]->(b)
CREATE (e:Event {id: 'event:attack:2026-01-31:quetta', type: 'attack', name: 'attack in Quetta',
                 date: '2026-01-31', datePrecision: 'day'})-[:OCCURRED_IN]->(q)
CREATE (e)-[:REPORTED_IN {start: 228, end: 245}]->(a), (a)-[:MENTIONS {count: 1}]->(e)
CREATE (a)-[:MENTIONS {count: 2}]->(p), (a)-[:MENTIONS {count: 2}]->(g), (a)-[:MENTIONS {count: 1}]->(b)
CREATE (s:Statement {id: 'statement:1', name: 'Pakistan needed to deploy large numbers',
                     text: 'Pakistan needed to deploy large numbers of troops in Balochistan', quote: false,
                     verb: 'say', date: '2026-02-02'})
CREATE (p)-[:MADE]->(s), (s)-[:REPORTED_IN {start: 50, end: 114}]->(a), (s)-[:ABOUT]->(b)
CREATE (s2:Statement {id: 'statement:2', name: 'criminal groups were operating',
                      text: 'criminal groups were operating under the banner of the BLA', quote: false,
                      verb: 'allege', date: '2026-02-02'})
CREATE (p)-[:MADE]->(s2), (s2)-[:REPORTED_IN {start: 129, end: 187}]->(a), (s2)-[:ABOUT]->(g)
CREATE (c1:Claim {id: 'claim:1', kind: 'casualty', count: 15, category: 'security personnel',
                  outcome: 'killed'})-[:OBJECT]->(e)
CREATE (c2:Claim {id: 'claim:2', kind: 'casualty', count: 17, category: 'security personnel',
                  outcome: 'killed'})-[:OBJECT]->(e)
CREATE (c1)-[:REPORTED_IN {start: 256, end: 258}]->(a), (c2)-[:REPORTED_IN {start: 256, end: 258}]->(a)
CREATE (c2)-[:CLAIMED_BY]->(p), (s)-[:ASSERTS]->(c2)
CREATE (r:Claim {id: 'claim:3', kind: 'responsibility', object: 'the attacks',
                 text: 'The BLA claimed responsibility for the attacks in Quetta'})-[:SUBJECT]->(g)
CREATE (r)-[:REPORTED_IN {start: 189, end: 245}]->(a), (r)-[:OBJECT]->(e), (r)-[:CLAIMED_BY]->(g)
CREATE (al:Claim {id: 'claim:4', kind: 'allegation',
                  text: 'criminal groups were operating under the banner of the BLA'})-[:SUBJECT]->(g)
CREATE (al)-[:CLAIMED_BY]->(p), (al)-[:REPORTED_IN {start: 129, end: 187}]->(a), (s2)-[:ASSERTS]->(al)
CREATE (p)-[:MEMBER_OF {role: 'leader'}]->(pti), (g)-[:PARTICIPATED_IN {role: 'perpetrator'}]->(e)
