RETURN null IS NULL AS value
