// GraphML (http://graphml.graphdrawing.org): one <key> per property key with its attr.type
// (boolean, long, double, string; lists and mixed-type keys as JSON text in a string key), node
// labels in the `labels` attribute (":Person:State"), relationship types in `type`.
#include <map>

#include "graph/export/columns.hpp"
#include "graph/export/export.hpp"
#include "graph/export/text.hpp"

namespace fg::graph::exports {

namespace {

const char* attr_type(const ColumnType& t) {
  if (t.mixed || t.list) return "string";
  switch (t.element) {
    case ScalarType::Bool: return "boolean";
    case ScalarType::Int: return "long";
    case ScalarType::Float: return "double";
    case ScalarType::String: return "string";
  }
  return "string";
}

std::string data_text(const Value& v, const ColumnType& t) {
  if (t.mixed || t.list) return xml_escape(plain_text(v));
  switch (v.type()) {
    case ValueType::Bool: return v.as_bool() ? "true" : "false";
    case ValueType::Int: return t.element == ScalarType::Float ? format_double(static_cast<double>(v.as_int())) : std::to_string(v.as_int());
    case ValueType::Float: return format_double(v.as_float());
    default: return xml_escape(plain_text(v));
  }
}

// A property named like one of our own attributes keeps its value under "property_<name>".
std::string attr_name(const std::string& key, std::string_view reserved) {
  return key == reserved ? "property_" + key : key;
}

struct Keys {
  std::map<Symbol, std::pair<std::string, ColumnType>> by_symbol;  // key id, type
};

void write_keys(std::string& out, const std::vector<Column>& cols, const char* domain, const char* prefix,
                std::string_view reserved, Keys& keys) {
  out += "  <key id=\"";
  out += prefix;
  out += "_";
  out += reserved;
  out += "\" for=\"";
  out += domain;
  out += "\" attr.name=\"";
  out += reserved;
  out += "\" attr.type=\"string\"/>\n";
  int i = 0;
  for (const auto& c : cols) {
    std::string id = std::string(prefix) + std::to_string(i++);
    out += "  <key id=\"" + id + "\" for=\"" + domain + "\" attr.name=\"" + xml_escape(attr_name(c.name, reserved)) +
           "\" attr.type=\"" + attr_type(c.type) + "\"/>\n";
    keys.by_symbol.emplace(c.key, std::make_pair(id, c.type));
  }
}

void write_data(std::string& out, const PropertyMap& props, const Keys& keys) {
  for (const auto& [key, value] : props) {
    const auto& [id, type] = keys.by_symbol.at(key);
    out += "      <data key=\"" + id + "\">" + data_text(value, type) + "</data>\n";
  }
}

}  // namespace

std::string to_graphml(const Graph& g, const Selection& s) {
  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
      "         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
      "         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  Keys node_keys, edge_keys;
  write_keys(out, node_columns(g, s.nodes), "node", "n", "labels", node_keys);
  write_keys(out, edge_columns(g, s.edges), "edge", "e", "type", edge_keys);
  out += "  <graph id=\"factgraph\" edgedefault=\"directed\">\n";
  for (auto n : s.nodes) {
    out += "    <node id=\"n" + std::to_string(n) + "\">\n";
    std::string labels;
    for (auto l : g.labels(n)) labels += ":" + g.symbol_name(l);
    out += "      <data key=\"n_labels\">" + xml_escape(labels) + "</data>\n";
    write_data(out, g.node_properties(n), node_keys);
    out += "    </node>\n";
  }
  for (auto e : s.edges) {
    out += "    <edge id=\"e" + std::to_string(e) + "\" source=\"n" + std::to_string(g.source(e)) + "\" target=\"n" +
           std::to_string(g.target(e)) + "\">\n";
    out += "      <data key=\"e_type\">" + xml_escape(g.symbol_name(g.edge_type(e))) + "</data>\n";
    write_data(out, g.edge_properties(e), edge_keys);
    out += "    </edge>\n";
  }
  out += "  </graph>\n</graphml>\n";
  return out;
}

}  // namespace fg::graph::exports
