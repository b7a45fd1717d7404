#pragma once
// Configures an importer the same way wherever the CLI imports (import, the REPL's :import):
// the article extractor for .txt files and article lines.
#include "importers/importer.hpp"

namespace fg::cli {

void configure_importer(importers::Importer& importer);

}  // namespace fg::cli
