RETURN "a" AS literal
