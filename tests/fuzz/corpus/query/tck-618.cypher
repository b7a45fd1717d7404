MATCH ()-[r]->()
RETURN r.missing, r.missingToo, r.existing
