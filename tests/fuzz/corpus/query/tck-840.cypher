RETURN {abc: 1} AS literal
