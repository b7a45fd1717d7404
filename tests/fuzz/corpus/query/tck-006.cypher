MATCH (a)-[r]->(b)
WHERE b.name = $param
RETURN r
