#!/usr/bin/env bash
# factgraph query: the gold answers on the seed graph, every output format, parameters, scripts
# with FILE:LINE:COL errors, syntax error text, unknown-name warnings, limits, --write, --repeat.
set -euo pipefail
fg=$1; src=$2
source "$src/tests/e2e/lib.sh"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
"$fg" import -g "$tmp/seed.fg" "$src/examples/seed/nato-russia-council.facts.jsonl" 2>/dev/null

# who represents Russia at which forum: exactly the two gold rows
"$fg" query -g "$tmp/seed.fg" --format csv -f "$src/examples/queries/01-who-represents-russia.cypher" >"$tmp/out"
printf 'who,forum\nAlexander Grushko,NATO-Russia Council\nSergei Riabkov,Geneva talks\n' >"$tmp/want"
diff "$tmp/want" "$tmp/out" || fail "who represents Russia"
# the same through an alias and a parameter, as JSON with keys in RETURN order
"$fg" query -g "$tmp/seed.fg" --format json --param 'state=Russian Federation' \
  'MATCH (p:Person)-[r:REPRESENTS]->(:State {name: $state}) RETURN r.forum AS forum, p.name AS who ORDER BY who' >"$tmp/out"
[[ $(cat "$tmp/out") == '[{"forum":"NATO-Russia Council","who":"Alexander Grushko"},{"forum":"Geneva talks","who":"Sergei Riabkov"}]' ]] ||
  { cat "$tmp/out"; fail "json output"; }
# every example query runs
for f in "$src"/examples/queries/*.cypher "$src"/examples/queries/portable/*.cypher; do
  "$fg" query -g "$tmp/seed.fg" -f "$f" >/dev/null 2>"$tmp/err" || { cat "$tmp/err"; fail "example $f"; }
done
# table: boxed, Cypher notation, row count; tsv and jsonl
"$fg" query -g "$tmp/seed.fg" "MATCH (s:State {name: 'RU'}) RETURN s.name AS name, 1.0 AS f" >"$tmp/out"
expect_contains "$tmp/out" "│ Russia │ 1.0 │"
expect_contains "$tmp/out" "1 row"
"$fg" query -g "$tmp/seed.fg" --format tsv "RETURN 'a\tb' AS x, null AS y" >"$tmp/out"
[[ $(sed -n 2p "$tmp/out") == 'a\tb	' ]] || { cat "$tmp/out"; fail "tsv escaping"; }
"$fg" query -g "$tmp/seed.fg" --format jsonl "UNWIND [1, 2] AS x RETURN x" >"$tmp/out"
[[ $(cat "$tmp/out") == $'{"x":1}\n{"x":2}' ]] || fail "jsonl"
"$fg" query -g "$tmp/seed.fg" --format json "MATCH (a:Person {name: 'Grushko'})-[r:REPRESENTS]->(b) RETURN r" >"$tmp/out"
expect_contains "$tmp/out" '"type":"REPRESENTS","start":'

# syntax error: position, source line, caret, human expectation, exit 1
expect_code 1 "$fg" query -g "$tmp/seed.fg" "MATCH (n:Person RETURN n" 2>"$tmp/err"
expect_contains "$tmp/err" "<query>:1:17: expected ')' to close the node pattern"
expect_contains "$tmp/err" "                  ^"
expect_not_contains "$tmp/err" "tao::"
# a script: errors as FILE:LINE:COL of the whole file
printf 'RETURN 1 AS one;\n// a comment\n\nRETURN [1, 2 AS two;\n' >"$tmp/s.cypher"
expect_code 1 "$fg" query -g "$tmp/seed.fg" -f "$tmp/s.cypher" >"$tmp/out" 2>"$tmp/err"
expect_contains "$tmp/err" "s.cypher:4:14: expected"
expect_contains "$tmp/out" "│ 1   │"
# unsupported features are named
expect_code 1 "$fg" query -g "$tmp/seed.fg" "MATCH (n) RETURN n UNION RETURN 1" 2>"$tmp/err"
expect_contains "$tmp/err" "UNION is not supported"
# unknown names: a warning with the nearest known name, no rows, exit 0
"$fg" query -g "$tmp/seed.fg" "MATCH (p:Persn)-[:REPRESENT]->() RETURN p" >"$tmp/out" 2>"$tmp/err"
expect_contains "$tmp/err" "did you mean REPRESENTS?"
expect_contains "$tmp/err" "did you mean :Person?"
expect_contains "$tmp/out" "0 rows"
# limits name the flag that raises them
expect_code 1 "$fg" query -g "$tmp/seed.fg" --max-rows 3 "MATCH (n) RETURN n" 2>"$tmp/err"
expect_contains "$tmp/err" "--max-rows"
expect_code 1 "$fg" query -g "$tmp/seed.fg" --max-hops 1 "MATCH (a)-[*]->(b) RETURN count(*)" 2>"$tmp/err"
expect_contains "$tmp/err" "--max-hops"
# deep nesting is an error, not a crash
expect_code 1 "$fg" query -g "$tmp/seed.fg" "RETURN $(printf '[%.0s' {1..5000})1$(printf ']%.0s' {1..5000})" 2>"$tmp/err"
expect_contains "$tmp/err" "nested deeper"

# writes need --write; without it the file is untouched
cp "$tmp/seed.fg" "$tmp/w.fg"
expect_code 1 "$fg" query -g "$tmp/w.fg" "CREATE (:Person {name: 'Jane Doe'})" 2>"$tmp/err"
expect_contains "$tmp/err" "--write"
cmp -s "$tmp/seed.fg" "$tmp/w.fg" || fail "a refused write changed the graph"
"$fg" query -g "$tmp/w.fg" --write "CREATE (:Person {name: 'Jane Doe'})-[:ATTENDS]->(:Meeting {name: 'Tea'})" 2>"$tmp/err"
expect_contains "$tmp/err" "created 2 nodes, created 1 relationship"
"$fg" query -g "$tmp/w.fg" --format csv "MATCH (:Person {name: 'Jane Doe'})-[:ATTENDS]->(m) RETURN m.name AS m" >"$tmp/out"
[[ $(tail -1 "$tmp/out") == Tea ]] || fail "CREATE was not saved"

# --repeat: the timing line, no rows printed
"$fg" query -g "$tmp/seed.fg" --repeat 3 -f "$src/examples/queries/01-who-represents-russia.cypher" >"$tmp/out" 2>"$tmp/err"
grep -Eq '^timing: min [0-9]+\.[0-9]{3} ms, median [0-9]+\.[0-9]{3} ms, p99 [0-9]+\.[0-9]{3} ms over 3 runs, 2 rows$' "$tmp/err" ||
  { cat "$tmp/err"; fail "timing line"; }
[[ ! -s "$tmp/out" ]] || fail "--repeat printed rows"
# batch files (issue 5): statements and :param/:format commands, labelled results, the error's
# FILE:LINE:COL, --continue-on-error, --output, several -f files
cat >"$tmp/batch.cypher" <<'CYPHER'
// who represents Russia, then the same state through a parameter
MATCH (p:Person)-[r:REPRESENTS]->(:State {name: "Russia"})
RETURN p.name AS who ORDER BY who;
:param state "United States"
MATCH (p:Person)-[:REPRESENTS]->(:State {name: $state})
RETURN DISTINCT p.name AS who ORDER BY who;
RETURN nosuchfunction(1) AS broken;
/* the next statement still runs with --continue-on-error */
RETURN 'after the error' AS status;
CYPHER
expect_code 1 "$fg" query -g "$tmp/seed.fg" -f "$tmp/batch.cypher" >"$tmp/out" 2>"$tmp/err"
expect_contains "$tmp/out" "-- statement 1 ($tmp/batch.cypher line 2)"
expect_contains "$tmp/out" "-- statement 2 ($tmp/batch.cypher line 5)"
expect_contains "$tmp/out" "Julianne Smith"
expect_contains "$tmp/err" "$tmp/batch.cypher:7:8:"
expect_not_contains "$tmp/out" "after the error"
expect_code 1 "$fg" query -g "$tmp/seed.fg" --continue-on-error -f "$tmp/batch.cypher" >"$tmp/out" 2>"$tmp/err"
expect_contains "$tmp/out" "after the error"
expect_contains "$tmp/err" "1 of the statements and commands failed"
sed -i '/nosuchfunction/d' "$tmp/batch.cypher"
"$fg" query -g "$tmp/seed.fg" --continue-on-error -f "$tmp/batch.cypher" >/dev/null 2>&1 || fail "--continue-on-error exits 0 when nothing failed"
"$fg" query -g "$tmp/seed.fg" --format json -o "$tmp/batch.json" -f "$tmp/batch.cypher"
[[ $(wc -l <"$tmp/batch.json") -eq 3 ]] || { cat "$tmp/batch.json"; fail "json: one array per statement, one per line"; }
/usr/bin/python3 -c 'import json,sys; [json.loads(l) for l in open(sys.argv[1])]' "$tmp/batch.json"
"$fg" query -g "$tmp/seed.fg" --format jsonl -f "$tmp/batch.cypher" >"$tmp/out"
expect_contains "$tmp/out" '{"statement":1,"who":"Alexander Grushko"}'
expect_contains "$tmp/out" '{"statement":3,"status":"after the error"}'
"$fg" query -g "$tmp/seed.fg" --format csv -f "$tmp/batch.cypher" >"$tmp/out"
expect_contains "$tmp/out" "who"
expect_contains "$tmp/out" "status"
"$fg" query -g "$tmp/seed.fg" --format tsv -f "$tmp/batch.cypher" >/dev/null
printf ':format csv\nRETURN 1 AS a;\n' >"$tmp/b2.cypher"
"$fg" query -g "$tmp/seed.fg" -f "$tmp/batch.cypher" -f "$tmp/b2.cypher" >"$tmp/out"
expect_contains "$tmp/out" "-- statement 3 ($tmp/batch.cypher line 8)"
[[ $(tail -2 "$tmp/out" | head -1) == a && $(tail -1 "$tmp/out") == 1 ]] || { cat "$tmp/out"; fail ":format in a second file"; }
printf ':import x.jsonl\n' >"$tmp/b3.cypher"
expect_code 1 "$fg" query -g "$tmp/seed.fg" -f "$tmp/b3.cypher" 2>"$tmp/err"
expect_contains "$tmp/err" "$tmp/b3.cypher:1:1: :import works in the REPL only"
# the memory a query may hold: a clear error naming the flag, and the flag raises it
expect_code 1 "$fg" query -g "$tmp/seed.fg" --max-memory 1M 'UNWIND range(1, 300000) AS i RETURN collect(i) AS l' 2>"$tmp/err"
expect_contains "$tmp/err" "--max-memory"
"$fg" query -g "$tmp/seed.fg" --max-memory 0 --format csv 'UNWIND range(1, 300000) AS i RETURN size(collect(i)) AS n' >"$tmp/out"
expect_contains "$tmp/out" "300000"
printf ':set max_memory 1M\nUNWIND range(1, 300000) AS i RETURN i ORDER BY i DESC;\n' >"$tmp/m.cypher"
expect_code 1 "$fg" query -g "$tmp/seed.fg" -f "$tmp/m.cypher" 2>"$tmp/err"
expect_contains "$tmp/err" "max_memory"
echo "query_cli: ok"
