#include "query/value.hpp"

#include <cmath>
#include <functional>

namespace fg::query {

Value Value::from_graph(const graph::Value& v) {
  switch (v.type()) {
    case graph::ValueType::Null: return Value();
    case graph::ValueType::Bool: return Value(v.as_bool());
    case graph::ValueType::Int: return Value(v.as_int());
    case graph::ValueType::Float: return Value(v.as_float());
    case graph::ValueType::String: return Value(v.as_string());
    case graph::ValueType::List: {
      List out;
      out.reserve(v.as_list().size());
      for (const auto& e : v.as_list()) out.push_back(from_graph(e));
      return Value(std::move(out));
    }
  }
  return Value();
}

Value Value::from_ref(const graph::ValueRef& v, bool borrow) {
  switch (v.type()) {
    case graph::ValueType::Null: return Value();
    case graph::ValueType::Bool: return Value(v.as_bool());
    case graph::ValueType::Int: return Value(v.as_int());
    case graph::ValueType::Float: return Value(v.as_float());
    case graph::ValueType::String: return borrow ? borrowed_string(v.as_string()) : Value(v.as_string());
    case graph::ValueType::List: {
      List out;
      std::size_t n = v.list_size();
      out.reserve(n);
      for (std::size_t i = 0; i < n; ++i) out.push_back(from_ref(v.list_item(i), borrow));
      return Value(std::move(out));
    }
  }
  return Value();
}

Map properties_of(const graph::GraphView& g, const Value& entity) {
  Map m;
  auto add = [&](graph::Symbol k, const graph::ValueRef& v) { m.emplace(g.symbol_name(k), Value::from_ref(v)); };
  if (entity.is_node()) g.for_each_node_property(entity.as_node(), add);
  else if (entity.is_relationship()) g.for_each_edge_property(entity.as_relationship(), add);
  return m;
}

bool Value::to_graph(graph::Value& out) const {
  switch (kind()) {
    case ValueKind::Null: out = graph::Value(); return true;
    case ValueKind::Bool: out = graph::Value(as_bool()); return true;
    case ValueKind::Int: out = graph::Value(as_int()); return true;
    case ValueKind::Float: out = graph::Value(as_float()); return true;
    case ValueKind::String: out = graph::Value(as_string()); return true;
    case ValueKind::List: {
      graph::List l;
      for (const auto& e : as_list()) {
        graph::Value ge;
        if (!e.to_graph(ge) || e.is_list()) return false;
        l.push_back(std::move(ge));
      }
      out = graph::Value(std::move(l));
      return true;
    }
    default: return false;
  }
}

std::string_view kind_name(ValueKind k) {
  switch (k) {
    case ValueKind::Null: return "NULL";
    case ValueKind::Bool: return "BOOLEAN";
    case ValueKind::Int: return "INTEGER";
    case ValueKind::Float: return "FLOAT";
    case ValueKind::String: return "STRING";
    case ValueKind::List: return "LIST";
    case ValueKind::Map: return "MAP";
    case ValueKind::Node: return "NODE";
    case ValueKind::Relationship: return "RELATIONSHIP";
    case ValueKind::Path: return "PATH";
  }
  return "?";
}

namespace {
bool numbers_equivalent(const Value& a, const Value& b) {
  if (a.is_int() && b.is_int()) return a.as_int() == b.as_int();
  double x = a.as_number(), y = b.as_number();
  if (std::isnan(x) && std::isnan(y)) return true;
  if (a.is_int() || b.is_int()) {
    // Compare exactly: an integer equals a float only when the float is that integer.
    const Value& i = a.is_int() ? a : b;
    double f = a.is_int() ? y : x;
    if (!(f >= -9223372036854775808.0 && f < 9223372036854775808.0) || f != std::trunc(f)) return false;
    return static_cast<std::int64_t>(f) == i.as_int();
  }
  return x == y;
}

int rank(const Value& v) {
  switch (v.kind()) {
    case ValueKind::Map: return 0;
    case ValueKind::Node: return 1;
    case ValueKind::Relationship: return 2;
    case ValueKind::List: return 3;
    case ValueKind::Path: return 4;
    case ValueKind::String: return 5;
    case ValueKind::Bool: return 6;
    case ValueKind::Int:
    case ValueKind::Float: return 7;
    case ValueKind::Null: return 8;
  }
  return 9;
}

int compare_numbers(const Value& a, const Value& b) {
  if (a.is_int() && b.is_int()) return a.as_int() < b.as_int() ? -1 : a.as_int() > b.as_int() ? 1 : 0;
  double x = a.as_number(), y = b.as_number();
  bool nx = std::isnan(x), ny = std::isnan(y);
  if (nx || ny) return nx == ny ? 0 : nx ? 1 : -1;
  if (x < y) return -1;
  if (x > y) return 1;
  if (a.is_int() != b.is_int()) {  // equal as doubles: decide exactly
    const Value& i = a.is_int() ? a : b;
    double f = a.is_int() ? y : x;
    if (f >= -9223372036854775808.0 && f < 9223372036854775808.0) {
      auto fi = static_cast<std::int64_t>(f);
      int c = i.as_int() < fi ? -1 : i.as_int() > fi ? 1 : 0;
      return a.is_int() ? c : -c;
    }
  }
  return 0;
}
}  // namespace

bool equivalent(const Value& a, const Value& b) {
  if (a.is_number() && b.is_number()) return numbers_equivalent(a, b);
  if (a.kind() != b.kind()) return false;
  switch (a.kind()) {
    case ValueKind::Null: return true;
    case ValueKind::Bool: return a.as_bool() == b.as_bool();
    case ValueKind::String: return a.as_string() == b.as_string();
    case ValueKind::List: {
      const auto &x = a.as_list(), &y = b.as_list();
      if (x.size() != y.size()) return false;
      for (std::size_t i = 0; i < x.size(); ++i)
        if (!equivalent(x[i], y[i])) return false;
      return true;
    }
    case ValueKind::Map: {
      const auto &x = a.as_map(), &y = b.as_map();
      if (x.size() != y.size()) return false;
      for (auto i = x.begin(), j = y.begin(); i != x.end(); ++i, ++j)
        if (i->first != j->first || !equivalent(i->second, j->second)) return false;
      return true;
    }
    case ValueKind::Node: return a.as_node() == b.as_node();
    case ValueKind::Relationship: return a.as_relationship() == b.as_relationship();
    case ValueKind::Path: return a.as_path() == b.as_path();
    default: return false;
  }
}

std::size_t ValueHash::operator()(const Value& v) const {
  auto mix = [](std::size_t h, std::size_t x) { return h ^ (x + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2)); };
  switch (v.kind()) {
    case ValueKind::Null: return 1;
    case ValueKind::Bool: return v.as_bool() ? 3 : 2;
    case ValueKind::Int:
    case ValueKind::Float: {
      // 1 and 1.0 are equivalent, so both hash as the double (integers beyond 2^53 may collide; fine).
      double d = v.as_number();
      if (std::isnan(d)) return 7;
      if (d == 0) d = 0;  // -0.0
      return std::hash<double>()(d);
    }
    case ValueKind::String: return std::hash<std::string_view>()(v.as_string());
    case ValueKind::List: {
      std::size_t h = 11;
      for (const auto& e : v.as_list()) h = mix(h, (*this)(e));
      return h;
    }
    case ValueKind::Map: {
      std::size_t h = 13;
      for (const auto& [k, e] : v.as_map()) h = mix(mix(h, std::hash<std::string>()(k)), (*this)(e));
      return h;
    }
    case ValueKind::Node: return mix(17, v.as_node());
    case ValueKind::Relationship: return mix(19, v.as_relationship());
    case ValueKind::Path: {
      std::size_t h = 23;
      for (auto n : v.as_path().nodes) h = mix(h, n);
      for (auto r : v.as_path().rels) h = mix(h, r);
      return h;
    }
  }
  return 0;
}

int order_compare(const Value& a, const Value& b) {
  int ra = rank(a), rb = rank(b);
  if (ra != rb) return ra < rb ? -1 : 1;
  switch (a.kind()) {
    case ValueKind::Null: return 0;
    case ValueKind::Bool: return int(a.as_bool()) - int(b.as_bool());
    case ValueKind::Int:
    case ValueKind::Float: return compare_numbers(a, b);
    case ValueKind::String: {
      int c = a.as_string().compare(b.as_string());
      return c < 0 ? -1 : c > 0 ? 1 : 0;
    }
    case ValueKind::List: {
      const auto &x = a.as_list(), &y = b.as_list();
      for (std::size_t i = 0; i < x.size() && i < y.size(); ++i)
        if (int c = order_compare(x[i], y[i])) return c;
      return x.size() < y.size() ? -1 : x.size() > y.size() ? 1 : 0;
    }
    case ValueKind::Map: {
      const auto &x = a.as_map(), &y = b.as_map();
      auto i = x.begin();
      auto j = y.begin();
      for (; i != x.end() && j != y.end(); ++i, ++j) {
        if (int c = i->first.compare(j->first)) return c < 0 ? -1 : 1;
        if (int c = order_compare(i->second, j->second)) return c;
      }
      return x.size() < y.size() ? -1 : x.size() > y.size() ? 1 : 0;
    }
    case ValueKind::Node: return a.as_node() < b.as_node() ? -1 : a.as_node() > b.as_node() ? 1 : 0;
    case ValueKind::Relationship:
      return a.as_relationship() < b.as_relationship() ? -1 : a.as_relationship() > b.as_relationship() ? 1 : 0;
    case ValueKind::Path: {
      const auto &x = a.as_path(), &y = b.as_path();
      for (std::size_t i = 0; i < x.nodes.size() && i < y.nodes.size(); ++i) {
        if (x.nodes[i] != y.nodes[i]) return x.nodes[i] < y.nodes[i] ? -1 : 1;
        if (i < x.rels.size() && i < y.rels.size() && x.rels[i] != y.rels[i]) return x.rels[i] < y.rels[i] ? -1 : 1;
      }
      return x.nodes.size() < y.nodes.size() ? -1 : x.nodes.size() > y.nodes.size() ? 1 : 0;
    }
  }
  return 0;
}

}  // namespace fg::query
