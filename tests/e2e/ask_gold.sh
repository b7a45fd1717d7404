#!/usr/bin/env bash
# factgraph ask, apart from extraction: a graph built from each gold file's own facts
# (tests/tools/gold_to_facts.py) must answer every gold question of that file (gold.md's
# question scoring, 100%). Gold files: the seed's and the development set's.
set -euo pipefail
fg=$1; src=$2
source "$src/tests/e2e/lib.sh"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
: "${FG_SHARED:?FG_SHARED must point at the shared/ folder}"

golds=("$FG_SHARED/seed/gold.json" "$src"/tests/data/articles/*.json)
[[ ${#golds[@]} -ge 2 ]] || fail "no gold files found"
# Two shares of the files run side by side (this is the longest test, and the last to finish when the
# others run in parallel); a share that fails leaves a mark file.
check_share() {  # check_share K: every other gold file, from the K-th
  local k=0 gold name
  for gold in "${golds[@]}"; do
    (( k++ % 2 == $1 )) || continue
    name=$(basename "$gold" .json)
    /usr/bin/python3 "$src/tests/tools/gold_to_facts.py" "$gold" "$tmp/$name.jsonl" || { echo "FAIL: converting $gold"; touch "$tmp/failed"; continue; }
    "$fg" import -q -g "$tmp/$name.fg" "$tmp/$name.jsonl" 2>"$tmp/$name.err" || { cat "$tmp/$name.err"; echo "FAIL: importing $gold"; touch "$tmp/failed"; continue; }
    /usr/bin/python3 "$src/tests/tools/check_ask_gold.py" "$fg" "$tmp/$name.fg" "$gold" "$src/data/states.tsv" >"$tmp/$name.out" || touch "$tmp/failed"
    if grep -q FAIL "$tmp/$name.out"; then cat "$tmp/$name.out"; else tail -1 "$tmp/$name.out"; fi
  done
}
check_share 0 >"$tmp/share0" 2>&1 &
check_share 1 >"$tmp/share1" 2>&1 &
wait
cat "$tmp/share0" "$tmp/share1"
[[ ! -e "$tmp/failed" ]] || fail "some gold questions were not answered"
