RETURN 1 + (2 - (3 * (4 / (5 ^ (6 % null))))) AS a
