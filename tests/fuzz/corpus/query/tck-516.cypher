MATCH (n)
RETURN percentileDisc(n.price, $param)
