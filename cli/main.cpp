// The factgraph executable: one subcommand per file in this folder.
#include <iostream>
#include <map>

#include "cli/commands.hpp"

#ifndef FG_VERSION
#define FG_VERSION "unknown"
#endif

int main(int argc, char** argv) {
  CLI::App app{"factgraph: build a typed, provenance-keeping knowledge graph from news and query it with Cypher"};
  app.set_version_flag("--version", std::string("factgraph ") + FG_VERSION);
  app.require_subcommand(1);
  std::map<std::string, fg::cli::Command> commands = {
      {"import", fg::cli::register_import(app)},
      {"stats", fg::cli::register_stats(app)},
  };
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
