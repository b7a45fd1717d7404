MATCH (p:Person)
RETURN p.name AS name
LIMIT 1.5
