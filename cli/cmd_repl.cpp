// factgraph repl [-g GRAPH]: the interactive shell (also what a bare `factgraph` opens on a terminal).
#include <unistd.h>

#include <iostream>

#include "cli/commands.hpp"
#include "cli/graph_option.hpp"
#include "cli/repl/session.hpp"

namespace fg::cli {

namespace {
struct ReplArgs {
  std::string graph;
};

Command register_repl(CLI::App& app) {
  auto args = std::make_shared<ReplArgs>();
  auto* cmd = app.add_subcommand("repl", "Interactive shell: Cypher statements, questions and :commands (:help)");
  add_graph_option(*cmd, args->graph);
  return [args] {
    bool interactive = ::isatty(STDIN_FILENO) == 1;
    repl::Session session(args->graph, interactive, std::cout, std::cerr);
    return session.run();
  };
}
}  // namespace

FG_REGISTER_COMMAND("repl", register_repl);

}  // namespace fg::cli
