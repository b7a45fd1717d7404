RETURN -1E9 AS literal
