// Which of these article ids are already in the graph (their text is unchanged, so they need no NLP).
MATCH (a:Article)
WHERE a.id IN $ids
RETURN a.id AS id
