WITH <map> AS map
RETURN map.<key> AS result
