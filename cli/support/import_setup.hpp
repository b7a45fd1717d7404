#pragma once
// Configures an importer the same way wherever the CLI imports (import, the REPL's :import):
// the article extractor for .txt files and article lines, resolving against graph `g` (split in
// two stages for an importer set to run on several threads).
#include "graph/graph.hpp"
#include "importers/importer.hpp"

namespace fg::cli {

void configure_importer(importers::Importer& importer, graph::Graph& g);

}  // namespace fg::cli
