#!/usr/bin/env bash
# factgraph import and stats on facts JSONL: counts, idempotence, errors with FILE:LINE:COL,
# exit codes, --strict leaving the old graph byte-identical, stdin and folders.
set -euo pipefail
fg=$1; src=$2
source "$src/tests/e2e/lib.sh"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
seed="$src/examples/seed/nato-russia-council.facts.jsonl"

# the seed facts: the counts the issue asks for and every REPRESENTS of the gold file
"$fg" import -g "$tmp/seed.fg" "$seed" 2>"$tmp/err"
expect_contains "$tmp/err" "rejected 0"
"$fg" stats -g "$tmp/seed.fg" >"$tmp/stats"
awk -F': ' '$1=="Person"{p=$2} $1=="State"{s=$2} $1=="Organization"{o=$2} $1=="Meeting"{m=$2} $1=="REPRESENTS"{r=$2}
  END{exit !(p>=6 && s>=5 && o>=4 && m>=4 && r==6)}' "$tmp/stats" || { cat "$tmp/stats"; fail "seed counts"; }
# stats order: labels, then relationship types, then sources and aliases
head -1 "$tmp/stats" | grep -q '^Meeting: ' || fail "stats must start with the labels"
tail -2 "$tmp/stats" | head -1 | grep -q '^sources: 1$' || fail "sources line"
tail -1 "$tmp/stats" | grep -q '^aliases: ' || fail "aliases line"
"$fg" stats -g "$tmp/seed.fg" --format json >"$tmp/stats.json"
/usr/bin/python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["labels"]["Person"]==6 and d["relationship_types"]["REPRESENTS"]==6, d' "$tmp/stats.json"

# importing the same file again changes nothing, byte for byte; stats never writes
cp "$tmp/seed.fg" "$tmp/before.fg"
"$fg" import -g "$tmp/seed.fg" "$seed" 2>"$tmp/err"
expect_contains "$tmp/err" "graph unchanged"
cmp "$tmp/seed.fg" "$tmp/before.fg" || fail "re-import changed the graph file"
"$fg" stats -g "$tmp/seed.fg" >/dev/null
cmp "$tmp/seed.fg" "$tmp/before.fg" || fail "stats changed the graph file"

# malformed lines: FILE:LINE:COL reasons, good lines imported, exit 1
cat >"$tmp/bad.jsonl" <<'JSONL'
{"type":"entity","label":"Person","name":"Ann Example"}
// a comment line

{"type":"entity","label":"Person"}
{"type":"relation","rel":"REPRESENTS","from":{"label":"State","name":"France"},"to":{"label":"State","name":"Spain"}}
{"type":"entity", "label": "Persn", "name":"X"}
{"type":"entity","label":"Person","name":"Bob Example","sentence":-1}
{not json
{"type":"entity","label":"Person","name":"Cy Example"}
JSONL
expect_code 1 "$fg" import -g "$tmp/bad.fg" "$tmp/bad.jsonl" 2>"$tmp/err"
expect_contains "$tmp/err" "$tmp/bad.jsonl:4:1: missing \"name\""
expect_contains "$tmp/err" "$tmp/bad.jsonl:5:1: REPRESENTS cannot start at a State node: it goes from Person"
expect_contains "$tmp/err" "$tmp/bad.jsonl:6:1: unknown label 'Persn' (did you mean Person?)"
expect_contains "$tmp/err" "$tmp/bad.jsonl:7:56: \"sentence\" must be a non-negative integer"
expect_contains "$tmp/err" "$tmp/bad.jsonl:8:3: invalid JSON"
expect_contains "$tmp/err" "imported 2, rejected 5"
"$fg" stats -g "$tmp/bad.fg" | grep -qx "Person: 2" || fail "good lines of a bad file must be imported"

# --strict: a failure half-way leaves the existing graph byte-identical
cp "$tmp/seed.fg" "$tmp/strict.fg"
cat "$seed" "$tmp/bad.jsonl" >"$tmp/half.jsonl"
expect_code 1 "$fg" import --strict -g "$tmp/strict.fg" "$tmp/half.jsonl" 2>"$tmp/err"
expect_contains "$tmp/err" "was not changed"
cmp "$tmp/strict.fg" "$tmp/seed.fg" || fail "--strict import modified the graph"
expect_code 1 "$fg" import --strict -g "$tmp/new.fg" "$tmp/bad.jsonl" 2>/dev/null
[[ ! -e "$tmp/new.fg" ]] || fail "--strict import created a graph file"

# a line over --max-line-bytes is rejected with its length, the rest still imports
{ echo '{"type":"entity","label":"Place","name":"Vienna"}'; printf '{"type":"entity","label":"Place","name":"%0200d"}\n' 0;
  echo '{"type":"entity","label":"Place","name":"Geneva"}'; } >"$tmp/long.jsonl"
expect_code 1 "$fg" import --max-line-bytes 100 -g "$tmp/long.fg" "$tmp/long.jsonl" 2>"$tmp/err"
expect_contains "$tmp/err" "$tmp/long.jsonl:2:1: line is 243 bytes, over the limit of 100 (raise it with --max-line-bytes)"
expect_contains "$tmp/err" "imported 2, rejected 1"

# stdin and folders (recursive, sorted)
echo '{"type":"entity","label":"Place","name":"Vienna"}' | "$fg" import -g "$tmp/stdin.fg" - 2>/dev/null
"$fg" stats -g "$tmp/stdin.fg" | grep -qx "Place: 1" || fail "stdin import"
mkdir -p "$tmp/dir/b" "$tmp/dir/a"
echo '{"type":"entity","label":"Place","name":"Geneva"}' >"$tmp/dir/b/x.jsonl"
echo '{"type":"entity","label":"Place","name":"Vienna"}' >"$tmp/dir/a/y.jsonl"
echo 'not facts' >"$tmp/dir/a/notes.md"
"$fg" import -g "$tmp/dir.fg" "$tmp/dir" 2>"$tmp/err"
expect_contains "$tmp/err" "imported 2, rejected 0 from 2 files"

# usage errors exit 2; run-time failures exit 1 with a message naming the file
expect_code 2 "$fg" import 2>/dev/null
expect_code 2 "$fg" stats --format xml -g "$tmp/seed.fg" 2>/dev/null
expect_code 2 "$fg" 2>/dev/null
expect_code 1 "$fg" import -g "$tmp/x.fg" "$tmp/missing.jsonl" 2>"$tmp/err"
expect_contains "$tmp/err" "$tmp/missing.jsonl: no such file or folder"
expect_code 1 "$fg" stats -g "$tmp/none.fg" 2>"$tmp/err"
expect_contains "$tmp/err" "$tmp/none.fg: no such graph file"
printf 'this is not a graph\n' >"$tmp/foreign.fg"
expect_code 1 "$fg" stats -g "$tmp/foreign.fg" 2>"$tmp/err"
expect_contains "$tmp/err" "$tmp/foreign.fg: not a factgraph graph file"
cp "$tmp/foreign.fg" "$tmp/foreign.before"
expect_code 1 "$fg" import -g "$tmp/foreign.fg" "$seed" 2>/dev/null
cmp "$tmp/foreign.fg" "$tmp/foreign.before" || fail "import over a foreign file must not replace it"
"$fg" --version | grep -q '^factgraph ' || fail "--version"
# a number no type can hold: a message with its place, not a crash
printf '{"type":"entity","label":"Person","name":"X","age":1e400}\n' >"$tmp/huge.jsonl"
expect_code 1 "$fg" import -g "$tmp/huge.fg" "$tmp/huge.jsonl" 2>"$tmp/err"
expect_contains "$tmp/err" "huge.jsonl:1:1: invalid JSON: number overflow"
echo "import_facts: ok"
