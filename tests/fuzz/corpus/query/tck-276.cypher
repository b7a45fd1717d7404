MATCH (n)-[r]->(m)
RETURN {node1: n, rel: r, node2: m} AS m
