#!/usr/bin/env bash
# The benchmark generator bench/gen (fg_gen_facts): same seed -> same bytes, every line imports
# with --strict, the graph has exactly the requested relationships and the params file's names,
# article text in gold.md's format, and clear errors for bad options and data files.
set -euo pipefail
fg=$1; src=$2
source "$src/tests/e2e/lib.sh"
gen="$(dirname "$(dirname "$fg")")/bench/fg_gen_facts"
[[ -x "$gen" ]] || fail "$gen not built (configure with -DFG_BUILD_BENCH=ON and build fg_gen_facts)"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

# determinism: the same seed gives the same bytes, another seed other bytes
"$gen" -n 3000 --seed 7 -o "$tmp/a.jsonl" -q
"$gen" -n 3000 --seed 7 -o "$tmp/b.jsonl" --params "$tmp/b.params.json" -q
cmp "$tmp/a.jsonl" "$tmp/b.jsonl" || fail "same seed, different facts"
cmp <(sed '/"facts"/d' "$tmp/a.jsonl.params.json") <(sed '/"facts"/d' "$tmp/b.params.json") || fail "same seed, different params"
"$gen" -n 3000 --seed 8 -o "$tmp/c.jsonl" -q
if cmp -s "$tmp/a.jsonl" "$tmp/c.jsonl"; then fail "another seed gave the same facts"; fi

# schema validity: every line imports with --strict; the graph holds exactly what params promise
"$fg" import --strict -g "$tmp/g.fg" "$tmp/a.jsonl" 2>"$tmp/err" || { cat "$tmp/err" >&2; fail "strict import"; }
expect_contains "$tmp/err" "rejected 0"
"$fg" stats -g "$tmp/g.fg" --format json >"$tmp/stats.json"
/usr/bin/python3 - "$tmp/stats.json" "$tmp/a.jsonl.params.json" "$tmp/a.jsonl" <<'PY' || fail "graph does not match the params file"
import json, sys
stats, params = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
types = stats["relationship_types"]
assert sum(types.values()) == 3000 == params["relationships"], types
assert types == params["relationship_types"], (types, params["relationship_types"])
for t in ["REPRESENTS", "HOLDS_ROLE", "ATTENDS", "MEMBER_OF", "HELD_IN", "CONVENED_BY", "MET_WITH", "LOCATED_IN", "STATED"]:
    assert types.get(t, 0) > 0, f"no {t}"
for label, n in params["nodes"].items():
    if label != "total":
        assert stats["labels"][label] == n, (label, stats["labels"][label], n)
q = params["queries"]
names = {}
relations = 0
for line in open(sys.argv[3]):
    if line.startswith("//"):
        continue
    o = json.loads(line)
    if o["type"] == "entity":
        names.setdefault(o["label"], set()).add(o["name"])
    else:
        relations += 1
        for key in ("source", "sentence", "evidence", "confidence"):
            assert key in o, f"relation without {key}: {line}"
        assert 0 <= o["confidence"] <= 1
assert relations == 3000
assert q["Q1"]["state"] == "Russia" and "Russia" in names["State"]
assert q["Q3"]["name"] in names["Person"] and q["Q6"]["name"] in names["Person"]
assert q["Q3"]["expected_rows"] >= 1 and q["Q6"]["met_with"] >= 1
assert q["Q6"]["expected_count"] >= q["Q6"]["met_with"] or q["Q6"]["expected_count"] >= 1
assert q["Q5"]["expected_count"] == sum(1 for n in names["Person"] if n.startswith("A"))
PY

# articles: gold.md's .txt format, deterministic
"$gen" -n 3000 --seed 7 --articles "$tmp/art1" --mb 0.05 -q
"$gen" -n 3000 --seed 7 --articles "$tmp/art2" --mb 0.05 -q
diff -r "$tmp/art1" "$tmp/art2" >/dev/null || fail "same seed, different articles"
n=$(find "$tmp/art1" -name '*.txt' | wc -l)
(( n >= 10 )) || fail "expected at least 10 articles, got $n"
for f in $(find "$tmp/art1" -name '*.txt' | sort | head -5); do
  sed -n 2p "$f" | grep -Eq '^date: [0-9]{4}-[0-9]{2}-[0-9]{2}$' || fail "$f: second line must be the date header"
  [[ -n "$(sed -n 1p "$f")" ]] || fail "$f: no headline"
  awk 'NR>2 && $0=="" {blank=1} blank && NF {body=1} END {exit !body}' "$f" || fail "$f: no body after a blank line"
done

# bad options exit 2, bad data files exit 1 naming FILE:LINE
expect_code 2 "$gen" -n 3000 2>/dev/null
expect_code 2 "$gen" -n 10 -o "$tmp/x.jsonl" 2>/dev/null
expect_code 2 "$gen" -n 3000 -o "$tmp/x.jsonl" --data-dir "$tmp/missing" 2>/dev/null
mkdir "$tmp/data"
printf '# name\tiso2\tkind\tweight\nGeneva\tCH\n' >"$tmp/data/places.tsv"
expect_code 1 "$gen" -n 3000 -o "$tmp/x.jsonl" --data-dir "$tmp/data" 2>"$tmp/err"
expect_contains "$tmp/err" "places.tsv:2: expected 4 tab-separated columns, found 2"
expect_code 1 "$gen" -n 3000 -o "$tmp/x.jsonl" --q1-state Atlantis 2>"$tmp/err"
expect_contains "$tmp/err" "'Atlantis' is not among the generated states"
echo "bench_generator: ok"
