MATCH <pattern>
RETURN p
