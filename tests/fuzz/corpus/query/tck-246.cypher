MATCH (p:Person)
RETURN p.name AS name
ORDER BY p.name
LIMIT 0
