#!/usr/bin/env bash
# The REPL: through a pseudo-terminal (pexpect), and reading statements from a pipe.
set -euo pipefail
fg=$1; src=$2
source "$src/tests/e2e/lib.sh"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

/usr/bin/python3 "$src/tests/e2e/repl_pty.py" "$fg" "$src" "$tmp"

# piped input: no prompts, statements and commands run in order, :save writes
"$fg" import -q -g "$tmp/pipe.fg" "$src/examples/seed/nato-russia-council.facts.jsonl"
cat >"$tmp/in.txt" <<'IN'
:format csv
MATCH (p:Person)-[r:REPRESENTS]->(:State {name: "Russia"})
RETURN p.name AS who, r.forum AS forum
ORDER BY who;
CREATE (:Place {name: "Oslo"});
:save
:shema
IN
expect_code 1 "$fg" repl -g "$tmp/pipe.fg" <"$tmp/in.txt" >"$tmp/out.txt" 2>"$tmp/err.txt"
expect_not_contains "$tmp/out.txt" "factgraph>"
expect_contains "$tmp/out.txt" "who,forum"
expect_contains "$tmp/out.txt" "Alexander Grushko,NATO-Russia Council"
expect_contains "$tmp/err.txt" "unknown command :shema (did you mean :schema?)"
"$fg" stats -g "$tmp/pipe.fg" | grep -qx "Place: 6" || fail ":save in piped mode"

# :save refuses when the file changed on disk since the REPL loaded it, and the REPL holds the
# writer's lock while it has unsaved changes
mkfifo "$tmp/fifo"
"$fg" repl -g "$tmp/pipe.fg" <"$tmp/fifo" >"$tmp/out3.txt" 2>"$tmp/err3.txt" &
repl_pid=$!
exec 3>"$tmp/fifo"
echo ":stats" >&3
for _ in $(seq 1 200); do grep -q "nodes:" "$tmp/out3.txt" 2>/dev/null && break; sleep 0.02; done
echo '{"type":"entity","label":"Place","name":"Tromso"}' | "$fg" import -q -g "$tmp/pipe.fg" -
echo 'CREATE (:Place {name: "Bergen"});' >&3
echo ":stats" >&3
for _ in $(seq 1 200); do [[ $(grep -c "nodes:" "$tmp/out3.txt") -ge 2 ]] && break; sleep 0.02; done
expect_code 1 "$fg" import -q -g "$tmp/pipe.fg" "$tmp/in.txt" 2>"$tmp/lock.txt"
expect_contains "$tmp/lock.txt" "locked by another factgraph process (pid $repl_pid)"
echo ":save" >&3
exec 3>&-
wait "$repl_pid" || true
expect_contains "$tmp/err3.txt" "changed on disk since it was loaded"
"$fg" stats -g "$tmp/pipe.fg" | grep -qx "Place: 7" || fail "the concurrent import must survive"
echo "repl: ok"
