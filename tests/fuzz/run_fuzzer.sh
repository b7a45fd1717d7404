#!/usr/bin/env bash
# run_fuzzer.sh replay|SECONDS FUZZER CORPUS_DIR [DICT]
#   replay:  runs every committed corpus input once (a regression test for past crashes)
#   SECONDS: fuzzes for that long, starting from the corpus, writing new inputs to a temp folder
# A crash makes libFuzzer exit non-zero and write the input (crash-*) to the working folder.
set -euo pipefail
mode=$1; fuzzer=$2; corpus=$3; dict=${4:-}
args=(-rss_limit_mb=2048 -timeout=10 -max_len=65536)
[[ -n $dict && -f $dict ]] && args+=(-dict="$dict")
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
cd "$work"
if [[ $mode == replay ]]; then
  exec "$fuzzer" "${args[@]}" -runs=0 "$corpus"
fi
mkdir new
"$fuzzer" "${args[@]}" -max_total_time="$mode" -print_final_stats=1 new "$corpus" 2>&1 | tail -20
