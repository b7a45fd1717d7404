// Provenance is plain properties: every fact keeps the articles, sentences and evidence text
// it came from. Here: why do we believe Grushko represents Russia?
MATCH (p:Person {name: "Grushko"})-[r:REPRESENTS]->(s:State)
RETURN p.name AS who, s.name AS state, r.sources AS sources, r.sentences AS sentences, r.evidences AS evidence;
