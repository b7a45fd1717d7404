// Fuzzes both readers of the graph file: any bytes are either refused with GraphFileError or
// load into a graph that serializes again (the builder), and open as a frozen graph whose every
// node, relationship, property, index and name lookup reads without going out of bounds (a
// damaged frozen graph may instead fail a read with GraphFileError).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "graph/frozen_graph.hpp"
#include "graph/graph_file.hpp"

namespace {

void read_everything(const fg::graph::GraphView& g) {
  auto visit = [&](fg::graph::Symbol k, const fg::graph::ValueRef& v) {
    (void)g.symbol_name(k);
    (void)v.to_value();
  };
  for (fg::graph::NodeId n = 0; n < g.node_count(); ++n) {
    for (auto l : g.labels(n)) (void)g.symbol_name(l);
    g.for_each_node_property(n, visit);
    for (const auto& a : g.out_adjacent(n)) g.for_each_edge_property(a.edge, visit);
    for (const auto& a : g.in_adjacent(n)) (void)g.source(a.edge);
  }
  for (auto l : g.labels_in_use()) (void)g.nodes_with_label(l);
  for (auto t : g.edge_types_in_use()) (void)g.edges_with_type(t);
  for (auto mode : {fg::graph::ResolveMode::Strict, fg::graph::ResolveMode::Lenient}) {
    (void)g.resolve_label("Person", "Wendy Sherman", mode);
    (void)g.resolve_label("State", "RU", mode);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  try {
    auto g = fg::graph::deserialize_graph(bytes, "fuzz.fg");
    (void)fg::graph::serialize_graph(g);
  } catch (const fg::graph::GraphFileError&) {
  }
  try {
    auto frozen = fg::graph::FrozenGraph::from_bytes(std::string(bytes), "fuzz.fg");
    read_everything(*frozen);
  } catch (const fg::graph::GraphFileError&) {
  }
  return 0;
}
