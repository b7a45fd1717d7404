RETURN false = true IN [true, false] AS a,
false = (true IN [true, false]) AS b,
(false = true) IN [true, false] AS c
