MATCH (n), (m) WHERE (n)-[:REL1*]->(m) RETURN n, m
