// What the graph holds: nodes per label and relationships per type.
MATCH (n)
RETURN labels(n)[0] AS label, count(*) AS nodes
ORDER BY label;
MATCH ()-[r]->()
RETURN type(r) AS type, count(*) AS relationships
ORDER BY type;
