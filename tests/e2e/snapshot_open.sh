#!/usr/bin/env bash
# Read-only commands query the snapshot in place (FrozenGraph); the answers are the ones the
# builder gives (--write loads the builder); older files open and upgrade; damaged files are
# refused with a message naming them.
set -euo pipefail
FG=$1
SRC=$2
source "$SRC/tests/e2e/lib.sh"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT

"$FG" import -q -g "$T/g.fg" "$SRC/examples/seed/nato-russia-council.facts.jsonl"
"$FG" snapshot info "$T/g.fg" > "$T/info.txt"
expect_contains "$T/info.txt" "format version: 4"

# every example query: frozen (default) and builder (--write) give the same rows
for q in "$SRC"/examples/queries/*.cypher; do
  "$FG" query -g "$T/g.fg" --format jsonl -f "$q" > "$T/frozen.out"
  "$FG" query -g "$T/g.fg" --write --format jsonl -f "$q" > "$T/builder.out"
  cmp -s "$T/frozen.out" "$T/builder.out" || { diff "$T/frozen.out" "$T/builder.out" >&2 || true; fail "frozen and builder answers differ for $q"; }
  [[ -s "$T/frozen.out" ]] || fail "no rows from $q"
done
# a read-only query never touches the file
before=$(sha256sum < "$T/g.fg")
"$FG" query -g "$T/g.fg" 'MATCH (n) RETURN count(n)' > /dev/null
[[ "$(sha256sum < "$T/g.fg")" == "$before" ]] || fail "a read-only query changed the graph file"
expect_code 1 "$FG" query -g "$T/g.fg" 'CREATE (:Person {name: "X"})' 2> "$T/ro.err"
expect_contains "$T/ro.err" "--write"

# files of older versions answer the same, and upgrade to version 4
for old in 2 3; do
  cp "$SRC/tests/data/snapshot/seed-v$old.fg" "$T/old.fg"
  "$FG" query -g "$T/old.fg" --format csv 'MATCH (p:Person)-[r:REPRESENTS]->(s:State) RETURN p.name, s.name, r.forum ORDER BY p.name, r.forum' > "$T/old.csv"
  "$FG" snapshot upgrade "$T/old.fg" 2> "$T/upgrade.err"
  expect_contains "$T/upgrade.err" "format version $old -> 4"
  "$FG" snapshot info "$T/old.fg" > "$T/info2.txt"
  expect_contains "$T/info2.txt" "format version: 4"
  "$FG" query -g "$T/old.fg" --format csv 'MATCH (p:Person)-[r:REPRESENTS]->(s:State) RETURN p.name, s.name, r.forum ORDER BY p.name, r.forum' > "$T/new.csv"
  cmp -s "$T/old.csv" "$T/new.csv" || fail "answers changed across the upgrade from version $old"
  expect_contains "$T/new.csv" "Alexander Grushko,Russia,NATO-Russia Council"
  "$FG" snapshot upgrade "$T/old.fg" 2> "$T/again.err"
  expect_contains "$T/again.err" "already format version 4"
done

# damaged files: a clear message naming the file, exit 1, for every command that reads it
size=$(stat -c %s "$T/g.fg")
for cut in 0 8 $((size / 3 / 8 * 8)) $((size / 2 / 8 * 8)) $(((size - 64) / 8 * 8)); do
  head -c "$cut" "$T/g.fg" > "$T/bad.fg"
  for cmd in "query -g $T/bad.fg MATCH(n)RETURN(count(n))" "stats -g $T/bad.fg" "ask -g $T/bad.fg who represents Russia?"; do
    code=0
    # shellcheck disable=SC2086
    "$FG" $cmd > /dev/null 2> "$T/bad.err" || code=$?
    [[ $code -eq 1 ]] || fail "expected exit 1 from '$cmd' on a file cut at $cut, got $code"
    expect_contains "$T/bad.err" "$T/bad.fg"
  done
done
echo "ok"
