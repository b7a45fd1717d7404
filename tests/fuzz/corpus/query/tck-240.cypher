MATCH (n)
RETURN n
SKIP n.count
