// Portable form of ../02.
MATCH (p:Person)-[r:REPRESENTS]->(s:State)
WHERE s.name = "United States"
RETURN p.name AS who, r.forum AS forum
ORDER BY who, forum;
