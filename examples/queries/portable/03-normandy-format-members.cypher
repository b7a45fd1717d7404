// Portable form of ../03.
MATCH (s:State)-[:MEMBER_OF]->(o:Organization)
WHERE o.name = "Normandy format"
RETURN s.name AS state
ORDER BY state;
