// Everything within two relationships of the NATO-Russia Council, in either direction.
MATCH (c:Organization {name: "NATO-Russia Council"})-[*1..2]-(x)
RETURN DISTINCT labels(x)[0] AS kind, x.name AS name
ORDER BY kind, name;
