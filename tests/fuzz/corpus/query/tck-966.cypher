UNWIND [true, false, null] AS a
UNWIND [true, false, null] AS b
WITH collect((a <comp> b <nullpred>) = (a <comp> (b <nullpred>))) AS eq,
collect((a <comp> b <nullpred>) <> ((a <comp> b) <nullpred>)) AS neq
RETURN all(x IN eq WHERE x) AND any(x IN neq WHERE x) AS result
