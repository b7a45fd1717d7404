#!/usr/bin/env bash
# Command 2 of the README: set up, build (Release and ASan+UBSan) and run the whole test suite.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
source "$root/scripts/stage.sh"
total_start=$SECONDS

stage "setup" bash "$root/scripts/setup.sh"
stage "build release" bash "$root/scripts/build.sh" release
stage "test release" ctest --test-dir "$root/build" --output-on-failure -j "$(nproc)"
stage "build sanitize" bash "$root/scripts/build.sh" sanitize
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export LSAN_OPTIONS=suppressions=$root/tests/lsan.supp:print_suppressions=0
stage "test sanitize" ctest --test-dir "$root/build-sanitize" --output-on-failure -j "$(nproc)"
echo "== all stages: done in $((SECONDS - total_start)) s"
