RETURN 4 <mult1> 2 <add> 3 <mult2> 2 AS a,
4 <mult1> 2 <add> (3 <mult2> 2) AS b,
4 <mult1> (2 <add> 3) <mult2> 2 AS c
