# Sourced by the top-level scripts: `stage NAME COMMAND...` runs a command and prints how long it took.
stage() {
  local name=$1
  shift
  local start=$SECONDS
  echo "== $name"
  "$@"
  echo "== $name: done in $((SECONDS - start)) s"
}
