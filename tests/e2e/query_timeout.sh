#!/usr/bin/env bash
# --timeout stops an explosive query promptly: exit 1, a message naming --timeout, and the process
# ends within a second of the deadline.
set -euo pipefail
fg=$1; src=$2
source "$src/tests/e2e/lib.sh"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
# a small dense graph: 60 people who all met each other
/usr/bin/python3 - "$tmp/g.jsonl" <<'PY'
import json, sys
with open(sys.argv[1], "w") as f:
    for i in range(60):
        for j in range(i + 1, 60):
            f.write(json.dumps({"type": "relation", "rel": "MET_WITH", "from": {"label": "Person", "name": f"P{i} X"},
                                "to": {"label": "Person", "name": f"P{j} X"}, "source": "t", "sentence": i}) + "\n")
PY
"$fg" import -q -g "$tmp/g.fg" "$tmp/g.jsonl"
start=$(date +%s%N)
expect_code 1 "$fg" query -g "$tmp/g.fg" --timeout 1 --max-hops 8 \
  "MATCH (a:Person)-[:MET_WITH*8]-(b:Person) RETURN count(*)" 2>"$tmp/err"
elapsed_ms=$(( ($(date +%s%N) - start) / 1000000 ))
expect_contains "$tmp/err" "--timeout"
echo "stopped after ${elapsed_ms} ms with a 1000 ms timeout"
(( elapsed_ms < 2000 )) || fail "the query ran ${elapsed_ms} ms, more than 1 s past its deadline"
echo "query_timeout: ok"
