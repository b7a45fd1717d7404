// Portable form of ../04.
MATCH (m:Meeting)-[:HELD_IN]->(place:Place)
WHERE m.name = "OSCE meeting"
RETURN place.name AS place, m.date AS date;
