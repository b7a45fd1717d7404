CREATE (n {name: 'Apa'})
RETURN n['nam' + 'e'] AS value
