RETURN [[1, 2], [3, 4]] IN [5, [[1, 2], [3, 4], null]] AS res
