MATCH (a)
WITH a, a.datetime AS datetime
WITH a, datetime
ORDER BY <sort>
LIMIT 3
RETURN a, datetime
