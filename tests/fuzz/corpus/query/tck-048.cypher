MATCH ()-[r]-()
RETURN type(r) AS r
