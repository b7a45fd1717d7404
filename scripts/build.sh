#!/usr/bin/env bash
# Configures and builds one flavour of factgraph: `release` (build/) or `sanitize` (build-sanitize/,
# ASan + UBSan). Usage: scripts/build.sh [release|sanitize]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
flavour=${1:-release}
case "$flavour" in
  release) dir="$root/build"; flags=(-DCMAKE_BUILD_TYPE=Release) ;;
  # One clang build with ASan + UBSan serves both the sanitizer test run and the fuzz harnesses.
  # Line tables are all a sanitizer's stack trace needs (file:line); full debug info only slows the build.
  sanitize) dir="$root/build-sanitize"; flags=(-DCMAKE_BUILD_TYPE=RelWithDebInfo -DFG_SANITIZE=ON -DFG_FUZZ=ON
            -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++
            "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O2 -gline-tables-only -DNDEBUG"
            "-DCMAKE_C_FLAGS_RELWITHDEBINFO=-O2 -gline-tables-only -DNDEBUG") ;;
  *) echo "usage: $0 [release|sanitize]" >&2; exit 2 ;;
esac
cmake -S "$root" -B "$dir" -G Ninja "${flags[@]}" >/dev/null
cmake --build "$dir" -j "$(nproc)"
