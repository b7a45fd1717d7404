// The graph models Boost.Graph's concepts, so Boost algorithms run on it directly.
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/graph_concepts.hpp>
#include <catch2/catch.hpp>

#include "graph/boost_traits.hpp"

using namespace fg::graph;

BOOST_CONCEPT_ASSERT((boost::BidirectionalGraphConcept<Graph>));
BOOST_CONCEPT_ASSERT((boost::VertexListGraphConcept<Graph>));
BOOST_CONCEPT_ASSERT((boost::EdgeListGraphConcept<Graph>));
BOOST_CONCEPT_ASSERT((boost::AdjacencyGraphConcept<Graph>));

TEST_CASE("breadth_first_search walks the graph through the Boost.Graph interface") {
  Graph g;
  auto knows = g.intern("KNOWS");
  auto a = g.add_node(), b = g.add_node(), c = g.add_node(), d = g.add_node();
  g.add_edge(a, knows, b);
  g.add_edge(b, knows, c);
  g.add_edge(d, knows, a);  // d is not reachable from a along edge direction

  std::vector<std::size_t> dist(num_vertices(g), 0);
  std::vector<boost::default_color_type> colors(num_vertices(g));
  auto color_map = boost::make_iterator_property_map(colors.begin(), get(boost::vertex_index, g));
  boost::breadth_first_search(
      g, a,
      boost::visitor(boost::make_bfs_visitor(boost::record_distances(
                         boost::make_iterator_property_map(dist.begin(), get(boost::vertex_index, g)),
                         boost::on_tree_edge())))
          .color_map(color_map));
  CHECK(dist[b] == 1);
  CHECK(dist[c] == 2);
  CHECK(colors[d] == boost::white_color);
}

TEST_CASE("in_edges and out_edges see both directions") {
  Graph g;
  auto t = g.intern("T");
  auto a = g.add_node(), b = g.add_node();
  auto e = g.add_edge(a, t, b);
  auto [oi, oe] = out_edges(a, g);
  REQUIRE(std::distance(oi, oe) == 1);
  CHECK(*oi == e);
  auto [ii, ie] = in_edges(b, g);
  REQUIRE(std::distance(ii, ie) == 1);
  CHECK(source(*ii, g) == a);
  CHECK(in_degree(a, g) == 0);
  CHECK(num_edges(g) == 1);
}
