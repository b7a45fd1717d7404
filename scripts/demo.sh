#!/usr/bin/env bash
# Command 1 of the README: set up, build, and run the main job on the bundled example: import the
# seed article (raw news text) into a graph, answer the example queries and an English question.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
source "$root/scripts/stage.sh"
fg="$root/build/cli/factgraph"
graph="$root/build/example.fg"

stage "setup" bash "$root/scripts/setup.sh"
stage "build" bash "$root/scripts/build.sh" release
rm -f "$graph"
stage "import examples/seed (the article text)" "$fg" import -g "$graph" "$root/examples/seed/nato-russia-council.txt"
stage "stats" "$fg" stats -g "$graph"
for file in "$root"/examples/queries/*.cypher; do
  echo
  echo "### ${file#$root/}"
  grep '^//' "$file" | head -3 | sed 's|^// *|   |'
  "$fg" query -g "$graph" -f "$file"
done
echo
echo "### factgraph ask \"who represents Russia at which forum?\""
"$fg" ask -g "$graph" "who represents Russia at which forum?"
echo
echo "The graph is $graph; the factgraph binary is $fg."
echo "Try: $fg repl -g $graph"
