RETURN -0o1 AS literal
