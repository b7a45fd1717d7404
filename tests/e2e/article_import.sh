#!/usr/bin/env bash
# The article importer end to end: eval on the seed and on the development set (thresholds),
# import of .txt articles with --date, the seed's question, cross-article merging without merging
# namesakes, extract --explain, user pattern files, and bad input that never touches the graph.
set -euo pipefail
fg=$1; src=$2
source "$src/tests/e2e/lib.sh"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
shared=${FG_SHARED:-$src/../shared}
py=/usr/bin/python3

# --- eval: the seed (recall 1, precision >= 0.9)
"$fg" eval "$shared/seed" --format json >"$tmp/seed.json"
$py - "$tmp/seed.json" <<'PY' || fail "seed eval below target"
import json, sys
d = json.load(open(sys.argv[1]))
for part in ("entities", "relations"):
    m = d[part]["micro"]
    print(f"seed {part}: P={m['precision']} R={m['recall']} F1={m['f1']}")
    assert m["recall"] == 1.0 and m["precision"] >= 0.9, (part, m)
q = d["questions"]
assert q["total"] == 4 and q["scored"] == 4, q
print(f"seed questions answered through ask: {q['answered']}/{q['scored']}")
assert q["answered"] == 4, q
PY
"$fg" eval "$shared/seed" >"$tmp/seed.txt"
expect_contains "$tmp/seed.txt" "answered      nato-russia-council: who represents Russia at which forum"

# --- eval: the development set, all of it and its splits (tests/data/articles/README.md: 01-12 written
# with the rules, 13-423 held out in batches and later studied, 424 onwards written blind and unread)
"$fg" eval "$src/tests/data/articles" --format json >"$tmp/dev.json"
# Regression floors a little under the measured scores on all 435 (0.90 / 0.75 in the twenty-ninth round, 424-435 unread; issue 4's targets are 0.85 and 0.75).
FG_MIN_ENTITY_F1=${FG_MIN_ENTITY_F1:-0.87} FG_MIN_RELATION_F1=${FG_MIN_RELATION_F1:-0.72} \
$py - "$tmp/dev.json" <<'PY' || fail "development set below the floors"
import json, os, sys
d = json.load(open(sys.argv[1]))
assert len(d["articles"]) >= 18, len(d["articles"])
def micro(arts, part):
    tp = sum(a[part]["tp"] for a in arts); fp = sum(a[part]["fp"] for a in arts); fn = sum(a[part]["fn"] for a in arts)
    p = tp / (tp + fp) if tp + fp else 1.0; r = tp / (tp + fn) if tp + fn else 1.0
    return 2 * p * r / (p + r) if p + r else 0.0
import re
number = lambda a: int(re.match(r"\d+", a["id"]).group())
dev = [a for a in d["articles"] if number(a) < 13]
held = [a for a in d["articles"] if 13 <= number(a) < 424]
blind = [a for a in d["articles"] if number(a) >= 424]
for name, arts in (("all", d["articles"]), ("dev 01-12", dev), ("held-out 13-423", held), ("blind 424+", blind)):
    if not arts: continue
    print(f"{name}: entities F1={micro(arts, 'entities'):.3f} relations F1={micro(arts, 'relations'):.3f}")
assert d["entities"]["micro"]["f1"] >= float(os.environ["FG_MIN_ENTITY_F1"]), d["entities"]["micro"]
assert d["relations"]["micro"]["f1"] >= float(os.environ["FG_MIN_RELATION_F1"]), d["relations"]["micro"]
PY

# --- import: the seed article with --date, then the question of the schema
"$fg" import -g "$tmp/g.fg" "$shared/seed/nato-russia-council.txt" --date 2022-01-11 2>"$tmp/err"
expect_contains "$tmp/err" "rejected 0"
"$fg" stats -g "$tmp/g.fg" --format json >"$tmp/stats.json"
"$fg" export -g "$tmp/g.fg" --format json -o "$tmp/g.json"
$py - "$tmp/g.json" <<'PY' || fail "seed graph"
import json, sys
text = open(sys.argv[1]).read()
d = json.loads(text)
nodes = d.get("nodes", [])
def props(n): return n.get("properties", n)
names = [props(n).get("name") for n in nodes]
assert "Alexander Grushko" in names and "Sergei Riabkov" in names, names
assert "Alexander Grouchko" not in names, "separate Grouchko node"
rels = d.get("relationships", d.get("edges", d.get("links", [])))
by_id = {str(n.get("id")): props(n).get("name") for n in nodes}
found = set()
for r in rels:
    if r.get("type") != "REPRESENTS": continue
    p = r.get("properties", r)
    who = by_id.get(str(r.get("start", r.get("source", r.get("from")))))
    to = by_id.get(str(r.get("end", r.get("target", r.get("to")))))
    if to == "Russia": found.add((who, p.get("forum")))
print(sorted(found))
assert any(w == "Alexander Grushko" and "NATO-Russia Council" in f for w, f in found), found
assert ("Sergei Riabkov", "Geneva talks") in found, found
PY

# --- another outlet: respellings merge into the existing nodes, namesakes stay apart
cat >"$tmp/tass.txt" <<'TXT'
Russia-NATO Council meets in Brussels
date: 2022-01-12

BRUSSELS, January 12. /TASS/. The Russia-NATO Council met on Wednesday at NATO headquarters in Brussels. Russia was represented by Deputy Foreign Minister Alexandre Grushko. Deputy Foreign Minister Sergei Ryabkov said the talks had been difficult.

Ukrainian President Volodymyr Zelenskyy said in Kiev that Ukraine wanted peace. US national security adviser Jake Sullivan spoke in Washington. Senator Dan Sullivan of Alaska criticised the talks.
TXT
"$fg" import -g "$tmp/g.fg" "$tmp/tass.txt" 2>"$tmp/err"
expect_contains "$tmp/err" "rejected 0"
"$fg" export -g "$tmp/g.fg" --format json -o "$tmp/g2.json"
$py - "$tmp/g2.json" <<'PY' || fail "cross-article merging"
import json, sys
d = json.load(open(sys.argv[1]))
nodes = d.get("nodes", [])
def props(n): return n.get("properties", n)
def labels(n): return n.get("labels", [n.get("label")])
people = sorted(props(n)["name"] for n in nodes if "Person" in labels(n))
orgs = sorted(props(n)["name"] for n in nodes if "Organization" in labels(n))
meetings = sorted(props(n)["name"] for n in nodes if "Meeting" in labels(n))
print(people)
assert people.count("Alexander Grushko") == 1 and "Alexandre Grushko" not in people, people
assert "Sergei Ryabkov" not in people, people
assert "Jake Sullivan" in people and "Dan Sullivan" in people, people
assert "Russia-NATO Council" not in orgs, orgs
assert meetings.count("NATO-Russia Council meeting") == 1, meetings
grushko = [props(n) for n in nodes if props(n).get("name") == "Alexander Grushko"][0]
assert "Alexandre Grushko" in grushko.get("aliases", []), grushko
PY

# --- extract: facts JSONL, --explain names the rule, no graph is written
( cd "$tmp" && "$fg" extract "$shared/seed/nato-russia-council.txt" --date 2022-01-11 --explain >"$tmp/facts.jsonl" )
[[ ! -e "$tmp/factgraph.fg" ]] || fail "extract wrote a graph"
grep -q '"rule":"represents.passive"' "$tmp/facts.jsonl" || fail "--explain must name the pattern"
"$fg" extract "$shared/seed/nato-russia-council.txt" --date 2022-01-11 >"$tmp/plain.jsonl"
if grep -q '"rule"' "$tmp/plain.jsonl"; then fail "rules only with --explain"; fi
"$fg" import -g "$tmp/x.fg" "$tmp/facts.jsonl" 2>"$tmp/err"
expect_contains "$tmp/err" "rejected 0"

# --- a user's pattern file adds a construction without recompiling; a bad one is reported
cat >"$tmp/art.txt" <<'TXT'
Envoys meet in Oslo

Foreign Minister Anniken Huitfeldt toasted Foreign Minister Pekka Haavisto in Oslo on Monday to discuss the Arctic.
TXT
"$fg" extract "$tmp/art.txt" --date 2023-05-08 >"$tmp/before.jsonl"
if grep -q MET_WITH "$tmp/before.jsonl"; then fail "no rule for 'toasted' yet"; fi
echo 'relation user.toasted: a=[Person] toasted [Title]? b=[Person] -> MET_WITH a b' >"$tmp/mine.rules"
"$fg" extract "$tmp/art.txt" --date 2023-05-08 --patterns "$tmp/mine.rules" --explain >"$tmp/after.jsonl"
grep -q '"rel":"MET_WITH".*"rule":"user.toasted"' "$tmp/after.jsonl" || { cat "$tmp/after.jsonl"; fail "user pattern"; }
echo 'relation user.bad: a=[Persn] met b=[Person] -> MET_WITH a b' >"$tmp/bad.rules"
expect_code 1 "$fg" extract "$tmp/art.txt" --patterns "$tmp/bad.rules" 2>"$tmp/err"
expect_contains "$tmp/err" "$tmp/bad.rules:1:"
expect_contains "$tmp/err" "unknown label 'Persn'"

# --- bad input: a clear message with its location, exit 1, the graph untouched
cp "$tmp/g.fg" "$tmp/before.fg"
: >"$tmp/empty.txt"
printf 'Headline\n\nSome words here and \xff\xfe more words to fill a body of prose.\n' >"$tmp/utf8.txt"
head -c 4096 /dev/urandom >"$tmp/binary.txt"; printf '\0' >>"$tmp/binary.txt"
$py -c 'import sys; open(sys.argv[1], "w").write("word " * (4 * 1024 * 1024))' "$tmp/huge.txt"
printf 'id,name\n1,2\n3,4\n5,6\n7,8\n9,10\n11,12\n13,14\n15,16\n17,18\n' >"$tmp/table.txt"
for f in empty utf8 binary huge table; do
  expect_code 1 "$fg" import -g "$tmp/g.fg" "$tmp/$f.txt" 2>"$tmp/err.$f"
  expect_contains "$tmp/err.$f" "graph unchanged"
done
expect_contains "$tmp/err.empty" "$tmp/empty.txt: empty article"
expect_contains "$tmp/err.utf8" "$tmp/utf8.txt:3:21: invalid UTF-8 at byte offset 30"
expect_contains "$tmp/err.binary" "binary file"
expect_contains "$tmp/err.huge" "$tmp/huge.txt:1:1: not an article: a line of 20971520 bytes"
expect_contains "$tmp/err.table" "not an article"
cmp "$tmp/g.fg" "$tmp/before.fg" || fail "bad input changed the graph"
echo "article_import: ok"
