RETURN [[1]][0][0]
