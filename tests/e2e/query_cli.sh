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
expect_contains "$tmp/out" "| Russia | 1.0 |"
expect_contains "$tmp/out" "(1 row)"
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
expect_contains "$tmp/out" "| 1   |"
# unsupported features are named
expect_code 1 "$fg" query -g "$tmp/seed.fg" "MATCH (n) RETURN n UNION RETURN 1" 2>"$tmp/err"
expect_contains "$tmp/err" "UNION is not supported"
# unknown names: a warning with the nearest known name, no rows, exit 0
"$fg" query -g "$tmp/seed.fg" "MATCH (p:Persn)-[:REPRESENT]->() RETURN p" >"$tmp/out" 2>"$tmp/err"
expect_contains "$tmp/err" "did you mean REPRESENTS?"
expect_contains "$tmp/err" "did you mean :Person?"
expect_contains "$tmp/out" "(0 rows)"
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
expect_contains "$tmp/err" "created 2 node(s), 1 relationship(s)"
"$fg" query -g "$tmp/w.fg" --format csv "MATCH (:Person {name: 'Jane Doe'})-[:ATTENDS]->(m) RETURN m.name AS m" >"$tmp/out"
[[ $(tail -1 "$tmp/out") == Tea ]] || fail "CREATE was not saved"

# --repeat: the timing line, no rows printed
"$fg" query -g "$tmp/seed.fg" --repeat 3 -f "$src/examples/queries/01-who-represents-russia.cypher" >"$tmp/out" 2>"$tmp/err"
grep -Eq '^timing: min [0-9]+\.[0-9]{3} ms, median [0-9]+\.[0-9]{3} ms, p99 [0-9]+\.[0-9]{3} ms over 3 runs, 2 rows$' "$tmp/err" ||
  { cat "$tmp/err"; fail "timing line"; }
[[ ! -s "$tmp/out" ]] || fail "--repeat printed rows"
echo "query_cli: ok"
