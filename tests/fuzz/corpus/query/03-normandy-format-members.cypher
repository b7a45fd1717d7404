// Which states are members of the Normandy format?
MATCH (s:State)-[:MEMBER_OF]->(o:Organization {name: "Normandy format"})
RETURN s.name AS state
ORDER BY state;
