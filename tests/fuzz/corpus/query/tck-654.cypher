RETURN range(<start>, <end>, <step>)
