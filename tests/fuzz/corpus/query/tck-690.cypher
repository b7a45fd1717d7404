RETURN [1] IN [1, 2, [1]] AS res
