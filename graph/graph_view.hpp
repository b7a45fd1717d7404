#pragma once
// The read-only interface of a graph, which the query engine and the Boost.Graph adaptor are
// written against. Two models implement it:
//   - Graph (graph/graph.hpp), the mutable builder that importers, CREATE and merging change;
//   - FrozenGraph (graph/frozen_graph.hpp), a snapshot file viewed in place through mmap, which
//     opens without rebuilding anything.
// Both keep each node's adjacency as one sorted array of Adjacent entries, so adjacency is a
// span in either model; property values are read through ValueRef, which views strings where
// they are stored instead of copying them.
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "graph/property_map.hpp"
#include "graph/value.hpp"

namespace fg::graph {

using NodeId = std::uint32_t;
using EdgeId = std::uint32_t;

// One entry of a node's adjacency: the relationship, its type and the node at the other end.
// The snapshot stores these three words as they are, so a span of them can point into the file.
struct Adjacent {
  Symbol type;
  NodeId other;
  EdgeId edge;
  friend auto operator<=>(const Adjacent&, const Adjacent&) = default;
};
static_assert(sizeof(Adjacent) == 3 * sizeof(std::uint32_t));

enum class ResolveMode {
  Strict,   // exact name, then normalized name or alias (importers merging across articles)
  Lenient,  // also a Person's unique surname or given-name-initial form (query-time lookup)
};

struct Resolution {
  enum class Status { Found, NotFound, Ambiguous } status = Status::NotFound;
  NodeId node = 0;
  std::vector<NodeId> candidates;  // the nodes an ambiguous name could mean
  bool found() const { return status == Status::Found; }
};

class FrozenColumns;

// A property value as stored, without copying: scalars by value, strings as a view into the
// graph's storage, lists item by item. Valid while the graph it came from is unchanged.
class ValueRef {
 public:
  ValueRef() = default;
  static ValueRef of(const Value& v);
  static ValueRef of(const Value* v) { return v ? of(*v) : ValueRef(); }
  static ValueRef frozen_list(const FrozenColumns* columns, std::uint64_t list, unsigned depth);
  static ValueRef scalar_bool(bool b) { ValueRef r; r.type_ = ValueType::Bool; r.i_ = b; return r; }
  static ValueRef scalar_int(std::int64_t i) { ValueRef r; r.type_ = ValueType::Int; r.i_ = i; return r; }
  static ValueRef scalar_float(double f) { ValueRef r; r.type_ = ValueType::Float; r.f_ = f; return r; }
  static ValueRef string(std::string_view s) { ValueRef r; r.type_ = ValueType::String; r.s_ = s; return r; }

  ValueType type() const { return type_; }
  bool is_null() const { return type_ == ValueType::Null; }
  bool is_string() const { return type_ == ValueType::String; }
  bool is_list() const { return type_ == ValueType::List; }
  bool as_bool() const { return i_ != 0; }
  std::int64_t as_int() const { return i_; }
  double as_float() const { return f_; }
  std::string_view as_string() const { return s_; }
  std::size_t list_size() const;
  ValueRef list_item(std::size_t i) const;

  // A stored copy (lists included).
  Value to_value() const;

 private:
  ValueType type_ = ValueType::Null;
  union {
    std::int64_t i_ = 0;
    double f_;
  };
  std::string_view s_;
  const List* list_ = nullptr;              // a builder graph's list
  const FrozenColumns* columns_ = nullptr;  // a snapshot's list: id list_id_ in these columns
  std::uint64_t list_id_ = 0;
  unsigned depth_ = 0;
};

using PropertyVisitor = std::function<void(Symbol key, const ValueRef& value)>;

class GraphView {
 public:
  virtual ~GraphView() = default;

  // --- symbols (labels, relationship types and property keys share one table) ---
  virtual std::optional<Symbol> find_symbol(std::string_view name) const = 0;
  virtual const std::string& symbol_name(Symbol s) const = 0;
  virtual std::size_t symbol_count() const = 0;
  virtual Symbol key_name() const = 0;
  virtual Symbol key_aliases() const = 0;

  // --- nodes and relationships ---
  virtual std::size_t node_count() const = 0;
  virtual std::size_t edge_count() const = 0;
  virtual std::span<const Symbol> labels(NodeId n) const = 0;
  bool has_label(NodeId n, Symbol label) const {
    for (auto l : labels(n))
      if (l == label) return true;
    return false;
  }
  virtual NodeId source(EdgeId e) const = 0;
  virtual NodeId target(EdgeId e) const = 0;
  virtual Symbol edge_type(EdgeId e) const = 0;

  // Adjacency sorted by (type, other end, relationship): each type's entries are contiguous.
  virtual std::span<const Adjacent> out_adjacent(NodeId n) const = 0;
  virtual std::span<const Adjacent> in_adjacent(NodeId n) const = 0;
  std::span<const Adjacent> out_adjacent(NodeId n, Symbol type) const { return type_run(out_adjacent(n), type); }
  std::span<const Adjacent> in_adjacent(NodeId n, Symbol type) const { return type_run(in_adjacent(n), type); }

  // --- properties ---
  virtual ValueRef node_value(NodeId n, Symbol key) const = 0;
  virtual ValueRef edge_value(EdgeId e, Symbol key) const = 0;
  // Every property in key-symbol order.
  virtual void for_each_node_property(NodeId n, const PropertyVisitor& visit) const = 0;
  virtual void for_each_edge_property(EdgeId e, const PropertyVisitor& visit) const = 0;

  // --- indexes ---
  virtual std::span<const NodeId> nodes_with_label(Symbol label) const = 0;
  virtual std::span<const EdgeId> edges_with_type(Symbol type) const = 0;
  virtual std::vector<Symbol> labels_in_use() const = 0;      // labels with at least one node, by name
  virtual std::vector<Symbol> edge_types_in_use() const = 0;  // types with at least one relationship, by name

  // Finds the node of `label` that `name` denotes (schema.md, "Names"): the exact name first,
  // then the normalized name or an alias; for State also the state lexicon's names and ISO
  // codes. A name shared by several nodes is ambiguous and resolves to none of them.
  virtual Resolution resolve(Symbol label, std::string_view name, ResolveMode mode = ResolveMode::Strict) const = 0;
  Resolution resolve_label(std::string_view label, std::string_view name, ResolveMode mode = ResolveMode::Strict) const {
    auto sym = find_symbol(label);
    return sym ? resolve(*sym, name, mode) : Resolution{};
  }

  // When the graph file was first written (Unix ms); 0 until then.
  virtual std::int64_t created_unix_ms() const = 0;

  static std::span<const Adjacent> type_run(std::span<const Adjacent> adj, Symbol type);
};

}  // namespace fg::graph
