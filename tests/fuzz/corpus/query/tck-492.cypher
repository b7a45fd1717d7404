MATCH (me: Person)--(you: Person)
WITH me.age + you.age AS grp, me.age + you.age + count(*) AS agg
RETURN *
