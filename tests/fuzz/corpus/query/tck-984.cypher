RETURN NOT null IS NULL AS a,
NOT (null IS NULL) AS b,
(NOT null) IS NULL AS c
