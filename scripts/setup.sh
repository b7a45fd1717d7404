#!/usr/bin/env bash
# Installs the Debian 12 packages factgraph needs to build and test. Idempotent and quick when
# everything is present: it only calls apt-get for packages that are missing.
set -euo pipefail

packages=(
  # toolchain
  g++ clang libclang-rt-14-dev cmake ninja-build pkg-config
  # libraries
  libboost-graph-dev tao-pegtl-dev libcapnp-dev capnproto nlohmann-json3-dev libcli11-dev
  libutf8proc-dev libedit-dev
  # tests
  catch2 python3-pexpect
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}"
  sudo_cmd=()
  [[ $(id -u) -eq 0 ]] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
echo "setup: all ${#packages[@]} packages present"
