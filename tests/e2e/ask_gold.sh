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
failed=0
for gold in "${golds[@]}"; do
  name=$(basename "$gold" .json)
  /usr/bin/python3 "$src/tests/tools/gold_to_facts.py" "$gold" "$tmp/$name.jsonl" || fail "converting $gold"
  "$fg" import -q -g "$tmp/$name.fg" "$tmp/$name.jsonl" 2>"$tmp/err" || { cat "$tmp/err" >&2; fail "importing $gold"; }
  /usr/bin/python3 "$src/tests/tools/check_ask_gold.py" "$fg" "$tmp/$name.fg" "$gold" "$src/data/states.tsv" >"$tmp/out" || failed=1
  if grep -q FAIL "$tmp/out"; then cat "$tmp/out" >&2; else tail -1 "$tmp/out"; fi
done
[[ $failed -eq 0 ]] || fail "some gold questions were not answered"
