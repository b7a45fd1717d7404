MATCH (n)
WITH n
WHERE n.num = 42
RETURN count(*)
