MATCH (a:A), (b:B), (c:C)
WITH a, b
WITH a
ORDER BY <sort>
RETURN a
