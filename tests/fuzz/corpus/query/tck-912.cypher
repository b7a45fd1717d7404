MATCH (n) WHERE (n)-[:REL1]-() RETURN n
