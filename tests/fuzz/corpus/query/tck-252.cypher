MATCH (p:Person)
RETURN p.name AS name
ORDER BY name LIMIT $_limit
