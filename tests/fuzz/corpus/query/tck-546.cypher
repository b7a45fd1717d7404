RETURN NOT true AS nt, NOT false AS nf, NOT null AS nn
