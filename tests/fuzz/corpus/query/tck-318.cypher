MATCH (me: Person)--(you: Person)
WITH me.age AS age, you
RETURN age, age + count(you.age)
