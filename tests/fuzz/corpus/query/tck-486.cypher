MATCH (a)-[r1]->(b:X)
WITH a, r1 AS r2, b, count(*) AS c
MATCH (a)-[r2]->(b)
RETURN r2 AS rel
