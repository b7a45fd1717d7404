UNWIND [1, 2, 0, null, -1] AS x
RETURN min(x)
