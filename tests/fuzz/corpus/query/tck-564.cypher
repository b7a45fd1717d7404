RETURN <lhs> = <rhs> AS result
