WITH [1, 2, 3] AS list
RETURN list[$from..$to] AS r
