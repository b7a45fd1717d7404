CREATE (node:Foo:Bar {name: 'Mattias'})
RETURN labels(node)
