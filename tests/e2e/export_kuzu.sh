#!/usr/bin/env bash
# The kuzu export loads into a real Kùzu (npm kuzu@0.11.3, installed here into a cache folder
# beside the build): load.cypher is the only .cypher file, every statement ends in ';', paths are
# relative; node and relationship counts match `stats`; tricky strings, lists and mixed-type
# properties come back exactly. Then the differential test: every query in
# examples/queries/portable/ gives the same rows in factgraph and in Kùzu, on the seed graph and
# on a 10k-relationship synthetic graph.
set -euo pipefail
fg=$1; src=$2
source "$src/tests/e2e/lib.sh"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
tools="$src/tests/export_tools"
py=/usr/bin/python3
command -v node >/dev/null || fail "node missing"
command -v npm >/dev/null || fail "npm missing"

# --- setup: kuzu@0.11.3 in a cache folder (FG_KUZU_CACHE, default: the build folder) ---
build_dir=$(cd "$(dirname "$fg")/.." && pwd)
[[ $build_dir != / && -w $build_dir ]] || build_dir=${TMPDIR:-/tmp}
cache=${FG_KUZU_CACHE:-$build_dir/kuzu-node}
mkdir -p "$cache"
(
  flock 9
  if [[ ! -f "$cache/node_modules/kuzu/package.json" ]] ||
     ! grep -q '"version": "0.11.3"' "$cache/node_modules/kuzu/package.json"; then
    echo "export_kuzu: installing kuzu@0.11.3 into $cache" >&2
    npm install --prefix "$cache" --no-audit --no-fund --loglevel=error kuzu@0.11.3 >&2 ||
      fail "npm install kuzu@0.11.3 failed"
  fi
  if [[ ! -f "$cache/node_modules/kuzu/kuzujs.node" ]]; then
    (cd "$cache/node_modules/kuzu" && node install.js >&2) || fail "kuzu: node install.js failed"
  fi
) 9>"$cache/.lock"
export NODE_PATH="$cache/node_modules"
harness() { node "$tools/kuzu_harness.js" "$@"; }

load_into_kuzu() {  # load_into_kuzu NAME GRAPH: exports, checks the folder, loads, compares counts
  local name=$1 graph=$2 d="$tmp/$1"
  mkdir -p "$d"
  "$fg" export -g "$graph" --format kuzu -o "$d/export" 2>/dev/null || fail "$name: kuzu export"
  [[ "$(cd "$d/export" && ls -- *.cypher)" == "load.cypher" ]] || fail "$name: load.cypher must be the only .cypher file"
  grep -v ';$' "$d/export/load.cypher" && fail "$name: every load.cypher statement must end with ';'"
  grep -q "$d" "$d/export/load.cypher" && fail "$name: load.cypher must use relative paths"
  harness load "$d/export" "$d/db" >"$d/counts.json" 2>"$d/err" || { cat "$d/err" >&2; fail "$name: Kùzu could not load the export"; }
  "$fg" stats -g "$graph" --format json >"$d/stats.json"
  "$py" -c '
import json, sys
k, s = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
assert k["nodes"] == s["nodes"] and k["relationships"] == s["relationships"], (k, s)
' "$d/counts.json" "$d/stats.json" || fail "$name: Kùzu counts differ from stats"
}

# the seed graph and the tricky one (quotes, commas, newlines, non-ASCII, mixed types)
"$fg" import -g "$tmp/seed.fg" "$src/examples/seed/nato-russia-council.facts.jsonl" 2>/dev/null
load_into_kuzu seed "$tmp/seed.fg"
"$fg" import -g "$tmp/tricky.fg" "$src/tests/data/export/tricky.facts.jsonl" 2>/dev/null
load_into_kuzu tricky "$tmp/tricky.fg"
cat >"$tmp/t1.cypher" <<'Q'
MATCH (p:Person)-[r:REPRESENTS]->(s:State) RETURN p.name, p.aliases, p.evidence, p.title, p.rank, r.forum, r.role, r.confidence ORDER BY p.name
Q
cat >"$tmp/t2.cypher" <<'Q'
MATCH (m:Meeting) RETURN m.name, m.score, m.flag ORDER BY m.name
Q
harness query "$tmp/tricky/db" "$tmp/t1.cypher" "$tmp/t2.cypher" >"$tmp/tricky/rows.jsonl"
"$py" - "$tmp/tricky/rows.jsonl" <<'PY' || fail "tricky values in Kùzu"
import json, sys
r1, r2 = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
assert "error" not in r1, r1
assert r1["rows"][0] == ["Ann Plain", None, "Ann Plain arrived.", "Envoy", "senior", "Plain forum", None, 1.0], r1["rows"][0]
assert r1["rows"][1] == ['Zoë "Q" O\'Neil, Jr.', ["Zoe O'Neil", "Z; O|N"], 'Line one,\nline two "quoted" — ünïcödé 中文 😀',
                         "Minister <of> Trade & Industry\\Commerce", "3", 'UN "Security", Council\nsecond line', "a\\b", 0.5], r1["rows"][1]
assert r2["rows"] == [["Plain talks", 2.0, None], ['Talks, "round 2" <Geneva & Bern>', 0.25, True]], r2
PY

# a 10k-relationship synthetic graph: bench's generator when built, else a generated one here
gen=${FG_GEN_FACTS:-$(dirname "$fg")/../bench/fg_gen_facts}
if [[ -x "$gen" ]]; then
  "$gen" -n 10000 -q -o "$tmp/synthetic.jsonl"
else
  "$py" - "$tmp/synthetic.jsonl" <<'PY'
import json, random, sys
rnd = random.Random(7)
out = open(sys.argv[1], "w", encoding="utf-8")
people = [f"Person {i:04d}" for i in range(1500)]
states = ["Russia", "United States"] + [f"State {i:03d}" for i in range(118)]
meetings = [f"Meeting {i:04d}" for i in range(800)]
def rel(t, fl, f, tl, to, props=None):
    out.write(json.dumps({"type": "relation", "rel": t, "from": {"label": fl, "name": f}, "to": {"label": tl, "name": to},
                          "props": props or {}, "source": "synthetic", "sentence": rnd.randrange(50), "evidence": "s"}) + "\n")
seen = set()
while len(seen) < 10000:
    k = rnd.randrange(5); p = rnd.choice(people)
    key = (k, p, rnd.randrange(10**9))
    if k == 0: rel("REPRESENTS", "Person", p, "State", rnd.choice(states), {"forum": rnd.choice(meetings)})
    elif k == 1: rel("ATTENDS", "Person", p, "Meeting", rnd.choice(meetings))
    elif k == 2: rel("MET_WITH", "Person", p, "Person", rnd.choice(people))
    elif k == 3: rel("MEMBER_OF", "State", rnd.choice(states), "Organization", f"Organization {rnd.randrange(40):02d}")
    else: rel("HELD_IN", "Meeting", rnd.choice(meetings), "Place", f"Place {rnd.randrange(200):03d}")
    seen.add(key)
PY
fi
"$fg" import -g "$tmp/synthetic.fg" "$tmp/synthetic.jsonl" 2>/dev/null || true
[[ -s "$tmp/synthetic.fg" ]] || fail "synthetic graph import"
load_into_kuzu synthetic "$tmp/synthetic.fg"

# --- differential test: examples/queries/portable/*.cypher in factgraph and in Kùzu ---
shopt -s nullglob
queries=("$src"/examples/queries/portable/*.cypher)
if ((${#queries[@]} == 0)); then
  echo "export_kuzu: differential test not run: examples/queries/portable/ holds no queries yet" >&2
else
  for name in seed synthetic; do
    graph="$tmp/$name.fg"
    harness query "$tmp/$name/db" "${queries[@]}" >"$tmp/$name/kuzu.jsonl"
    : >"$tmp/$name/fg.jsonl"
    for q in "${queries[@]}"; do
      "$fg" query -g "$graph" --format json "$(cat "$q")" >"$tmp/$name/out.json" 2>"$tmp/$name/qerr" ||
        { cat "$tmp/$name/qerr" >&2; fail "$name: factgraph query $(basename "$q")"; }
      # factgraph's --format json is an array of row objects keyed by column, in RETURN order
      "$py" -c 'import json,sys; d=json.load(open(sys.argv[1])); print(json.dumps({"file": sys.argv[2], "rows": [list(r.values()) for r in d]}))' \
        "$tmp/$name/out.json" "$(basename "$q")" >>"$tmp/$name/fg.jsonl"
    done
    "$py" "$tools/compare_rows.py" "$tmp/$name/fg.jsonl" "$tmp/$name/kuzu.jsonl" "$src/examples/queries/portable" ||
      fail "$name: factgraph and Kùzu disagree"
  done
fi
echo "export_kuzu: ok"
