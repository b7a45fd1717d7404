#pragma once
// The -g/--graph option and opening the graph file it names.
#include <CLI/CLI.hpp>
#include <string>

#include <memory>

#include "graph/frozen_graph.hpp"
#include "graph/graph.hpp"

namespace fg::cli {

inline constexpr const char* kDefaultGraph = "factgraph.fg";

inline CLI::Option* add_graph_option(CLI::App& cmd, std::string& path) {
  path = kDefaultGraph;
  return cmd.add_option("-g,--graph", path, "Graph file")->capture_default_str();
}

// Loads the graph file; a missing file is an error unless `missing_ok`, then an empty graph.
graph::Graph open_graph(const std::string& path, bool missing_ok);
// Opens the graph file read-only, in place (no rebuild); a missing file is an error.
std::unique_ptr<graph::FrozenGraph> open_frozen_graph(const std::string& path);

}  // namespace fg::cli
