MATCH p = (a:Label1)<--(:Label2)
RETURN p
