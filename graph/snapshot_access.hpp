#pragma once
// Bulk access to a Graph's records and indexes for the snapshot codec (the only friend of Graph).
#include <string>
#include <vector>

#include "graph/graph.hpp"

namespace fg::graph {

class SnapshotAccess {
 public:
  // The name-index keys of node n: tag byte + label symbol (4 bytes) + text (see snapshot.capnp).
  static std::vector<std::string> name_keys(const Graph& g, NodeId n) { return g.name_keys(n); }

  // Bulk loading: the caller validated every id before calling.
  static void reserve(Graph& g, std::size_t nodes, std::size_t edges) {
    g.nodes_.resize(nodes);
    g.edges_.reserve(edges);
  }
  static std::vector<Symbol>& labels(Graph& g, NodeId n) { return g.nodes_[n].labels; }
  static PropertyMap& node_props(Graph& g, NodeId n) { return g.nodes_[n].props; }
  static std::vector<Adjacent>& out(Graph& g, NodeId n) { return g.nodes_[n].out; }
  static std::vector<Adjacent>& in(Graph& g, NodeId n) { return g.nodes_[n].in; }
  static PropertyMap& add_edge_record(Graph& g, NodeId from, Symbol type, NodeId to) {
    g.edges_.push_back(Graph::EdgeRecord{from, to, type, {}});
    return g.edges_.back().props;
  }
  static std::vector<NodeId>& label_members(Graph& g, Symbol label) { return g.by_label_[label]; }
  static std::vector<EdgeId>& type_members(Graph& g, Symbol type) { return g.by_type_[type]; }
  // Files node n under an index key of name_keys' form.
  static void add_name_key(Graph& g, std::string_view tagged_key, NodeId n) {
    std::string key(tagged_key.substr(1));
    auto* index = tagged_key[0] == 'e'   ? &g.by_exact_name_
                  : tagged_key[0] == 'n' ? &g.by_norm_name_
                  : tagged_key[0] == 'c' ? &g.by_code_
                                         : &g.by_surname_;
    auto& v = (*index)[std::move(key)];
    v.push_back(n);
  }
  static bool valid_name_tag(char c) { return c == 'e' || c == 'n' || c == 'c' || c == 's'; }
  static void reset_revision(Graph& g) { g.revision_ = 0; }
};

}  // namespace fg::graph
