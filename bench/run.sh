#!/usr/bin/env bash
# One command for the whole benchmark (docs/benchmarks.md): bench/run.sh [--sizes 100k,1M] [...]
# Builds nothing: set FG_BUILD to the build folder holding cli/factgraph and bench/fg_gen_facts
# (default: build-bench next to this repository's sources).
set -euo pipefail
exec python3 "$(dirname "$0")/run.py" "$@"
