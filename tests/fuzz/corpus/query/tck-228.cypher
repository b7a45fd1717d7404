MATCH (me: Person)--(you: Person)
RETURN me.age AS age, count(you.age) AS cnt
ORDER BY me.age + count(you.age)
