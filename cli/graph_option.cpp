#include "cli/graph_option.hpp"

#include <filesystem>

#include "graph/graph_file.hpp"

namespace fg::cli {

graph::Graph open_graph(const std::string& path, bool missing_ok) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) {
    if (missing_ok) return graph::Graph();
    throw graph::FileError(path + ": no such graph file (create one with: factgraph import -g " + path + " FILE)");
  }
  return graph::load_graph(path);
}

}  // namespace fg::cli
