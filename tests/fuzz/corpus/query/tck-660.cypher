MATCH (n)-->(b)
WHERE n.name IN [x IN labels(b) | toLower(x)]
RETURN b
