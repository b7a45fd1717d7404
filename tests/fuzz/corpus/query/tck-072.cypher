MATCH (n)-[r]->(n)
RETURN n, r
