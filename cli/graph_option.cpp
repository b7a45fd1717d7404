#include "cli/graph_option.hpp"

#include <filesystem>

#include "graph/graph_file.hpp"

namespace fg::cli {

namespace {
bool exists(const std::string& path) {
  std::error_code ec;
  return std::filesystem::exists(path, ec);
}
[[noreturn]] void missing(const std::string& path) {
  throw graph::FileError(path + ": no such graph file (create one with: factgraph import -g " + path + " FILE)");
}
}  // namespace

graph::Graph open_graph(const std::string& path, bool missing_ok) {
  if (!exists(path)) {
    if (missing_ok) return graph::Graph();
    missing(path);
  }
  return graph::load_graph(path);
}

std::unique_ptr<graph::FrozenGraph> open_frozen_graph(const std::string& path) {
  if (!exists(path)) missing(path);
  return graph::FrozenGraph::open(path);
}

}  // namespace fg::cli
