// Fuzzes the facts JSONL importer: parsing every line and merging the facts into a graph, with
// and without the schema, then saving and reloading the graph.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "graph/graph_file.hpp"
#include "importers/importer.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  for (bool extensions : {false, true}) {
    fg::graph::Graph g;
    fg::importers::ImportOptions options;
    options.allow_extensions = extensions;
    fg::importers::Importer importer(g, options, [](const fg::importers::Diagnostic& d) { (void)d.to_string(); });
    importer.import_jsonl(text, "fuzz.jsonl", "fuzz");
    auto bytes = fg::graph::serialize_graph(g);
    auto back = fg::graph::deserialize_graph(bytes, "fuzz.fg");
    if (back.node_count() != g.node_count() || back.edge_count() != g.edge_count()) __builtin_trap();
  }
  return 0;
}
