#pragma once
// The typed property graph: nodes with any number of labels, directed typed relationships,
// properties on both, and the indexes queries and importers need:
//   label -> nodes, relationship type -> relationships,
//   (label, exact name) and (label, normalized name or alias) -> nodes,
//   (from, type, to) -> relationships (each node's adjacency is kept sorted by (type, other end)).
// The class models Boost.Graph's BidirectionalGraph, VertexListGraph and EdgeListGraph concepts
// (graph/boost_traits.hpp), so Boost algorithms run on it directly.
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "graph/graph_view.hpp"
#include "graph/property_map.hpp"
#include "graph/symbol_table.hpp"
#include "graph/value.hpp"

namespace fg::graph {

class Graph final : public GraphView {
 public:
  Graph();

  // --- symbols (labels, relationship types and property keys share one table) ---
  Symbol intern(std::string_view name) { return symbols_.intern(name); }
  std::optional<Symbol> find_symbol(std::string_view name) const override { return symbols_.find(name); }
  const std::string& symbol_name(Symbol s) const override { return symbols_.name(s); }
  const SymbolTable& symbols() const { return symbols_; }
  std::size_t symbol_count() const override { return symbols_.size(); }

  // --- nodes ---
  NodeId add_node(std::span<const Symbol> labels = {});
  void add_label(NodeId n, Symbol label);
  std::size_t node_count() const override { return nodes_.size(); }
  std::span<const Symbol> labels(NodeId n) const override { return nodes_[n].labels; }
  bool has_label(NodeId n, Symbol label) const;
  const PropertyMap& node_properties(NodeId n) const { return nodes_[n].props; }
  const Value* node_property(NodeId n, Symbol key) const { return nodes_[n].props.get(key); }
  const Value* node_property(NodeId n, std::string_view key) const;
  void set_node_property(NodeId n, Symbol key, Value v);
  void set_node_property(NodeId n, std::string_view key, Value v) { set_node_property(n, intern(key), std::move(v)); }

  // --- relationships ---
  EdgeId add_edge(NodeId from, Symbol type, NodeId to);
  std::size_t edge_count() const override { return edges_.size(); }
  NodeId source(EdgeId e) const override { return edges_[e].from; }
  NodeId target(EdgeId e) const override { return edges_[e].to; }
  Symbol edge_type(EdgeId e) const override { return edges_[e].type; }
  const PropertyMap& edge_properties(EdgeId e) const { return edges_[e].props; }
  const Value* edge_property(EdgeId e, Symbol key) const { return edges_[e].props.get(key); }
  const Value* edge_property(EdgeId e, std::string_view key) const;
  void set_edge_property(EdgeId e, Symbol key, Value v);
  void set_edge_property(EdgeId e, std::string_view key, Value v) { set_edge_property(e, intern(key), std::move(v)); }

  ValueRef node_value(NodeId n, Symbol key) const override { return ValueRef::of(nodes_[n].props.get(key)); }
  ValueRef edge_value(EdgeId e, Symbol key) const override { return ValueRef::of(edges_[e].props.get(key)); }
  void for_each_node_property(NodeId n, const PropertyVisitor& visit) const override;
  void for_each_edge_property(EdgeId e, const PropertyVisitor& visit) const override;

  // Adjacency sorted by (type, other end, edge): all of one type are contiguous.
  std::span<const Adjacent> out_adjacent(NodeId n) const override { return nodes_[n].out; }
  std::span<const Adjacent> in_adjacent(NodeId n) const override { return nodes_[n].in; }
  std::span<const Adjacent> out_adjacent(NodeId n, Symbol type) const { return type_run(nodes_[n].out, type); }
  std::span<const Adjacent> in_adjacent(NodeId n, Symbol type) const { return type_run(nodes_[n].in, type); }
  // Relationships from -[type]-> to, in creation order.
  std::vector<EdgeId> edges_between(NodeId from, Symbol type, NodeId to) const;

  // --- indexes ---
  std::span<const NodeId> nodes_with_label(Symbol label) const override;
  std::span<const EdgeId> edges_with_type(Symbol type) const override;
  std::vector<Symbol> labels_in_use() const override;     // labels with at least one node, by name
  std::vector<Symbol> edge_types_in_use() const override; // types with at least one relationship, by name

  // Finds the node of `label` that `name` denotes (schema.md, "Names"): the exact name first,
  // then the normalized name or an alias; for State also the state lexicon's names and ISO
  // codes. A name shared by several nodes is ambiguous and resolves to none of them.
  Resolution resolve(Symbol label, std::string_view name, ResolveMode mode = ResolveMode::Strict) const override;
  Resolution resolve(std::string_view label, std::string_view name, ResolveMode mode = ResolveMode::Strict) const;

  // In-place access for bulk bookkeeping (provenance); callers must not change `name` or
  // `aliases` through it, since the name indexes are not updated. Counts as a change.
  PropertyMap& node_properties_for_update(NodeId n) { ++revision_; return nodes_[n].props; }
  PropertyMap& edge_properties_for_update(EdgeId e) { ++revision_; return edges_[e].props; }

  // Incremented by every change; callers compare it to know whether a graph has unsaved edits.
  std::uint64_t revision() const { return revision_; }

  // When the graph file was first written (Unix ms); 0 until then. Kept by later saves.
  std::int64_t created_unix_ms() const override { return created_unix_ms_; }
  void set_created_unix_ms(std::int64_t ms) { created_unix_ms_ = ms; }

  // Well-known symbols, interned at construction.
  Symbol key_name() const override { return key_name_; }
  Symbol key_aliases() const override { return key_aliases_; }
  Symbol key_id() const { return key_id_; }

  // The snapshot codec (graph/snapshot_*.cpp) reads and fills the records and indexes in bulk.
  friend class SnapshotAccess;

 private:
  struct NodeRecord {
    std::vector<Symbol> labels;
    PropertyMap props;
    std::vector<Adjacent> out, in;
  };
  struct EdgeRecord {
    NodeId from, to;
    Symbol type;
    PropertyMap props;
  };

  std::vector<std::string> name_keys(NodeId n) const;  // index keys this node is filed under
  void unindex_names(NodeId n);
  void index_names(NodeId n);
  class Lookup;

  SymbolTable symbols_;
  std::vector<NodeRecord> nodes_;
  std::vector<EdgeRecord> edges_;
  std::unordered_map<Symbol, std::vector<NodeId>> by_label_;
  std::unordered_map<Symbol, std::vector<EdgeId>> by_type_;
  // Keys are the label symbol's 4 bytes followed by the (exact or normalized) text.
  std::unordered_map<std::string, std::vector<NodeId>> by_exact_name_;
  std::unordered_map<std::string, std::vector<NodeId>> by_norm_name_;
  std::unordered_map<std::string, std::vector<NodeId>> by_code_;  // code-like aliases: "US", "OSCE"
  std::unordered_map<std::string, std::vector<NodeId>> by_surname_;  // Person: last word of name/alias
  std::uint64_t revision_ = 0;
  std::int64_t created_unix_ms_ = 0;
  Symbol key_name_, key_aliases_, key_id_, label_state_, label_person_;
};

// The surname-only form test of schema.md: a one-word alias of a Person that is one of the
// words of its name ("Sherman" for Wendy Sherman). Such aliases are kept in `aliases` but never
// indexed globally, so they cannot capture a namesake.
bool is_name_part_alias(std::string_view name, std::string_view alias);

}  // namespace fg::graph
