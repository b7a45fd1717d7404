// Two hops: who attended a meeting that Russia's representatives also attended?
MATCH (ru:Person)-[:REPRESENTS]->(:State {name: "Russia"}),
      (ru)-[:ATTENDS]->(m:Meeting)<-[:ATTENDS]-(other:Person)
RETURN m.name AS meeting, ru.name AS russian_side, collect(DISTINCT other.name) AS met
ORDER BY meeting;
