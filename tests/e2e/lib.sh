# Helpers for the end-to-end scripts (sourced, not run by ctest: ctest runs only *.sh files
# that are not lib.sh, see tests/CMakeLists.txt).
fail() { echo "FAIL: $*" >&2; exit 1; }
expect_code() {  # expect_code CODE CMD...: runs CMD, fails unless it exits with CODE
  local want=$1; shift
  local got=0
  "$@" || got=$?
  [[ $got -eq $want ]] || fail "expected exit $want, got $got: $*"
}
expect_contains() {  # expect_contains FILE TEXT
  grep -qF -- "$2" "$1" || { echo "--- $1:" >&2; cat "$1" >&2; fail "expected '$2' in $1"; }
}
expect_not_contains() {
  if grep -qF -- "$2" "$1"; then echo "--- $1:" >&2; cat "$1" >&2; fail "did not expect '$2' in $1"; fi
}
