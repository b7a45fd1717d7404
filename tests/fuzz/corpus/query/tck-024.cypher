MATCH (:Root {name: 'x'})-->(i:TextNode)
WHERE i.var > 'te' AND i:TextNode
RETURN i
