#pragma once
// Tab completion for the REPL: keywords, labels, relationship types, property keys, colon
// commands, and entity names inside quotes after `name:`, drawn from the loaded graph.
#include <string>

#include "cli/repl/line_reader.hpp"
#include "graph/graph.hpp"

namespace fg::cli::repl {

// `line` is the whole input up to the cursor (earlier lines of an open statement included).
Completion complete_input(const graph::GraphView& g, const std::string& line);

}  // namespace fg::cli::repl
