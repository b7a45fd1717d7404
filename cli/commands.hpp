#pragma once
// The factgraph subcommands. Each registers its options on the app and returns the function
// that runs it; that function returns the process exit code.
#include <CLI/CLI.hpp>
#include <functional>

namespace fg::cli {

using Command = std::function<int()>;

// Exit codes shared by every subcommand.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;  // bad input, query error, limit, corrupt or locked file, I/O
inline constexpr int kExitUsage = 2;

Command register_import(CLI::App& app);
Command register_stats(CLI::App& app);

}  // namespace fg::cli
