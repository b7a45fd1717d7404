WITH [1, 2, 3, 4, 5] AS list, <idx> AS idx
RETURN list[idx]
