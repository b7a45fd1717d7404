// Cytoscape.js elements JSON: {"elements": {"nodes": [{"data": {...}}], "edges": [{"data": {...}}]}}.
// Element ids are "n<node>" and "e<relationship>"; node data has `labels` (a list), edge data
// `source`, `target` and `type`; properties follow in the same object. A property named like one
// of those fields is written as "property_<name>".
#include <nlohmann/json.hpp>

#include "graph/export/export.hpp"
#include "graph/export/json_values.hpp"

namespace fg::graph::exports {

std::string to_cytoscape(const Graph& g, const Selection& s) {
  using nlohmann::ordered_json;
  ordered_json nodes = ordered_json::array(), edges = ordered_json::array();
  for (auto n : s.nodes) {
    ordered_json data;
    data["id"] = "n" + std::to_string(n);
    auto labels = ordered_json::array();
    for (auto l : g.labels(n)) labels.push_back(g.symbol_name(l));
    data["labels"] = std::move(labels);
    add_properties(data, g, g.node_properties(n), {"id", "labels", "parent"});
    nodes.push_back(ordered_json{{"data", std::move(data)}});
  }
  for (auto e : s.edges) {
    ordered_json data;
    data["id"] = "e" + std::to_string(e);
    data["source"] = "n" + std::to_string(g.source(e));
    data["target"] = "n" + std::to_string(g.target(e));
    data["type"] = g.symbol_name(g.edge_type(e));
    add_properties(data, g, g.edge_properties(e), {"id", "source", "target", "type", "parent"});
    edges.push_back(ordered_json{{"data", std::move(data)}});
  }
  ordered_json root;
  root["elements"]["nodes"] = std::move(nodes);
  root["elements"]["edges"] = std::move(edges);
  return root.dump(1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace fg::graph::exports
