RETURN [[[[[[[]]]]]]] AS literal
