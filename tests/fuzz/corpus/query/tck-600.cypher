MATCH p = (a)
RETURN labels(p) AS l
