#include "query/tck/side_effects.hpp"

#include <algorithm>
#include <iterator>
#include <vector>

#include "query/tck/tck_value.hpp"

namespace fg::query::tck {

GraphSnapshot snapshot(const graph::Graph& g) {
  GraphSnapshot s;
  s.nodes = g.node_count();
  s.relationships = g.edge_count();
  auto add = [&](const std::string& entity, const graph::PropertyMap& pm) {
    for (const auto& [k, v] : pm)
      s.properties.insert(entity + "|" + g.symbol_name(k) + "|" + canonical(from_engine(g, Value::from_graph(v))));
  };
  for (graph::NodeId n = 0; n < g.node_count(); ++n) {
    add("n" + std::to_string(n), g.node_properties(n));
    for (auto l : g.labels(n)) s.labels.insert(g.symbol_name(l));
  }
  for (graph::EdgeId e = 0; e < g.edge_count(); ++e) add("r" + std::to_string(e), g.edge_properties(e));
  return s;
}

std::map<std::string, long long> side_effects(const GraphSnapshot& before, const GraphSnapshot& after) {
  std::map<std::string, long long> out;
  auto count = [&](const std::string& what, std::size_t b, std::size_t a) {
    if (a > b) out["+" + what] = static_cast<long long>(a - b);
    if (b > a) out["-" + what] = static_cast<long long>(b - a);
  };
  count("nodes", before.nodes, after.nodes);
  count("relationships", before.relationships, after.relationships);
  std::vector<std::string> added, removed;
  std::set_difference(after.properties.begin(), after.properties.end(), before.properties.begin(),
                      before.properties.end(), std::back_inserter(added));
  std::set_difference(before.properties.begin(), before.properties.end(), after.properties.begin(),
                      after.properties.end(), std::back_inserter(removed));
  if (!added.empty()) out["+properties"] = static_cast<long long>(added.size());
  if (!removed.empty()) out["-properties"] = static_cast<long long>(removed.size());
  std::vector<std::string> labels_added, labels_removed;
  std::set_difference(after.labels.begin(), after.labels.end(), before.labels.begin(), before.labels.end(),
                      std::back_inserter(labels_added));
  std::set_difference(before.labels.begin(), before.labels.end(), after.labels.begin(), after.labels.end(),
                      std::back_inserter(labels_removed));
  if (!labels_added.empty()) out["+labels"] = static_cast<long long>(labels_added.size());
  if (!labels_removed.empty()) out["-labels"] = static_cast<long long>(labels_removed.size());
  return out;
}

}  // namespace fg::query::tck
