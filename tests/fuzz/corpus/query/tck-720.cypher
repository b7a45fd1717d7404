RETURN [[]] IN [1, [[]]] AS res
