#!/usr/bin/env bash
# factgraph export checked by the real tools: NetworkX reads the GraphML and node-link JSON with
# the counts of `stats` and the same properties, `dot -Tsvg` renders the DOT, `rapper` parses
# the N-Triples and Turtle with the expected triple count; neo4j CSV structure; escaping of
# quotes, commas, newlines, backslashes, non-ASCII, < and &; usage and output errors.
set -euo pipefail
fg=$1; src=$2
source "$src/tests/e2e/lib.sh"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
tools="$src/tests/export_tools"
py=/usr/bin/python3  # Debian's python, with python3-networkx
for tool in "$py" dot rapper; do command -v "$tool" >/dev/null || fail "$tool missing (scripts/setup.sh installs it)"; done
"$py" -c 'import networkx' || fail "python3-networkx missing (scripts/setup.sh installs it)"

check_graph() {  # check_graph NAME FACTS_FILE
  local name=$1 facts=$2 d="$tmp/$1"
  mkdir -p "$d"
  "$fg" import -g "$d/g.fg" "$facts" 2>/dev/null
  "$fg" stats -g "$d/g.fg" --format json >"$d/stats.json"
  for f in graphml dot cytoscape json ntriples turtle; do
    "$fg" export -g "$d/g.fg" --format $f -o "$d/out.$f" 2>"$d/err" || { cat "$d/err" >&2; fail "$name: export --format $f"; }
  done
  "$py" "$tools/check_networkx.py" "$d/out.graphml" "$d/out.json" "$d/stats.json" >"$d/summary.json" ||
    fail "$name: NetworkX check"
  dot -Tsvg "$d/out.dot" -o "$d/out.svg" 2>"$d/dot.err" || { cat "$d/dot.err" >&2; fail "$name: dot -Tsvg"; }
  [[ ! -s "$d/dot.err" ]] || { cat "$d/dot.err" >&2; fail "$name: dot warnings"; }
  grep -q '<svg' "$d/out.svg" || fail "$name: dot produced no SVG"
  local want
  want=$("$py" "$tools/rdf_expected_triples.py" "$d/out.json")
  for f in ntriples turtle; do
    rapper -i $f -c "$d/out.$f" 2>"$d/rapper.err" || { cat "$d/rapper.err" >&2; fail "$name: rapper $f"; }
    grep -q "returned $want triples" "$d/rapper.err" || { cat "$d/rapper.err" >&2; fail "$name: $f: expected $want triples"; }
  done
  # the two RDF files are the same graph: compare their canonical N-Triples
  rapper -q -i ntriples -o ntriples "$d/out.ntriples" | sed 's/_:[A-Za-z0-9]*/_:b/g' | sort >"$d/a.nt"
  rapper -q -i turtle -o ntriples "$d/out.turtle" | sed 's/_:[A-Za-z0-9]*/_:b/g' | sort >"$d/b.nt"
  cmp -s "$d/a.nt" "$d/b.nt" || fail "$name: N-Triples and Turtle exports differ"
  # Cytoscape.js elements JSON: counts and the element fields it needs
  "$py" - "$d/out.cytoscape" "$d/stats.json" <<'PY' || fail "$name: cytoscape JSON"
import json, sys
c = json.load(open(sys.argv[1], encoding="utf-8")); s = json.load(open(sys.argv[2]))
nodes, edges = c["elements"]["nodes"], c["elements"]["edges"]
assert len(nodes) == s["nodes"] and len(edges) == s["relationships"], (len(nodes), len(edges))
ids = {n["data"]["id"] for n in nodes}
assert len(ids) == len(nodes)
assert all(e["data"]["source"] in ids and e["data"]["target"] in ids and e["data"]["type"] for e in edges)
PY
}

check_graph seed "$src/examples/seed/nato-russia-council.facts.jsonl"
check_graph tricky "$src/tests/data/export/tricky.facts.jsonl"

# the tricky strings come back exactly through NetworkX (both readers)
"$py" - "$tmp/tricky/summary.json" <<'PY' || fail "tricky values"
import json, sys
s = json.load(open(sys.argv[1], encoding="utf-8"))["by_name"]
zoe = s['Zoë "Q" O\'Neil, Jr.']
assert zoe["title"] == "Minister <of> Trade & Industry\\Commerce", zoe["title"]
assert zoe["evidence"] == 'Line one,\nline two "quoted" — ünïcödé 中文 😀', zoe["evidence"]
assert zoe["aliases"] == ["Zoe O'Neil", "Z; O|N"], zoe["aliases"]
assert 'Talks, "round 2" <Geneva & Bern>' in s
PY
# mixed-type key (rank: 3 and "senior") is a string key in GraphML; score (0.25 and 2) is a double
grep -q 'attr.name="rank" attr.type="string"' "$tmp/tricky/out.graphml" || fail "mixed-type key must be string"
grep -q 'attr.name="score" attr.type="double"' "$tmp/tricky/out.graphml" || fail "int+float key must be double"
grep -q 'attr.name="mentions" attr.type="long"' "$tmp/tricky/out.graphml" || fail "integer key must be long"
# non-ASCII: raw UTF-8 in Turtle, \u escapes in N-Triples; check_graph has compared both as parsed
grep -q 'ünïcödé 中文 😀' "$tmp/tricky/out.turtle" || fail "Turtle keeps UTF-8 text"
grep -qF '\u00FCn\u00EFc\u00F6d\u00E9 \u4E2D\u6587 \U0001F600' "$tmp/tricky/out.ntriples" || fail "N-Triples must escape non-ASCII"
# DOT: edges labelled with type and key property
grep -q 'label="REPRESENTS\\nforum: NATO-Russia Council"' "$tmp/seed/out.dot" || fail "DOT edge label"

# neo4j: files, headers, the README command naming every file, array delimiter avoiding ';' and '|'
"$fg" export -g "$tmp/tricky/g.fg" --format neo4j -o "$tmp/neo" 2>/dev/null
[[ -f "$tmp/neo/README.md" ]] || fail "neo4j README"
head -1 "$tmp/neo/nodes_Person.csv" | grep -q '^:ID,:LABEL,aliases:string\[\],' || fail "neo4j node header"
head -1 "$tmp/neo/relationships_REPRESENTS.csv" | grep -q '^:START_ID,:END_ID,:TYPE,' || fail "neo4j rel header"
head -1 "$tmp/neo/nodes_Person.csv" | grep -q ',mentions:int,' || fail "neo4j typed int column"
head -1 "$tmp/neo/nodes_Person.csv" | grep -q ',rank,' || fail "neo4j mixed column must be untyped (string)"
for f in "$tmp"/neo/*.csv; do grep -qF -- "'$(basename "$f")'" "$tmp/neo/README.md" || fail "README misses $f"; done
grep -qF -- "--array-delimiter='^'" "$tmp/neo/README.md" || fail "neo4j array delimiter must avoid ; and |"
"$py" - "$tmp/neo" <<'PY' || fail "neo4j CSVs"
import csv, glob, sys
d = sys.argv[1]
rows = {p: list(csv.reader(open(p, encoding="utf-8", newline=""))) for p in glob.glob(d + "/*.csv")}
people = rows[d + "/nodes_Person.csv"]
h = people[0]
zoe = [r for r in people[1:] if r[h.index("name")].startswith("Zoë")][0]
assert zoe[h.index("aliases:string[]")] == "Zoe O'Neil^Z; O|N", zoe
assert zoe[h.index("evidence")] == 'Line one,\nline two "quoted" — ünïcödé 中文 😀'
assert sum(len(r) - 1 for p, r in rows.items() if "/relationships_" in p) == 5
PY
# re-exporting over an earlier export of the same format replaces it; other folders are refused
"$fg" export -g "$tmp/seed/g.fg" --format neo4j -o "$tmp/neo" 2>/dev/null
[[ -f "$tmp/neo/nodes_Organization.csv" ]] || fail "neo4j re-export did not replace the folder"
mkdir "$tmp/mine" && touch "$tmp/mine/keep.txt"
expect_code 1 "$fg" export -g "$tmp/seed/g.fg" --format kuzu -o "$tmp/mine" 2>"$tmp/err"
expect_contains "$tmp/err" "$tmp/mine: folder exists and is not empty"
[[ -f "$tmp/mine/keep.txt" ]] || fail "a foreign folder was touched"
expect_code 1 "$fg" export -g "$tmp/seed/g.fg" --format graphml -o "$tmp/mine" 2>"$tmp/err"
expect_contains "$tmp/err" "is a folder"

# --query: only the returned nodes, relationships and paths (with relationship endpoints)
g="$tmp/seed/g.fg"
"$fg" export -g "$g" --format json -o "$tmp/q.json" \
  --query 'MATCH (p:Person)-[r:REPRESENTS]->(s:State {name: "Russia"}) RETURN p, r, s' 2>"$tmp/err" ||
  { cat "$tmp/err" >&2; fail "export --query"; }
"$py" - "$tmp/q.json" <<'PY' || fail "--query subgraph"
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
names = sorted(n["name"] for n in d["nodes"])
assert names == ["Alexander Grushko", "Russia", "Sergei Riabkov"], names
assert sorted(l["type"] for l in d["links"]) == ["REPRESENTS", "REPRESENTS"], d["links"]
PY
"$fg" export -g "$g" --format json -o "$tmp/q2.json" --query 'MATCH (p:Person)-[r:REPRESENTS]->(:State {name: "Russia"}) RETURN r' 2>/dev/null
"$py" -c 'import json,sys; d=json.load(open(sys.argv[1])); assert len(d["nodes"]) == 3 and len(d["links"]) == 2, d' "$tmp/q2.json" ||
  fail "--query returning relationships must bring their endpoints"
"$fg" export -g "$g" --format graphml -o "$tmp/q3.graphml" \
  --query 'MATCH path = (:Person {name: "Wendy Sherman"})-[:ATTENDS]->(:Meeting)-[:HELD_IN]->(:Place) RETURN path' 2>/dev/null
"$py" -c '
import networkx as nx, sys
g = nx.read_graphml(sys.argv[1])
types = sorted(d["type"] for _, _, d in g.edges(data=True))
assert g.number_of_edges() >= 2 and set(types) == {"ATTENDS", "HELD_IN"}, types
' "$tmp/q3.graphml" || fail "--query returning paths"
expect_code 1 "$fg" export -g "$g" --format dot -o "$tmp/x.dot" --query 'MATCH (p:Person) RETURN p.name' 2>"$tmp/err"
expect_contains "$tmp/err" "the query returns no nodes, relationships or paths"
expect_code 1 "$fg" export -g "$g" --format dot -o "$tmp/x.dot" --query 'MATCH (p:Person RETURN p' 2>"$tmp/err"
expect_contains "$tmp/err" "--query:1:"
expect_code 1 "$fg" export -g "$g" --format dot -o "$tmp/x.dot" --query 'CREATE (:Person {name: "X"}) RETURN 1' 2>/dev/null
[[ ! -e "$tmp/x.dot" ]] || fail "a failed --query export must not write the output"

# usage errors exit 2; a missing graph exits 1; export never modifies the graph
cp "$tmp/seed/g.fg" "$tmp/before.fg"
expect_code 2 "$fg" export -g "$tmp/seed/g.fg" --format xml -o "$tmp/x" 2>/dev/null
expect_code 2 "$fg" export -g "$tmp/seed/g.fg" -o "$tmp/x" 2>/dev/null
expect_code 2 "$fg" export -g "$tmp/seed/g.fg" --format dot 2>/dev/null
expect_code 1 "$fg" export -g "$tmp/none.fg" --format dot -o "$tmp/x.dot" 2>"$tmp/err"
expect_contains "$tmp/err" "$tmp/none.fg: no such graph file"
cmp "$tmp/seed/g.fg" "$tmp/before.fg" || fail "export changed the graph file"
echo "export_formats: ok"
