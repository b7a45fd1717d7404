#!/usr/bin/env bash
# The graph file survives everything: SIGKILL at many points of a large import, injected I/O
# faults (FG_FAULT, see graph/fault_injection.hpp), a file size limit, and two concurrent writers.
# After each, the file is the old one byte for byte or the complete new one, and it opens.
set -euo pipefail
fg=$1; src=$2
source "$src/tests/e2e/lib.sh"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

awk 'BEGIN { for (i = 0; i < 60000; i++)
  printf "{\"type\":\"relation\",\"rel\":\"ATTENDS\",\"from\":{\"label\":\"Person\",\"name\":\"Person %d\"},\"to\":{\"label\":\"Meeting\",\"name\":\"Meeting %d\"},\"source\":\"gen\",\"sentence\":%d,\"evidence\":\"Person %d attended meeting %d.\"}\n", i % 9000, i % 3000, i, i % 9000, i % 3000 }' >"$tmp/big.jsonl"
"$fg" import -q -g "$tmp/old.fg" "$src/examples/seed/nato-russia-council.facts.jsonl"

# the complete new graph, and how long the import takes
cp "$tmp/old.fg" "$tmp/new.fg"
start=$(date +%s%N)
"$fg" import -q -g "$tmp/new.fg" "$tmp/big.jsonl"
duration_ms=$(( ($(date +%s%N) - start) / 1000000 ))

# kill_at_points WHAT DURATION_MS FIRST SPAN INPUT CMD...: runs CMD (stdin from INPUT) on a copy of
# the old graph 16 times, killing it with SIGKILL after DURATION_MS * (FIRST + SPAN * i / 16); each
# time the graph must be the old one byte for byte or the complete new one, and open.
kill_at_points() {
  local what=$1 ms=$2 first=$3 span=$4 input=$5; shift 5
  local saw_old=0 saw_new=0 i pid
  for i in $(seq 1 16); do
    cp "$tmp/old.fg" "$tmp/work.fg"
    "$@" <"$input" >/dev/null 2>&1 &
    pid=$!
    sleep "$(awk -v d="$ms" -v f="$first" -v s="$span" -v i="$i" 'BEGIN { printf "%.3f", d * (f + s * i / 16) / 1000 }')"
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    if cmp -s "$tmp/work.fg" "$tmp/old.fg"; then saw_old=$((saw_old + 1))
    elif cmp -s "$tmp/work.fg" "$tmp/new.fg"; then saw_new=$((saw_new + 1))
    else fail "after SIGKILL of $what at point $i the graph is neither the old nor the new one"; fi
    "$fg" stats -g "$tmp/work.fg" >/dev/null || fail "graph does not open after SIGKILL of $what at point $i"
  done
  echo "kill test ($what): $saw_old times the old graph, $saw_new times the new one"
}

# SIGKILL at 16 points spread over the import
kill_at_points import "$duration_ms" 0 "$(awk 'BEGIN { print 16 / 15 }')" /dev/null "$fg" import -q -g "$tmp/work.fg" "$tmp/big.jsonl"

# the same for the REPL: :import then :save, killed at points spread over the whole session, most
# of them in the second half where :save writes (the REPL thaws the graph, merges, then saves)
printf ':import %s\n:save\n' "$tmp/big.jsonl" >"$tmp/repl.in"
cp "$tmp/old.fg" "$tmp/repl.fg"
start=$(date +%s%N)
"$fg" repl -g "$tmp/repl.fg" <"$tmp/repl.in" >/dev/null
repl_ms=$(( ($(date +%s%N) - start) / 1000000 ))
cmp -s "$tmp/repl.fg" "$tmp/new.fg" || fail "the REPL's :import + :save differs from factgraph import"
kill_at_points REPL "$repl_ms" 0.4 0.7 "$tmp/repl.in" "$fg" repl -g "$tmp/work.fg"

# the next successful save cleans up the temporary files killed writers left behind
"$fg" import -q -g "$tmp/work.fg" "$src/examples/seed/nato-russia-council.facts.jsonl" || true
echo '{"type":"entity","label":"Place","name":"Oslo"}' | "$fg" import -q -g "$tmp/work.fg" -
leftovers=$(find "$tmp" -name '.work.fg.tmp-*' | wc -l)
[[ $leftovers -eq 0 ]] || fail "$leftovers stale temporary files left after a successful save"

# injected I/O faults: a clear error, the old graph intact, no temporary file left
for fault in enospc@1 enospc@2 eio@write eio@fsync eio@rename; do
  cp "$tmp/old.fg" "$tmp/fault.fg"
  expect_code 1 env FG_FAULT=$fault "$fg" import -q -g "$tmp/fault.fg" "$tmp/big.jsonl" 2>"$tmp/err"
  case $fault in
    enospc*) expect_contains "$tmp/err" "cannot write: No space left on device" ;;
    eio@write) expect_contains "$tmp/err" "cannot write: Input/output error" ;;
    eio@fsync) expect_contains "$tmp/err" "cannot sync to disk: Input/output error" ;;
    eio@rename) expect_contains "$tmp/err" "cannot replace: Input/output error" ;;
  esac
  cmp "$tmp/fault.fg" "$tmp/old.fg" || fail "FG_FAULT=$fault changed the graph"
  [[ -z $(find "$tmp" -name '.fault.fg.tmp-*') ]] || fail "FG_FAULT=$fault left a temporary file"
done

# a real file size limit (RLIMIT_FSIZE): "File too large", not a crash
cp "$tmp/old.fg" "$tmp/limit.fg"
expect_code 1 bash -c "ulimit -f 2048; exec \"$fg\" import -q -g \"$tmp/limit.fg\" \"$tmp/big.jsonl\"" 2>"$tmp/err"
expect_contains "$tmp/err" "File too large"
cmp "$tmp/limit.fg" "$tmp/old.fg" || fail "a failed save over the size limit changed the graph"

# two writers: the second fails at once naming the holder, or waits with --wait; no lost update
cp "$tmp/old.fg" "$tmp/shared.fg"
"$fg" import -q -g "$tmp/shared.fg" "$tmp/big.jsonl" &
first=$!
for _ in $(seq 1 100); do [[ -s "$tmp/shared.fg.lock" ]] && break; sleep 0.01; done
echo '{"type":"entity","label":"Place","name":"Reykjavik"}' >"$tmp/small.jsonl"
if "$fg" import -q -g "$tmp/shared.fg" "$tmp/small.jsonl" 2>"$tmp/err"; then
  wait "$first"
  fail "a second writer must not get the lock while the first holds it"
fi
expect_contains "$tmp/err" "locked by another factgraph process (pid $first)"
"$fg" import -q --wait -g "$tmp/shared.fg" "$tmp/small.jsonl"
wait "$first"
"$fg" stats -g "$tmp/shared.fg" >"$tmp/stats"
expect_contains "$tmp/stats" "Place: 6"        # the seed's 5 places + Reykjavik
expect_contains "$tmp/stats" "ATTENDS: 9013"   # the seed's 13 + 9000 distinct generated pairs
echo "crash_safety: ok"
