RETURN [[1, 2], [1, 3]] = [[1, 2], [null, 'foo']] AS res
