MATCH (n)
RETURN cOuNt( * )
