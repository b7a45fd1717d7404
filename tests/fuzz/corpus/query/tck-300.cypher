MATCH (a)
RETURN DISTINCT a.color, count(*)
