#!/usr/bin/env bash
# Snapshot benchmark: for each size, generate a synthetic graph (bench's fg_gen_facts), import it,
# then time load / serialize / save (fg_snapshot_bench) and process start to the first anchored
# answer (factgraph query, Q3 of issue 7), warm and, where the kernel lets us drop caches, cold.
#   bench/snapshot/run.sh [BUILD_DIR] [SIZES...]     e.g. bench/snapshot/run.sh build 100000 1000000
# Prints one JSON object per size (and the commands it ran on stderr).
set -euo pipefail
build=${1:-build}; shift || true
sizes=("$@"); ((${#sizes[@]})) || sizes=(100000 1000000)
fg="$build/cli/factgraph"; gen="$build/bench/fg_gen_facts"; sb="$build/bench/snapshot/fg_snapshot_bench"
for b in "$fg" "$gen" "$sb"; do [[ -x $b ]] || { echo "missing $b (build it first)" >&2; exit 1; }; done
work=${FG_BENCH_DIR:-$(mktemp -d)}
mkdir -p "$work"
ms() { date +%s%N; }
for n in "${sizes[@]}"; do
  facts="$work/s$n.jsonl"; graph="$work/s$n.fg"
  [[ -s $facts ]] || "$gen" -n "$n" -q -o "$facts" --params "$facts.params.json"
  if [[ ! -s $graph ]]; then
    t0=$(ms); "$fg" import -g "$graph" "$facts" 2>/dev/null; t1=$(ms)
    import_ms=$(( (t1 - t0) / 1000000 ))
  else
    import_ms=null
  fi
  stats=$("$sb" "$graph" --repeat 3)
  name=$(/usr/bin/python3 -c 'import json,sys; p=json.load(open(sys.argv[1])); print(p["queries"]["Q3"]["name"])' "$facts.params.json" 2>/dev/null || echo "")
  q='MATCH (p:Person {name: $name})-[:HOLDS_ROLE]->(x) RETURN x.name'
  "$fg" query -g "$graph" --param "name=$name" "$q" >/dev/null 2>&1 || true  # warm the page cache
  best=999999
  for i in 1 2 3 4 5; do
    t0=$(ms); "$fg" query -g "$graph" --param "name=$name" --format jsonl "$q" >/dev/null; t1=$(ms)
    d=$(( (t1 - t0) / 1000000 )); (( d < best )) && best=$d
  done
  # CPU seconds (user + sys) of one warm run: meaningful on a machine shared with other jobs
  cpu=$( { /usr/bin/time -f "%U %S" "$fg" query -g "$graph" --param "name=$name" --format jsonl "$q" >/dev/null; } 2>&1 | tail -1 |
        awk '{printf "%d", ($1 + $2) * 1000}')
  cold=null
  if sync && echo 1 >/proc/sys/vm/drop_caches 2>/dev/null; then
    t0=$(ms); "$fg" query -g "$graph" --param "name=$name" --format jsonl "$q" >/dev/null; t1=$(ms)
    cold=$(( (t1 - t0) / 1000000 ))
  fi
  echo "$stats" | /usr/bin/python3 -c '
import json, sys
d = json.load(sys.stdin)
d.update(size=int(sys.argv[1]), import_ms=None if sys.argv[2] == "null" else int(sys.argv[2]),
         first_answer_warm_ms=int(sys.argv[3]), first_answer_cold_ms=None if sys.argv[4] == "null" else int(sys.argv[4]),
         q3_name=sys.argv[5], first_answer_warm_cpu_ms=int(sys.argv[6]))
print(json.dumps(d))' "$n" "$import_ms" "$best" "$cold" "$name" "$cpu"
done
