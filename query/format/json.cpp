// JSON and JSON lines output; keys follow the RETURN order (ordered_json).
#include <cmath>

#include "query/format/result_writers.hpp"

namespace fg::query {

namespace {
nlohmann::ordered_json props_json(const graph::Graph& g, const graph::PropertyMap& pm) {
  std::vector<std::pair<std::string, const graph::Value*>> items;
  for (const auto& [k, v] : pm) items.emplace_back(g.symbol_name(k), &v);
  std::sort(items.begin(), items.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  auto out = nlohmann::ordered_json::object();
  for (const auto& [k, v] : items) out[k] = to_json(g, Value::from_graph(*v));
  return out;
}

nlohmann::ordered_json node_json(const graph::Graph& g, graph::NodeId n) {
  nlohmann::ordered_json j;
  j["id"] = n;
  auto labels = nlohmann::ordered_json::array();
  for (auto l : g.labels(n)) labels.push_back(g.symbol_name(l));
  j["labels"] = labels;
  j["properties"] = props_json(g, g.node_properties(n));
  return j;
}

nlohmann::ordered_json rel_json(const graph::Graph& g, graph::EdgeId e) {
  nlohmann::ordered_json j;
  j["id"] = e;
  j["type"] = g.symbol_name(g.edge_type(e));
  j["start"] = g.source(e);
  j["end"] = g.target(e);
  j["properties"] = props_json(g, g.edge_properties(e));
  return j;
}

nlohmann::ordered_json row_json(const graph::Graph& g, const QueryResult& r, const std::vector<Value>& row) {
  auto obj = nlohmann::ordered_json::object();
  for (std::size_t i = 0; i < r.columns.size(); ++i) obj[r.columns[i]] = to_json(g, row[i]);
  return obj;
}
}  // namespace

nlohmann::ordered_json to_json(const graph::Graph& g, const Value& v) {
  switch (v.kind()) {
    case ValueKind::Null: return nullptr;
    case ValueKind::Bool: return v.as_bool();
    case ValueKind::Int: return v.as_int();
    case ValueKind::Float: return std::isfinite(v.as_float()) ? nlohmann::ordered_json(v.as_float()) : nlohmann::ordered_json();
    case ValueKind::String: return v.as_string();
    case ValueKind::List: {
      auto a = nlohmann::ordered_json::array();
      for (const auto& e : v.as_list()) a.push_back(to_json(g, e));
      return a;
    }
    case ValueKind::Map: {
      auto o = nlohmann::ordered_json::object();
      for (const auto& [k, e] : v.as_map()) o[k] = to_json(g, e);
      return o;
    }
    case ValueKind::Node: return node_json(g, v.as_node());
    case ValueKind::Relationship: return rel_json(g, v.as_relationship());
    case ValueKind::Path: {
      nlohmann::ordered_json j;
      j["nodes"] = nlohmann::ordered_json::array();
      j["relationships"] = nlohmann::ordered_json::array();
      for (auto n : v.as_path().nodes) j["nodes"].push_back(node_json(g, n));
      for (auto e : v.as_path().rels) j["relationships"].push_back(rel_json(g, e));
      return j;
    }
  }
  return nullptr;
}

void write_json(std::ostream& os, const graph::Graph& g, const QueryResult& r) {
  auto a = nlohmann::ordered_json::array();
  for (const auto& row : r.rows) a.push_back(row_json(g, r, row));
  os << a.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << "\n";
}

void write_jsonl(std::ostream& os, const graph::Graph& g, const QueryResult& r) {
  for (const auto& row : r.rows)
    os << row_json(g, r, row).dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << "\n";
}

}  // namespace fg::query
