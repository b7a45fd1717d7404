// Portable form of ../06.
MATCH (ru:Person)-[:REPRESENTS]->(s:State), (ru)-[:ATTENDS]->(m:Meeting)<-[:ATTENDS]-(other:Person)
WHERE s.name = "Russia"
RETURN m.name AS meeting, ru.name AS russian_side, count(DISTINCT other) AS others
ORDER BY meeting;
