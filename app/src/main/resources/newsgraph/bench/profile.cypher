// Per-article averages of an ingested graph: what SyntheticNews.Profile copies (run once on the real corpus).
MATCH (a:Article)
WITH count(a) AS articles, avg(size(a.text)) AS textChars
OPTIONAL MATCH (:Article)-[m:MENTIONS]->(e) WHERE NOT e:Event
WITH articles, textChars, count(m) AS mentions, avg(m.count) AS mentionsPerEntity
CALL { MATCH (s:Statement) RETURN count(s) AS statements }
CALL { MATCH (:Statement)-[r:ABOUT]->() RETURN count(r) AS about }
CALL { MATCH (c:Claim) RETURN count(c) AS claims }
CALL { MATCH (:Event)-[r:REPORTED_IN]->() RETURN count(r) AS eventReports }
CALL { MATCH (e:Event) RETURN count(e) AS events }
CALL { MATCH ()-[r:PARTICIPATED_IN]->() RETURN count(r) AS participants }
CALL { MATCH ()-[r:MEMBER_OF]->() RETURN count(r) AS memberOf }
CALL { MATCH (n) WHERE n:Person OR n:Party OR n:Group OR n:Organisation OR n:Place RETURN count(n) AS entities }
CALL { MATCH (n) WHERE (n:Person OR n:Party OR n:Group OR n:Organisation OR n:Place)
       AND COUNT { (n)<-[:MENTIONS]-(:Article) } = 1 RETURN count(n) AS seenOnce }
RETURN articles, textChars, 1.0 * mentions / articles AS entitiesPerArticle, mentionsPerEntity,
       1.0 * statements / articles AS statementsPerArticle, 1.0 * about / CASE statements WHEN 0 THEN 1 ELSE statements END AS aboutPerStatement,
       1.0 * claims / articles AS claimsPerArticle, 1.0 * eventReports / articles AS eventsPerArticle,
       1.0 * participants / CASE events WHEN 0 THEN 1 ELSE events END AS participantsPerEvent, 1.0 * memberOf / articles AS memberOfPerArticle,
       entities, 1.0 * seenOnce / CASE entities WHEN 0 THEN 1 ELSE entities END AS seenOnceShare
