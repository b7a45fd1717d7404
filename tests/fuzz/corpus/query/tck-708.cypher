RETURN [1, 2] IN [1, [1, 2], null] AS res
