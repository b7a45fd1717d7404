MATCH (a {name: 'A'})-[*]->(x)
RETURN x
