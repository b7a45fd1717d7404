MATCH (a)
WITH a, a.date AS date
WITH a, date
ORDER BY <sort>
LIMIT 2
RETURN a, date
