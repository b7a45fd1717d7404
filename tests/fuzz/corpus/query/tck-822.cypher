RETURN [1] AS literal
