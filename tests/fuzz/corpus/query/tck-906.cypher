MATCH (n)
RETURN length(n)
