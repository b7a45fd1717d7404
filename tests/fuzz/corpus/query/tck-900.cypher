RETURN $elt IN $coll AS result
