#pragma once
// Both graph models as Boost.Graphs: fg::graph::Graph (the builder) and fg::graph::FrozenGraph
// (a snapshot viewed in place) model IncidenceGraph, BidirectionalGraph, AdjacencyGraph,
// VertexListGraph and EdgeListGraph, with vertex_index and edge_index property maps, so that
// Boost's algorithms (breadth_first_search, dijkstra_shortest_paths, ...) run on either unchanged.
// The functions below are written once against GraphView, whose adjacency is a span in both.
#include <boost/graph/graph_traits.hpp>
#include <boost/graph/properties.hpp>
#include <boost/iterator/counting_iterator.hpp>
#include <boost/iterator/transform_iterator.hpp>
#include <boost/property_map/property_map.hpp>
#include <concepts>
#include <utility>

#include "graph/frozen_graph.hpp"
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

struct view_graph_traits {
  using vertex_descriptor = NodeId;
  using edge_descriptor = EdgeId;
  using directed_category = boost::bidirectional_tag;
  using edge_parallel_category = boost::allow_parallel_edge_tag;
  using traversal_category = traversal_tag;
  using vertices_size_type = std::size_t;
  using edges_size_type = std::size_t;
  using degree_size_type = std::size_t;
  using out_edge_iterator = boost::transform_iterator<AdjacentEdge, const Adjacent*, EdgeId, EdgeId>;
  using in_edge_iterator = out_edge_iterator;
  using adjacency_iterator = boost::transform_iterator<AdjacentNode, const Adjacent*, NodeId, NodeId>;
  using vertex_iterator = boost::counting_iterator<NodeId>;
  using edge_iterator = boost::counting_iterator<EdgeId>;
  static vertex_descriptor null_vertex() { return static_cast<vertex_descriptor>(-1); }
};

struct identity_maps {
  using vertex = boost::typed_identity_property_map<NodeId>;
  using edge = boost::typed_identity_property_map<EdgeId>;
};
}  // namespace fg::graph::detail

namespace boost {
template <>
struct graph_traits<fg::graph::Graph> : fg::graph::detail::view_graph_traits {};
template <>
struct graph_traits<fg::graph::FrozenGraph> : fg::graph::detail::view_graph_traits {};
template <class G>
  requires std::derived_from<G, fg::graph::GraphView>
struct property_map<G, vertex_index_t> {
  using type = fg::graph::detail::identity_maps::vertex;
  using const_type = type;
};
template <class G>
  requires std::derived_from<G, fg::graph::GraphView>
struct property_map<G, edge_index_t> {
  using type = fg::graph::detail::identity_maps::edge;
  using const_type = type;
};
}  // namespace boost

namespace fg::graph {

template <class G>
concept BoostGraphModel = std::derived_from<G, GraphView>;

using GraphTraits = detail::view_graph_traits;

namespace detail {
inline std::pair<GraphTraits::out_edge_iterator, GraphTraits::out_edge_iterator> edge_range(std::span<const Adjacent> adj) {
  return {GraphTraits::out_edge_iterator(adj.data(), {}), GraphTraits::out_edge_iterator(adj.data() + adj.size(), {})};
}
}  // namespace detail

template <BoostGraphModel G>
std::pair<GraphTraits::out_edge_iterator, GraphTraits::out_edge_iterator> out_edges(NodeId n, const G& g) {
  return detail::edge_range(g.out_adjacent(n));
}
template <BoostGraphModel G>
std::pair<GraphTraits::in_edge_iterator, GraphTraits::in_edge_iterator> in_edges(NodeId n, const G& g) {
  return detail::edge_range(g.in_adjacent(n));
}
template <BoostGraphModel G>
std::pair<GraphTraits::adjacency_iterator, GraphTraits::adjacency_iterator> adjacent_vertices(NodeId n, const G& g) {
  auto adj = g.out_adjacent(n);
  return {GraphTraits::adjacency_iterator(adj.data(), {}), GraphTraits::adjacency_iterator(adj.data() + adj.size(), {})};
}
template <BoostGraphModel G>
NodeId source(EdgeId e, const G& g) {
  return g.source(e);
}
template <BoostGraphModel G>
NodeId target(EdgeId e, const G& g) {
  return g.target(e);
}
template <BoostGraphModel G>
std::size_t out_degree(NodeId n, const G& g) {
  return g.out_adjacent(n).size();
}
template <BoostGraphModel G>
std::size_t in_degree(NodeId n, const G& g) {
  return g.in_adjacent(n).size();
}
template <BoostGraphModel G>
std::size_t degree(NodeId n, const G& g) {
  return out_degree(n, g) + in_degree(n, g);
}
template <BoostGraphModel G>
std::pair<GraphTraits::vertex_iterator, GraphTraits::vertex_iterator> vertices(const G& g) {
  return {GraphTraits::vertex_iterator(0), GraphTraits::vertex_iterator(static_cast<NodeId>(g.node_count()))};
}
template <BoostGraphModel G>
std::size_t num_vertices(const G& g) {
  return g.node_count();
}
template <BoostGraphModel G>
std::pair<GraphTraits::edge_iterator, GraphTraits::edge_iterator> edges(const G& g) {
  return {GraphTraits::edge_iterator(0), GraphTraits::edge_iterator(static_cast<EdgeId>(g.edge_count()))};
}
template <BoostGraphModel G>
std::size_t num_edges(const G& g) {
  return g.edge_count();
}

// Node and relationship ids are dense indexes, so identity maps serve as vertex_index / edge_index.
template <BoostGraphModel G>
detail::identity_maps::vertex get(boost::vertex_index_t, const G&) {
  return {};
}
template <BoostGraphModel G>
detail::identity_maps::edge get(boost::edge_index_t, const G&) {
  return {};
}

}  // namespace fg::graph
