#pragma once
// I/O fault injection for crash-safety tests, driven by the FG_FAULT environment variable:
//   FG_FAULT=enospc@N   the Nth write(2) of a graph file fails with ENOSPC (N counts from 1)
//   FG_FAULT=eio@write  every write fails with EIO;  eio@fsync, eio@rename likewise
// Several specs may be joined with commas. Unset (the normal case), every check is a no-op.
#include <string_view>

namespace fg::graph::fault {

enum class Op { Write, Fsync, Rename };

// Returns the errno to fail `op` with, or 0 to let it run.
int injected_error(Op op);

}  // namespace fg::graph::fault
