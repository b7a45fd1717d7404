#pragma once
// The factgraph subcommands. Each cmd_*.cpp file registers itself with FG_REGISTER_COMMAND:
// it adds its subcommand and options to the app and returns the function that runs it, which
// returns the process exit code. main.cpp knows no command by name.
#include <CLI/CLI.hpp>
#include <functional>
#include <string>
#include <vector>

namespace fg::cli {

using Command = std::function<int()>;
using CommandFactory = Command (*)(CLI::App& app);

// Exit codes shared by every subcommand.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;  // bad input, query error, limit, corrupt or locked file, I/O
inline constexpr int kExitUsage = 2;

struct CommandEntry {
  std::string name;
  CommandFactory factory;
};

std::vector<CommandEntry>& command_registry();

struct CommandRegistration {
  CommandRegistration(const char* name, CommandFactory factory) { command_registry().push_back({name, factory}); }
};

}  // namespace fg::cli

#define FG_REGISTER_COMMAND(name, factory) \
  static const ::fg::cli::CommandRegistration fg_command_registration_##factory(name, &factory)
