MATCH (n)
WHERE 'a' <= n.name <= 'c'
RETURN n.name
