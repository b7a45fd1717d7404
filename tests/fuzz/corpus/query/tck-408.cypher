MATCH (a)
WITH DISTINCT a.name AS name
ORDER BY a.name <dir>
LIMIT 1
RETURN *
