RETURN {k1#k: 1} AS literal
