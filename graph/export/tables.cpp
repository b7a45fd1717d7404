#include "graph/export/tables.hpp"

#include "graph/export/text.hpp"
#include "graph/schema.hpp"

namespace fg::graph::exports {

std::string table_label(const Graph& g, NodeId n) {
  auto labels = g.labels(n);
  for (auto l : labels)
    if (Schema::v1().label(g.symbol_name(l))) return g.symbol_name(l);
  return labels.empty() ? std::string(kUnlabelledTable) : g.symbol_name(labels[0]);
}

NodeTables group_nodes(const Graph& g, const Selection& s) {
  std::map<std::string, NodeTable> by_name;
  for (auto n : s.nodes) {
    auto name = table_label(g, n);
    auto& t = by_name[name];
    t.name = name;
    t.nodes.push_back(n);
    if (g.labels(n).size() > 1) t.multi_label = true;
  }
  NodeTables out;
  for (auto& [name, t] : by_name) {
    for (auto n : t.nodes) out.table_of[n] = out.tables.size();
    out.tables.push_back(std::move(t));
  }
  return out;
}

std::map<std::string, std::vector<EdgeId>> group_edges(const Graph& g, const Selection& s) {
  std::map<std::string, std::vector<EdgeId>> out;
  for (auto e : s.edges) out[g.symbol_name(g.edge_type(e))].push_back(e);
  return out;
}

std::string unique_file_name(std::map<std::string, int>& taken, std::string_view prefix, std::string_view name,
                             std::string_view suffix) {
  auto stem = std::string(prefix) + file_stem(name);
  auto candidate = stem + std::string(suffix);
  int& count = taken[candidate];
  if (count++ == 0 && stem == std::string(prefix) + std::string(name)) return candidate;
  for (int i = 2;; ++i) {
    auto numbered = stem + "_" + std::to_string(i) + std::string(suffix);
    if (taken[numbered]++ == 0) return numbered;
  }
}

}  // namespace fg::graph::exports
