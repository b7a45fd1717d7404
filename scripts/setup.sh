#!/usr/bin/env bash
# Installs the Debian 12 packages factgraph needs to build and test. Idempotent and quick when
# everything is present: it only calls apt-get for packages that are missing.
set -euo pipefail

packages=(
  # toolchain
  g++ clang libclang-rt-14-dev cmake ninja-build pkg-config
  # libraries
  libboost-graph-dev tao-pegtl-dev libcapnp-dev capnproto nlohmann-json3-dev libcli11-dev
  libutf8proc-dev libedit-dev libsimdjson-dev libjemalloc-dev
  # tests: Catch2, the REPL's pseudo-terminal driver, and the real tools exports are checked with
  catch2 python3-pexpect python3-networkx graphviz raptor2-utils time
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

sudo_cmd=()
[[ $(id -u) -eq 0 ]] || sudo_cmd=(sudo)
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}"
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
# Node.js and npm run the Kùzu differential tests and benchmarks. Machines of this kind ship them
# (nodesource); only where they are missing are Debian's packages installed.
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "setup: installing nodejs npm"
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
fi
echo "setup: all ${#packages[@]} packages present"
