RETURN [[1, 2], 3] IN [1, [[1, 2], 3]] AS res
