#pragma once
// The frozen graph: a snapshot file (format 4) mapped into memory and read in place. Opening
// it checks the header and the sizes of the arrays, and builds nothing that grows with the
// graph, so a graph of any size opens in milliseconds and pages in only what queries touch.
// Every id and offset read from the file is checked when it is used (frozen_columns.hpp): a
// corrupt file fails with a GraphFileError naming it, never with a wild read.
//
// It is read-only. Writers (imports, CREATE, the REPL's :import) work on a Graph, the builder,
// which thaw() or load_graph() makes from the same file; the next save writes a new snapshot.
#include <filesystem>
#include <memory>
#include <string>
#include <unordered_map>

#include "graph/frozen_columns.hpp"
#include "graph/graph.hpp"
#include "graph/graph_view.hpp"
#include "graph/mapped_file.hpp"

namespace fg::graph {

class FrozenGraph final : public GraphView {
 public:
  // Maps and opens `path`. A file of an older format version is read into a Graph and frozen
  // in memory (the same answers; the next save upgrades the file).
  static std::unique_ptr<FrozenGraph> open(const std::filesystem::path& path);
  // Freezes an in-memory graph (serializes it and views the bytes).
  static std::unique_ptr<FrozenGraph> freeze(const Graph& g);
  // Views the bytes of a graph file held in memory; `origin` names it in messages.
  static std::unique_ptr<FrozenGraph> from_bytes(std::string bytes, const std::string& origin);

  // A builder copy, for writers.
  Graph thaw() const;

  std::optional<Symbol> find_symbol(std::string_view name) const override;
  const std::string& symbol_name(Symbol s) const override;
  std::size_t symbol_count() const override { return symbols_.size(); }
  Symbol key_name() const override { return key_name_; }
  Symbol key_aliases() const override { return key_aliases_; }

  std::size_t node_count() const override { return n_; }
  std::size_t edge_count() const override { return m_; }
  std::span<const Symbol> labels(NodeId n) const override;
  NodeId source(EdgeId e) const override;
  NodeId target(EdgeId e) const override;
  Symbol edge_type(EdgeId e) const override;
  std::span<const Adjacent> out_adjacent(NodeId n) const override { return adjacency(out_, n); }
  std::span<const Adjacent> in_adjacent(NodeId n) const override { return adjacency(in_, n); }

  ValueRef node_value(NodeId n, Symbol key) const override { return node_props_.get(n, key); }
  ValueRef edge_value(EdgeId e, Symbol key) const override { return edge_props_.get(e, key); }
  void for_each_node_property(NodeId n, const PropertyVisitor& visit) const override { node_props_.for_each(n, visit); }
  void for_each_edge_property(EdgeId e, const PropertyVisitor& visit) const override { edge_props_.for_each(e, visit); }

  std::span<const NodeId> nodes_with_label(Symbol label) const override;
  std::span<const EdgeId> edges_with_type(Symbol type) const override;
  std::vector<Symbol> labels_in_use() const override;
  std::vector<Symbol> edge_types_in_use() const override;
  Resolution resolve(Symbol label, std::string_view name, ResolveMode mode = ResolveMode::Strict) const override;
  std::int64_t created_unix_ms() const override { return created_unix_ms_; }

  // Size of the structures (arrays, not string text), for memory reports.
  std::uint64_t structure_bytes() const;
  const std::string& origin() const { return origin_; }

  struct Adjacency {
    PackedArray<std::uint64_t> offsets;
    PackedArray<std::uint32_t> entries;  // (type, other, edge) triples
    mutable std::vector<char> checked;   // per node: its entries were found in range once
  };
  struct SymbolIndex {
    std::vector<std::pair<Symbol, std::pair<std::uint64_t, std::uint64_t>>> ranges;  // symbol -> members range
    PackedArray<std::uint32_t> members;
    mutable std::vector<char> checked;  // per range: its members were found in range once
  };

 private:
  FrozenGraph() = default;
  void read(std::string_view bytes);
  std::span<const Adjacent> adjacency(const Adjacency& a, NodeId n) const;
  std::span<const std::uint32_t> members(const SymbolIndex& index, Symbol s, std::uint64_t limit) const;
  class NameLookup;

  std::string origin_;
  std::unique_ptr<MappedFile> file_;
  std::string owned_;  // the bytes of a frozen in-memory graph
  std::vector<std::string> symbols_;
  std::unordered_map<std::string_view, Symbol> symbol_ids_;
  std::uint64_t n_ = 0, m_ = 0;
  std::int64_t created_unix_ms_ = 0;
  Symbol key_name_ = ~0u, key_aliases_ = ~0u;
  std::optional<Symbol> label_state_, label_person_;
  FrozenStrings strings_;
  PackedArray<std::uint64_t> label_offsets_;
  PackedArray<std::uint32_t> labels_;
  PackedArray<std::uint32_t> from_, to_, type_;
  FrozenColumns node_props_, edge_props_;
  Adjacency out_, in_;
  SymbolIndex label_index_, type_index_;
  FrozenStrings name_keys_;
  PackedArray<std::uint64_t> name_offsets_;
  PackedArray<std::uint32_t> name_nodes_;
};

}  // namespace fg::graph
