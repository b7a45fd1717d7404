// NetworkX node-link JSON (networkx.node_link_data / node_link_graph with their default
// attribute names): {"directed": true, "multigraph": true, "graph": {}, "nodes": [{"id": ...}],
// "links": [{"source", "target", "key", ...}]}. Node data holds `labels` (a list), link data
// `type`; a property named like one of those fields is written as "property_<name>".
#include <nlohmann/json.hpp>

#include "graph/export/export.hpp"
#include "graph/export/json_values.hpp"

namespace fg::graph::exports {

std::string to_node_link_json(const Graph& g, const Selection& s) {
  using nlohmann::ordered_json;
  ordered_json root;
  root["directed"] = true;
  root["multigraph"] = true;
  root["graph"] = ordered_json::object();
  auto nodes = ordered_json::array();
  for (auto n : s.nodes) {
    ordered_json node;
    node["id"] = "n" + std::to_string(n);
    auto labels = ordered_json::array();
    for (auto l : g.labels(n)) labels.push_back(g.symbol_name(l));
    node["labels"] = std::move(labels);
    add_properties(node, g, g.node_properties(n), {"id", "labels"});
    nodes.push_back(std::move(node));
  }
  auto links = ordered_json::array();
  for (auto e : s.edges) {
    ordered_json link;
    link["source"] = "n" + std::to_string(g.source(e));
    link["target"] = "n" + std::to_string(g.target(e));
    link["key"] = "e" + std::to_string(e);
    link["type"] = g.symbol_name(g.edge_type(e));
    add_properties(link, g, g.edge_properties(e), {"source", "target", "key", "type"});
    links.push_back(std::move(link));
  }
  root["nodes"] = std::move(nodes);
  root["links"] = std::move(links);
  return root.dump(1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace fg::graph::exports
