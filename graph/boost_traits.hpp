#pragma once
// fg::graph::Graph as a Boost.Graph: IncidenceGraph, BidirectionalGraph, AdjacencyGraph,
// VertexListGraph and EdgeListGraph, with vertex_index and edge_index property maps, so that
// Boost's algorithms (breadth_first_search, dijkstra_shortest_paths, ...) run on it unchanged.
#include <boost/graph/graph_traits.hpp>
#include <boost/graph/properties.hpp>
#include <boost/iterator/counting_iterator.hpp>
#include <boost/iterator/transform_iterator.hpp>
#include <boost/property_map/property_map.hpp>
#include <utility>

#include "graph/graph.hpp"

namespace fg::graph::detail {
struct AdjacentEdge {
  EdgeId operator()(const Adjacent& a) const { return a.edge; }
};
struct AdjacentNode {
  NodeId operator()(const Adjacent& a) const { return a.other; }
};
struct traversal_tag : boost::bidirectional_graph_tag,
                       boost::adjacency_graph_tag,
                       boost::vertex_list_graph_tag,
                       boost::edge_list_graph_tag {};
}  // namespace fg::graph::detail

namespace boost {
template <>
struct graph_traits<fg::graph::Graph> {
  using vertex_descriptor = fg::graph::NodeId;
  using edge_descriptor = fg::graph::EdgeId;
  using directed_category = boost::bidirectional_tag;
  using edge_parallel_category = boost::allow_parallel_edge_tag;
  using traversal_category = fg::graph::detail::traversal_tag;
  using vertices_size_type = std::size_t;
  using edges_size_type = std::size_t;
  using degree_size_type = std::size_t;
  using out_edge_iterator =
      boost::transform_iterator<fg::graph::detail::AdjacentEdge, const fg::graph::Adjacent*, fg::graph::EdgeId,
                                fg::graph::EdgeId>;
  using in_edge_iterator = out_edge_iterator;
  using adjacency_iterator =
      boost::transform_iterator<fg::graph::detail::AdjacentNode, const fg::graph::Adjacent*, fg::graph::NodeId,
                                fg::graph::NodeId>;
  using vertex_iterator = boost::counting_iterator<fg::graph::NodeId>;
  using edge_iterator = boost::counting_iterator<fg::graph::EdgeId>;
  static vertex_descriptor null_vertex() { return static_cast<vertex_descriptor>(-1); }
};
}  // namespace boost

namespace fg::graph {

using GraphTraits = boost::graph_traits<Graph>;

inline std::pair<GraphTraits::out_edge_iterator, GraphTraits::out_edge_iterator> out_edges(NodeId n, const Graph& g) {
  auto adj = g.out_adjacent(n);
  return {GraphTraits::out_edge_iterator(adj.data(), {}), GraphTraits::out_edge_iterator(adj.data() + adj.size(), {})};
}
inline std::pair<GraphTraits::in_edge_iterator, GraphTraits::in_edge_iterator> in_edges(NodeId n, const Graph& g) {
  auto adj = g.in_adjacent(n);
  return {GraphTraits::in_edge_iterator(adj.data(), {}), GraphTraits::in_edge_iterator(adj.data() + adj.size(), {})};
}
inline std::pair<GraphTraits::adjacency_iterator, GraphTraits::adjacency_iterator> adjacent_vertices(NodeId n,
                                                                                                     const Graph& g) {
  auto adj = g.out_adjacent(n);
  return {GraphTraits::adjacency_iterator(adj.data(), {}),
          GraphTraits::adjacency_iterator(adj.data() + adj.size(), {})};
}
inline NodeId source(EdgeId e, const Graph& g) { return g.source(e); }
inline NodeId target(EdgeId e, const Graph& g) { return g.target(e); }
inline std::size_t out_degree(NodeId n, const Graph& g) { return g.out_adjacent(n).size(); }
inline std::size_t in_degree(NodeId n, const Graph& g) { return g.in_adjacent(n).size(); }
inline std::size_t degree(NodeId n, const Graph& g) { return out_degree(n, g) + in_degree(n, g); }
inline std::pair<GraphTraits::vertex_iterator, GraphTraits::vertex_iterator> vertices(const Graph& g) {
  return {GraphTraits::vertex_iterator(0), GraphTraits::vertex_iterator(static_cast<NodeId>(g.node_count()))};
}
inline std::size_t num_vertices(const Graph& g) { return g.node_count(); }
inline std::pair<GraphTraits::edge_iterator, GraphTraits::edge_iterator> edges(const Graph& g) {
  return {GraphTraits::edge_iterator(0), GraphTraits::edge_iterator(static_cast<EdgeId>(g.edge_count()))};
}
inline std::size_t num_edges(const Graph& g) { return g.edge_count(); }

// Node and relationship ids are dense indexes, so identity maps serve as vertex_index / edge_index.
inline boost::typed_identity_property_map<NodeId> get(boost::vertex_index_t, const Graph&) { return {}; }
inline boost::typed_identity_property_map<EdgeId> get(boost::edge_index_t, const Graph&) { return {}; }

}  // namespace fg::graph

namespace boost {
template <>
struct property_map<fg::graph::Graph, vertex_index_t> {
  using type = typed_identity_property_map<fg::graph::NodeId>;
  using const_type = type;
};
template <>
struct property_map<fg::graph::Graph, edge_index_t> {
  using type = typed_identity_property_map<fg::graph::EdgeId>;
  using const_type = type;
};
}  // namespace boost
