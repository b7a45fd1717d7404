MATCH (n) WHERE <pattern> RETURN n
