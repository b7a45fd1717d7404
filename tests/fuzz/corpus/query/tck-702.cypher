RETURN [null] IN [[null]] AS res
