// The factgraph executable: one subcommand per cmd_*.cpp file in this folder.
#include <csignal>
#include <unistd.h>

#include <algorithm>
#include <iostream>
#include <map>

#include "cli/commands.hpp"

#ifndef FG_VERSION
#define FG_VERSION "unknown"
#endif

namespace fg::cli {
std::vector<CommandEntry>& command_registry() {
  static std::vector<CommandEntry> registry;
  return registry;
}
}  // namespace fg::cli

int main(int argc, char** argv) {
  // Over a file size limit (RLIMIT_FSIZE), write(2) then fails with EFBIG and is reported like any
  // other write error, instead of the process being killed by SIGXFSZ half-way through a save.
  std::signal(SIGXFSZ, SIG_IGN);

  // A bare `factgraph` on a terminal opens the REPL on the default graph.
  const char* repl_argv[] = {argv[0], "repl", nullptr};
  if (argc == 1 && ::isatty(STDIN_FILENO) && ::isatty(STDOUT_FILENO)) {
    argc = 2;
    argv = const_cast<char**>(repl_argv);
  }
  CLI::App app{"factgraph: build a typed, provenance-keeping knowledge graph from news and query it with Cypher"};
  app.set_version_flag("--version", std::string("factgraph ") + FG_VERSION);
  app.require_subcommand(1);
  auto entries = fg::cli::command_registry();
  std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
  std::map<std::string, fg::cli::Command> commands;
  for (const auto& e : entries) commands[e.name] = e.factory(app);
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return fg::cli::kExitUsage;
  }
  for (auto* sub : app.get_subcommands()) {
    try {
      return commands.at(sub->get_name())();
    } catch (const std::exception& e) {
      std::cerr << "factgraph " << sub->get_name() << ": " << e.what() << "\n";
      return fg::cli::kExitFailure;
    }
  }
  return fg::cli::kExitUsage;
}
