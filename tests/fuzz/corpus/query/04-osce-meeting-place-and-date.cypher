// Where and when is the OSCE meeting held?
MATCH (m:Meeting {name: "OSCE meeting"})-[:HELD_IN]->(place:Place)
RETURN place.name AS place, m.date AS date;
