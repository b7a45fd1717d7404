// The frozen graph (a snapshot viewed in place) answers every read exactly like the builder
// graph it was saved from, and a damaged file fails with a message naming it, never a crash.
#include <boost/graph/breadth_first_search.hpp>
#include <catch2/catch.hpp>
#include <filesystem>
#include <random>

#include "graph/boost_traits.hpp"
#include "graph/frozen_graph.hpp"
#include "graph/graph_file.hpp"
#include "snapshot_test_graph.hpp"

using namespace fg::graph;

namespace {

std::vector<std::pair<std::string, Value>> properties(const GraphView& g, bool node, std::uint32_t id) {
  std::vector<std::pair<std::string, Value>> out;
  auto visit = [&](Symbol k, const ValueRef& v) { out.emplace_back(g.symbol_name(k), v.to_value()); };
  if (node) g.for_each_node_property(id, visit);
  else g.for_each_edge_property(id, visit);
  return out;
}

std::vector<std::string> names(const GraphView& g, const std::vector<Symbol>& syms) {
  std::vector<std::string> out;
  for (auto s : syms) out.push_back(g.symbol_name(s));
  return out;
}

// Every read of the GraphView interface gives the same answer on both graphs.
void require_same_view(const GraphView& a, const GraphView& b) {
  REQUIRE(a.node_count() == b.node_count());
  REQUIRE(a.edge_count() == b.edge_count());
  REQUIRE(names(a, a.labels_in_use()) == names(b, b.labels_in_use()));
  REQUIRE(names(a, a.edge_types_in_use()) == names(b, b.edge_types_in_use()));
  auto sym = [&](Symbol s) { return *b.find_symbol(a.symbol_name(s)); };
  for (NodeId n = 0; n < a.node_count(); ++n) {
    INFO("node " << n);
    std::vector<std::string> la, lb;
    for (auto l : a.labels(n)) la.push_back(a.symbol_name(l));
    for (auto l : b.labels(n)) lb.push_back(b.symbol_name(l));
    CHECK(la == lb);
    CHECK(properties(a, true, n) == properties(b, true, n));
    CHECK(a.node_value(n, a.key_name()).to_value() == b.node_value(n, b.key_name()).to_value());
    for (bool out : {true, false}) {
      auto x = out ? a.out_adjacent(n) : a.in_adjacent(n);
      auto y = out ? b.out_adjacent(n) : b.in_adjacent(n);
      REQUIRE(x.size() == y.size());
      for (std::size_t i = 0; i < x.size(); ++i) {
        CHECK(a.symbol_name(x[i].type) == b.symbol_name(y[i].type));
        CHECK(x[i].other == y[i].other);
        CHECK(x[i].edge == y[i].edge);
        auto tx = out ? a.out_adjacent(n, x[i].type) : a.in_adjacent(n, x[i].type);
        auto ty = out ? b.out_adjacent(n, sym(x[i].type)) : b.in_adjacent(n, sym(x[i].type));
        CHECK(tx.size() == ty.size());
      }
    }
  }
  for (EdgeId e = 0; e < a.edge_count(); ++e) {
    INFO("relationship " << e);
    CHECK(a.source(e) == b.source(e));
    CHECK(a.target(e) == b.target(e));
    CHECK(a.symbol_name(a.edge_type(e)) == b.symbol_name(b.edge_type(e)));
    CHECK(properties(a, false, e) == properties(b, false, e));
  }
  // Members as sets: a builder lists them in the order labels were added, a snapshot sorted.
  auto sorted = [](auto span) {
    std::vector<std::uint32_t> v(span.begin(), span.end());
    std::sort(v.begin(), v.end());
    return v;
  };
  for (auto l : a.labels_in_use()) CHECK(sorted(a.nodes_with_label(l)) == sorted(b.nodes_with_label(sym(l))));
  for (auto t : a.edge_types_in_use()) CHECK(sorted(a.edges_with_type(t)) == sorted(b.edges_with_type(sym(t))));
}

std::pair<Resolution::Status, std::vector<NodeId>> resolved(const GraphView& g, std::string_view label,
                                                            std::string_view name, ResolveMode mode) {
  auto r = g.resolve_label(label, name, mode);
  return {r.status, r.candidates};
}

template <class G>
struct DistanceRecorder : boost::default_bfs_visitor {
  std::vector<std::size_t>* dist;
  void tree_edge(EdgeId e, const G& g) const { (*dist)[target(e, g)] = (*dist)[source(e, g)] + 1; }
};

template <class G>
void bfs_distances(const G& g, NodeId start, std::vector<std::size_t>& dist) {
  std::vector<boost::default_color_type> colors(num_vertices(g));
  DistanceRecorder<G> rec;
  rec.dist = &dist;
  boost::breadth_first_search(
      g, start, boost::visitor(rec).color_map(boost::make_iterator_property_map(colors.begin(), get(boost::vertex_index, g))));
}

}  // namespace

TEST_CASE("a frozen graph reads exactly like the graph it was saved from") {
  auto g = testing::snapshot_sample_graph(200);
  g.set_created_unix_ms(1700000000000);
  auto frozen = FrozenGraph::from_bytes(serialize_graph(g), "sample.fg");
  require_same_view(g, *frozen);
  CHECK(frozen->created_unix_ms() == 1700000000000);
  // and thawing it gives the builder back, byte for byte
  CHECK(serialize_graph(frozen->thaw()) == serialize_graph(g));
}

TEST_CASE("a frozen graph resolves names like the builder") {
  auto g = testing::snapshot_sample_graph(20);
  auto frozen = FrozenGraph::freeze(g);
  for (auto mode : {ResolveMode::Strict, ResolveMode::Lenient})
    for (auto [label, name] : std::vector<std::pair<std::string, std::string>>{{"Person", "Wendy Sherman"},
                                                                               {"Person", "wendy  SHERMAN"},
                                                                               {"Person", "Sherman"},
                                                                               {"Person", "W. Sherman"},
                                                                               {"State", "RU"},
                                                                               {"State", "Russian Federation"},
                                                                               {"State", "United States"},
                                                                               {"State", "us"},
                                                                               {"Organization", "nato-russia council"},
                                                                               {"Person", "Person 7"},
                                                                               {"Person", "Nobody"},
                                                                               {"Nolabel", "Russia"}}) {
      INFO(label << " " << name);
      CHECK(resolved(g, label, name, mode) == resolved(*frozen, label, name, mode));
    }
  CHECK(frozen->resolve_label("State", "RU").found());
}

TEST_CASE("chunked arrays are viewed as one array") {
  auto g = testing::snapshot_sample_graph(50);
  SnapshotOptions o;
  o.chunk_elements = 5;  // adjacency entries are chunked in whole triples
  auto frozen = FrozenGraph::from_bytes(serialize_graph(g, o), "chunked.fg");
  require_same_view(g, *frozen);
}

TEST_CASE("Boost.Graph algorithms run on the frozen graph") {
  auto g = testing::snapshot_sample_graph(30);
  auto frozen = FrozenGraph::freeze(g);
  std::vector<std::size_t> dist_builder(g.node_count()), dist_frozen(frozen->node_count());
  NodeId last = static_cast<NodeId>(g.node_count() - 1);
  bfs_distances(g, last, dist_builder);
  bfs_distances(*frozen, last, dist_frozen);
  CHECK(dist_builder == dist_frozen);
  CHECK(*std::max_element(dist_frozen.begin(), dist_frozen.end()) > 5);
}

TEST_CASE("older format versions open as frozen graphs too") {
  auto dir = std::filesystem::path(__FILE__).parent_path() / "../../data/snapshot";
  for (auto file : {"seed-v1.fg", "seed-v2.fg", "seed-v3.fg"}) {
    INFO(file);
    auto frozen = FrozenGraph::open(dir / file);
    auto builder = load_graph(dir / file);
    require_same_view(builder, *frozen);
    CHECK(frozen->resolve_label("Person", "Alexander Grouchko", ResolveMode::Strict).found());
  }
}

TEST_CASE("a damaged frozen graph fails with a message naming the file, never a crash") {
  auto g = testing::snapshot_sample_graph(40);
  auto bytes = serialize_graph(g);
  std::mt19937_64 rng(777);
  int refused = 0, opened = 0;
  for (int round = 0; round < 2000; ++round) {
    auto damaged = round < 16 ? bytes.substr(0, bytes.size() * round / 16) : bytes;
    if (round >= 16)
      for (int i = 0, flips = 1 + static_cast<int>(rng() % 6); i < flips; ++i)
        damaged[rng() % damaged.size()] ^= static_cast<char>(1 + rng() % 255);
    try {
      auto f = FrozenGraph::from_bytes(damaged, "damaged.fg");
      ++opened;
      // read everything: ids and offsets are checked as they are used
      for (NodeId n = 0; n < f->node_count(); ++n) {
        for (auto l : f->labels(n)) (void)f->symbol_name(l);
        (void)properties(*f, true, n);
        for (const auto& a : f->out_adjacent(n)) (void)properties(*f, false, a.edge);
        for (const auto& a : f->in_adjacent(n)) (void)f->source(a.edge);
      }
      for (auto l : f->labels_in_use()) (void)f->nodes_with_label(l);
      (void)f->resolve_label("Person", "Wendy Sherman", ResolveMode::Lenient);
    } catch (const GraphFileError& e) {
      ++refused;
      CHECK(std::string(e.what()).find("damaged.fg: ") == 0);
    }
  }
  CHECK(refused > 16);
  CHECK(opened > 0);
}
