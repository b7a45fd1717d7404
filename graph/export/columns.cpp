#include "graph/export/columns.hpp"

#include <algorithm>
#include <limits>
#include <map>

namespace fg::graph::exports {

namespace {

// What has been seen of one key so far.
struct Seen {
  bool scalar = false, list = false;
  unsigned kinds = 0;       // bit per ScalarType among scalars
  unsigned item_kinds = 0;  // bit per ScalarType among list items
  bool nested = false;      // a list inside a list
  bool fits_int32 = true;
};

unsigned kind_bit(const Value& v, bool& nested) {
  switch (v.type()) {
    case ValueType::Bool: return 1u << static_cast<unsigned>(ScalarType::Bool);
    case ValueType::Int: return 1u << static_cast<unsigned>(ScalarType::Int);
    case ValueType::Float: return 1u << static_cast<unsigned>(ScalarType::Float);
    case ValueType::String: return 1u << static_cast<unsigned>(ScalarType::String);
    case ValueType::List: nested = true; return 0;
    case ValueType::Null: nested = true; return 0;  // a null inside a list: keep it as JSON text
  }
  return 0;
}

void note_int(Seen& s, const Value& v) {
  if (v.is_int() && (v.as_int() < std::numeric_limits<std::int32_t>::min() ||
                     v.as_int() > std::numeric_limits<std::int32_t>::max()))
    s.fits_int32 = false;
}

void see(Seen& s, const Value& v) {
  if (v.is_list()) {
    s.list = true;
    for (const auto& item : v.as_list()) {
      s.item_kinds |= kind_bit(item, s.nested);
      note_int(s, item);
    }
  } else {
    s.scalar = true;
    s.kinds |= kind_bit(v, s.nested);
    note_int(s, v);
  }
}

// One type for a set of kinds: numbers widen to Float; anything else mixed is nullopt.
std::optional<ScalarType> unify(unsigned kinds) {
  constexpr unsigned num = (1u << static_cast<unsigned>(ScalarType::Int)) | (1u << static_cast<unsigned>(ScalarType::Float));
  if (kinds == 0) return ScalarType::String;
  if ((kinds & ~num) == 0) return (kinds & (1u << static_cast<unsigned>(ScalarType::Float))) ? ScalarType::Float : ScalarType::Int;
  for (unsigned t = 0; t < 4; ++t)
    if (kinds == (1u << t)) return static_cast<ScalarType>(t);
  return std::nullopt;
}

ColumnType decide(const Seen& s) {
  ColumnType t;
  t.fits_int32 = s.fits_int32;
  if (s.scalar && s.list) {
    t.mixed = true;
  } else if (s.list) {
    auto e = unify(s.item_kinds);
    if (!e || s.nested) t.mixed = true;
    else { t.list = true; t.element = *e; }
  } else {
    auto e = unify(s.kinds);
    if (!e || s.nested) t.mixed = true;
    else t.element = *e;
  }
  if (t.mixed) { t.list = false; t.element = ScalarType::String; }
  return t;
}

template <class Props>
std::vector<Column> columns(const Graph& g, Props&& props_of, std::size_t count) {
  std::map<Symbol, Seen> seen;
  for (std::size_t i = 0; i < count; ++i)
    for (const auto& [key, value] : props_of(i)) see(seen[key], value);
  std::vector<Column> out;
  for (const auto& [key, s] : seen) out.push_back(Column{key, g.symbol_name(key), decide(s)});
  std::sort(out.begin(), out.end(), [](const Column& a, const Column& b) { return a.name < b.name; });
  return out;
}

}  // namespace

std::vector<Column> node_columns(const Graph& g, std::span<const NodeId> nodes) {
  return columns(g, [&](std::size_t i) -> const PropertyMap& { return g.node_properties(nodes[i]); }, nodes.size());
}

std::vector<Column> edge_columns(const Graph& g, std::span<const EdgeId> edges) {
  return columns(g, [&](std::size_t i) -> const PropertyMap& { return g.edge_properties(edges[i]); }, edges.size());
}

}  // namespace fg::graph::exports
