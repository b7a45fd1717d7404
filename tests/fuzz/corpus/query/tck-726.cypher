RETURN size([[], []] + [[]]) AS l
