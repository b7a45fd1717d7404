RETURN {k: 1} AS literal
