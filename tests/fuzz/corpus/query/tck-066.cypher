MATCH (a)-[:T|:T]->(b)
RETURN b
