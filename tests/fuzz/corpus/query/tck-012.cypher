MATCH p = (n)-->(x)
WHERE length(p) = 1
RETURN x
