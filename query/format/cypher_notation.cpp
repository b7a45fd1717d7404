#include "query/format/cypher_notation.hpp"

#include <charconv>
#include <algorithm>
#include <cctype>
#include <cmath>

#include "query/engine.hpp"

namespace fg::query {

std::string format_float(double d) {
  if (std::isnan(d)) return "NaN";
  if (std::isinf(d)) return d > 0 ? "Infinity" : "-Infinity";
  char buf[64];
  double a = std::fabs(d);
  if (a == 0 || (a >= 1e-3 && a < 1e7)) {
    auto r = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::fixed);
    std::string s(buf, r.ptr);
    if (s.find('.') == std::string::npos) s += ".0";
    return s;
  }
  auto r = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::scientific);
  std::string s(buf, r.ptr);  // e.g. 1e+10, 1.5e-05
  auto e = s.find('e');
  std::string mant = s.substr(0, e), ex = s.substr(e + 1);
  if (mant.find('.') == std::string::npos) mant += ".0";
  bool neg = ex[0] == '-';
  std::size_t i = (ex[0] == '+' || ex[0] == '-') ? 1 : 0;
  while (i + 1 < ex.size() && ex[i] == '0') ++i;
  return mant + "E" + (neg ? "-" : "") + ex.substr(i);
}

namespace {
std::string quote(std::string_view s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'' || c == '\\') out += '\\';
    out += c;
  }
  return out + "'";
}

bool plain_identifier(const std::string& s) {
  if (s.empty() || std::isdigit(static_cast<unsigned char>(s[0]))) return false;
  for (char c : s)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_')) return false;
  return true;
}
std::string ident(const std::string& s) { return plain_identifier(s) ? s : "`" + s + "`"; }

// Printed in key-name order so the text does not depend on interning order.
void props(std::string& out, const graph::GraphView& g, const Value& entity) {
  Map pm = properties_of(g, entity);
  if (pm.empty()) return;
  out += " {";
  bool first = true;
  for (const auto& [k, v] : pm) {
    if (!first) out += ", ";
    first = false;
    out += ident(k) + ": " + cypher_notation(g, v);
  }
  out += "}";
}

void node(std::string& out, const graph::GraphView& g, graph::NodeId n, bool with_ids) {
  std::string s = "(";
  if (with_ids) s += "#" + std::to_string(n);
  std::vector<std::string> labels;
  for (auto l : g.labels(n)) labels.push_back(g.symbol_name(l));
  std::sort(labels.begin(), labels.end());
  for (const auto& l : labels) s += ":" + ident(l);
  props(s, g, Value(NodeRef{n}));
  if (s.size() > 2 && s[1] == ' ') s.erase(1, 1);
  out += s + ")";
}

void rel(std::string& out, const graph::GraphView& g, graph::EdgeId e, bool with_ids) {
  out += "[";
  if (with_ids) out += "#" + std::to_string(e);
  out += ":" + ident(g.symbol_name(g.edge_type(e)));
  props(out, g, Value(RelRef{e}));
  out += "]";
}
}  // namespace

std::string cypher_notation(const graph::GraphView& g, const Value& v, bool with_ids) {
  switch (v.kind()) {
    case ValueKind::Null: return "null";
    case ValueKind::Bool: return v.as_bool() ? "true" : "false";
    case ValueKind::Int: return std::to_string(v.as_int());
    case ValueKind::Float: return format_float(v.as_float());
    case ValueKind::String: return quote(v.as_string());
    case ValueKind::List: {
      std::string out = "[";
      bool first = true;
      for (const auto& e : v.as_list()) {
        if (!first) out += ", ";
        first = false;
        out += cypher_notation(g, e, with_ids);
      }
      return out + "]";
    }
    case ValueKind::Map: {
      std::string out = "{";
      bool first = true;
      for (const auto& [k, e] : v.as_map()) {
        if (!first) out += ", ";
        first = false;
        out += ident(k) + ": " + cypher_notation(g, e, with_ids);
      }
      return out + "}";
    }
    case ValueKind::Node: {
      std::string out;
      node(out, g, v.as_node(), with_ids);
      return out;
    }
    case ValueKind::Relationship: {
      std::string out;
      rel(out, g, v.as_relationship(), with_ids);
      return out;
    }
    case ValueKind::Path: {
      const auto& p = v.as_path();
      std::string out = "<";
      node(out, g, p.nodes[0], with_ids);
      for (std::size_t i = 0; i < p.rels.size(); ++i) {
        bool forward = g.source(p.rels[i]) == p.nodes[i];
        out += forward ? "-" : "<-";
        rel(out, g, p.rels[i], with_ids);
        out += forward ? "->" : "-";
        node(out, g, p.nodes[i + 1], with_ids);
      }
      return out + ">";
    }
  }
  return "?";
}

std::string plain_text(const graph::GraphView& g, const Value& v) {
  return v.is_string() ? std::string(v.as_string()) : cypher_notation(g, v, true);
}

std::string to_tck_string(const graph::GraphView& g, const Value& v) { return cypher_notation(g, v, false); }

}  // namespace fg::query
