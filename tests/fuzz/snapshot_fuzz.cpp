// Fuzzes the graph file loader: any bytes are either refused with GraphFileError or load into
// a graph that serializes again.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "graph/graph_file.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  try {
    auto g = fg::graph::deserialize_graph(bytes, "fuzz.fg");
    (void)fg::graph::serialize_graph(g);
  } catch (const fg::graph::GraphFileError&) {
  }
  return 0;
}
