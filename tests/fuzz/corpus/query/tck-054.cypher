MATCH <pattern>
MATCH ()-[r]-()
RETURN r
