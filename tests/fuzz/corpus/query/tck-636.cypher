OPTIONAL MATCH (n:DoesNotExist)
OPTIONAL MATCH (n)-[r:NOT_THERE]->()
RETURN properties(n), properties(r), properties(null)
