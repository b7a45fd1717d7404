MATCH (n)
RETURN [(n)-[:T]->(b) | b.name] AS list
