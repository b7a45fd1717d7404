MATCH path = (n)-->(m)--(o)--(p)
RETURN path
