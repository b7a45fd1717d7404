#include "cli/support/import_setup.hpp"

namespace fg::cli {

void configure_importer(importers::Importer&) {
  // The article importer (importers/article) registers its extractor here once it exists.
}

}  // namespace fg::cli
