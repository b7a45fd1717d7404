MATCH (a:L)-[rel]->(b)
RETURN a, count(*)
