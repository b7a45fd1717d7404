MATCH (a)
WITH a, a.num AS num
WITH a, num
ORDER BY <sort>
LIMIT 3
RETURN a, num
