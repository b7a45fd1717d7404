#include "cli/support/import_setup.hpp"

#include "importers/article/extractor.hpp"

namespace fg::cli {

void configure_importer(importers::Importer& importer, graph::Graph& g) {
  importer.set_article_extractor(importers::article::make_extractor(&g));
}

}  // namespace fg::cli
