MATCH p = (n:N)-[r:REL]->()
UNWIND [n, r, p, 1.5, ['list'], 'text', null, false, 0.0 / 0.0, {a: 'map'}] AS types
WITH types
ORDER BY types DESC
LIMIT 5
RETURN types
