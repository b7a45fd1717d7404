// Who represents Russia at which forum? (gold question 1 of shared/seed/gold.json)
// `{name: "Russia"}` inside a node pattern resolves names and aliases, so "Russian Federation"
// or "RU" would find the same node (factgraph's one extension to openCypher).
MATCH (p:Person)-[r:REPRESENTS]->(s:State {name: "Russia"})
RETURN p.name AS who, r.forum AS forum
ORDER BY who;
