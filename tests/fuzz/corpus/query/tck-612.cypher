MATCH (a)
WHERE a<labelexp>
RETURN a
