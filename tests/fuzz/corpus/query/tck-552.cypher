UNWIND [true, false] AS a
UNWIND [true, false] AS b
UNWIND [true, false] AS c
RETURN a, b, c, (a AND (b OR c)) = ((a AND b) OR (a AND c)) AS result
