#!/usr/bin/env bash
# Command 1 of the README: set up, build, and run the main job on the bundled example:
# import examples/ into a graph and answer the example queries.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
source "$root/scripts/stage.sh"
fg="$root/build/cli/factgraph"
graph="$root/build/example.fg"

stage "setup" bash "$root/scripts/setup.sh"
stage "build" bash "$root/scripts/build.sh" release
rm -f "$graph"
stage "import examples/seed" "$fg" import -g "$graph" "$root/examples/seed/nato-russia-council.facts.jsonl"
stage "stats" "$fg" stats -g "$graph"
echo
echo "The graph is $graph; the factgraph binary is $fg."
