// Portable form of ../01: exact names only, no variable-length patterns; runs unchanged on Kùzu and Neo4j.
MATCH (p:Person)-[r:REPRESENTS]->(s:State)
WHERE s.name = "Russia"
RETURN p.name AS who, r.forum AS forum
ORDER BY who;
