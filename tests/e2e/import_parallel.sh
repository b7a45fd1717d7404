#!/usr/bin/env bash
# factgraph import --threads N: the graph file, the diagnostics and the exit code are exactly
# those of a 1-thread import, for facts JSONL (generated and hand-written, with bad lines),
# article lines, folders of .txt articles and mixed inputs; --strict and unreadable inputs too.
set -euo pipefail
fg=$1; src=$2
source "$src/tests/e2e/lib.sh"
gen="$(dirname "$(dirname "$fg")")/bench/fg_gen_facts"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
seed="$src/examples/seed/nato-russia-council.facts.jsonl"

# A starting graph (its creation time is kept by later saves, so copies of it compare byte for byte).
echo '{"type":"entity","label":"Place","name":"Vienna"}' >"$tmp/start.jsonl"
"$fg" import -q -g "$tmp/start.fg" "$tmp/start.jsonl"

# compare NAME ARGS...: imports ARGS into copies of the start graph with 1, 2 and 3 threads; the
# graph files, stderr and exit codes must all be the same.
compare() {
  local name=$1; shift
  local t code ref_code=
  for t in 1 2 3; do
    cp "$tmp/start.fg" "$tmp/$name.$t.fg"
    code=0
    "$fg" import --threads "$t" -g "$tmp/$name.$t.fg" "$@" 2>"$tmp/$name.$t.err" || code=$?
    sed -i "s|$tmp/$name.$t.fg|GRAPH|" "$tmp/$name.$t.err"
    if [[ $t == 1 ]]; then
      ref_code=$code
    else
      [[ $code == "$ref_code" ]] || fail "$name: exit $code with $t threads, $ref_code with 1"
      cmp "$tmp/$name.1.fg" "$tmp/$name.$t.fg" || fail "$name: graph differs between 1 and $t threads"
      diff "$tmp/$name.1.err" "$tmp/$name.$t.err" || fail "$name: diagnostics differ between 1 and $t threads"
    fi
  done
}

# hand-written facts with every kind of line, some bad, some over the length limit
{
  cat "$seed"
  echo '// a comment'
  echo ''
  echo '{"type":"entity","label":"Person"}'
  echo '{"type":"entity","label":"Persn","name":"X"}'
  echo '{not json'
  echo '{"type":"relation","rel":"REPRESENTS","from":{"label":"Person","name":"Ann Example"},"to":{"label":"State","name":"France"},"props":{"forum":"OSCE","n":[1,2.5,"x",null,true]},"confidence":0.5}'
  echo '{"type":"entity","label":"Person","name":"Ann Example","aliases":["A. Example"],"props":{"title":"Envoy","b":1,"b":2}}'
  echo '{"type":"entity","label":"Person","name":"Zo\u00eb Example","source":"esc"}'
  printf '{"type":"entity","label":"Place","name":"%0300d"}\n' 0
  echo '{"type":"article","id":"inline","text":"Talks in Geneva\n\nRussian Foreign Minister Sergei Lavrov met U.S. Secretary of State Antony Blinken in Geneva on Friday. Lavrov said the talks were useful."}'
} >"$tmp/mixed.jsonl"
compare mixed --max-line-bytes 250 "$tmp/mixed.jsonl"
expect_contains "$tmp/mixed.1.err" "mixed.jsonl:"
expect_contains "$tmp/mixed.1.err" "over the limit of 250"

# many batches: a generated graph, imported twice (the second time merges into what is there)
if [[ -x "$gen" ]]; then
  "$gen" -n 12000 --seed 5 -o "$tmp/gen.jsonl" -q
  compare generated "$tmp/gen.jsonl" "$tmp/gen.jsonl"
  expect_contains "$tmp/generated.1.err" "rejected 0"
  # articles: a folder of .txt files, with the seed article and facts in the same run
  "$gen" -n 3000 --seed 5 --articles "$tmp/articles" --mb 0.2 -q
  cp "$src/examples/seed/nato-russia-council.txt" "$tmp/articles/"
  echo "not an article" >"$tmp/articles/zz-bad.txt"
  compare articles "$tmp/articles" "$seed"
  expect_contains "$tmp/articles.1.err" "zz-bad.txt"
  [[ $(find "$tmp/articles" -name '*.txt' | wc -l) -gt 40 ]] || fail "too few generated articles"
fi

# --strict: refused as with one thread, the graph left as it was
cp "$tmp/start.fg" "$tmp/strict.fg"
expect_code 1 "$fg" import --strict --threads 2 -g "$tmp/strict.fg" "$seed" "$tmp/mixed.jsonl" 2>"$tmp/err"
expect_contains "$tmp/err" "was not changed"
cmp "$tmp/strict.fg" "$tmp/start.fg" || fail "--strict --threads 2 modified the graph"

# an unreadable input after good ones: the same message and exit code, nothing saved
compare missing "$seed" "$tmp/mixed.jsonl" "$tmp/not-there.jsonl"
expect_contains "$tmp/missing.1.err" "not-there.jsonl"
expect_code 2 "$fg" import --threads 0 -g "$tmp/x.fg" "$seed" 2>/dev/null
"$fg" import --help | grep -q -- "--threads" || fail "--threads missing from the help"
echo "import_parallel: ok"
