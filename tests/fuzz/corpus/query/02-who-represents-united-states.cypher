// Who represents the United States at which forum? The code "US" resolves to the state node
// through its aliases (factgraph's `{name: ...}` extension).
MATCH (p:Person)-[r:REPRESENTS]->(s:State {name: "US"})
RETURN p.name AS who, r.forum AS forum
ORDER BY who, forum;
