// Portable form of ../05 (the exact name instead of the surname).
MATCH (p:Person)-[r:REPRESENTS]->(s:State)
WHERE p.name = "Alexander Grushko"
RETURN p.name AS who, s.name AS state, r.sources AS sources, r.sentences AS sentences;
