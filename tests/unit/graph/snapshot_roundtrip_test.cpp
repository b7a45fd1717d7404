// Snapshots: save -> load -> save gives the same bytes; the loaded graph equals the original in
// everything queries see (labels, properties, adjacency, indexes, name resolution); chunked
// arrays; the older format version 1 is read.
#include <catch2/catch.hpp>
#include <algorithm>
#include <filesystem>
#include <unistd.h>

#include "graph/graph_file.hpp"
#include "snapshot_test_graph.hpp"

using namespace fg::graph;

namespace {

void require_same_graph(const Graph& a, const Graph& b) {
  REQUIRE(a.node_count() == b.node_count());
  REQUIRE(a.edge_count() == b.edge_count());
  REQUIRE(a.symbols().names() == b.symbols().names());
  CHECK(a.created_unix_ms() == b.created_unix_ms());
  for (NodeId n = 0; n < a.node_count(); ++n) {
    INFO("node " << n);
    CHECK(std::vector<Symbol>(a.labels(n).begin(), a.labels(n).end()) ==
          std::vector<Symbol>(b.labels(n).begin(), b.labels(n).end()));
    CHECK(a.node_properties(n) == b.node_properties(n));
    CHECK(std::vector<Adjacent>(a.out_adjacent(n).begin(), a.out_adjacent(n).end()) ==
          std::vector<Adjacent>(b.out_adjacent(n).begin(), b.out_adjacent(n).end()));
    CHECK(std::vector<Adjacent>(a.in_adjacent(n).begin(), a.in_adjacent(n).end()) ==
          std::vector<Adjacent>(b.in_adjacent(n).begin(), b.in_adjacent(n).end()));
  }
  for (EdgeId e = 0; e < a.edge_count(); ++e) {
    INFO("relationship " << e);
    CHECK(a.source(e) == b.source(e));
    CHECK(a.target(e) == b.target(e));
    CHECK(a.edge_type(e) == b.edge_type(e));
    CHECK(a.edge_properties(e) == b.edge_properties(e));
  }
  CHECK(a.labels_in_use() == b.labels_in_use());
  CHECK(a.edge_types_in_use() == b.edge_types_in_use());
  for (auto l : a.labels_in_use()) {
    std::vector<NodeId> x(a.nodes_with_label(l).begin(), a.nodes_with_label(l).end());
    std::vector<NodeId> y(b.nodes_with_label(l).begin(), b.nodes_with_label(l).end());
    std::sort(x.begin(), x.end());
    CHECK(x == y);
  }
  for (auto t : a.edge_types_in_use())
    CHECK(std::vector<EdgeId>(a.edges_with_type(t).begin(), a.edges_with_type(t).end()) ==
          std::vector<EdgeId>(b.edges_with_type(t).begin(), b.edges_with_type(t).end()));
}

}  // namespace

TEST_CASE("save, load, save gives the same bytes and the same graph") {
  auto g = testing::snapshot_sample_graph(50);
  g.set_created_unix_ms(1700000000123);
  auto bytes = serialize_graph(g);
  auto loaded = deserialize_graph(bytes, "mem.fg");
  require_same_graph(g, loaded);
  CHECK(serialize_graph(loaded) == bytes);
  CHECK(loaded.revision() == 0);  // a freshly loaded graph has no unsaved edits
}

TEST_CASE("the loaded indexes answer name lookups like the original") {
  auto g = testing::snapshot_sample_graph();
  auto loaded = deserialize_graph(serialize_graph(g), "mem.fg");
  for (auto [label, name] : {std::pair{"State", "Russia"}, {"State", "US"}, {"State", "moscow"}, {"Person", "Wendy Sherman"},
                             {"Person", "W. Sherman"}, {"Organization", "NATO-Russia Council"}, {"Meeting", "nato-russia council"},
                             {"State", "Atlantis"}}) {
    INFO(label << " " << name);
    auto a = g.resolve(label, name, ResolveMode::Lenient);
    auto b = loaded.resolve(label, name, ResolveMode::Lenient);
    CHECK(a.status == b.status);
    CHECK(a.node == b.node);
  }
  CHECK(loaded.resolve("State", "Russia").found());
  CHECK(loaded.edges_between(0, *loaded.find_symbol("REPRESENTS"), 2).size() == 2);
}

TEST_CASE("arrays split in chunks read back as one") {
  auto g = testing::snapshot_sample_graph(40);
  SnapshotOptions small;
  small.chunk_elements = 3;  // every array and string table in many chunks
  auto chunked = serialize_graph(g, small);
  auto whole = serialize_graph(g);
  CHECK(chunked != whole);
  auto loaded = deserialize_graph(chunked, "chunked.fg");
  require_same_graph(g, loaded);
  CHECK(serialize_graph(loaded) == whole);
}

TEST_CASE("the empty graph round-trips") {
  Graph g;
  auto bytes = serialize_graph(g);
  auto loaded = deserialize_graph(bytes, "empty.fg");
  CHECK(loaded.node_count() == 0);
  CHECK(serialize_graph(loaded) == bytes);
}

TEST_CASE("save keeps the created time; an unchanged graph saves to the same bytes") {
  auto dir = std::filesystem::temp_directory_path() / ("fg-snapshot-test-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  auto path = dir / "g.fg";
  auto g = testing::snapshot_sample_graph(5);
  CHECK(g.created_unix_ms() == 0);
  save_graph(g, path);
  CHECK(g.created_unix_ms() > 0);
  auto first = read_file(path);
  auto loaded = load_graph(path);
  CHECK(loaded.created_unix_ms() == g.created_unix_ms());
  save_graph(loaded, path);
  CHECK(read_file(path) == first);
  auto info = snapshot_info(path);
  CHECK(info.format_version == kFormatVersion);
  CHECK(info.nodes == g.node_count());
  CHECK(info.relationships == g.edge_count());
  CHECK(info.created_unix_ms == g.created_unix_ms());
  CHECK(info.file_bytes == first.size());
  CHECK(info.sources == std::vector<std::string>{"src-0", "src-1", "src-2", "src-3", "src-4"});
  std::filesystem::remove_all(dir);
}

TEST_CASE("a version 1 graph file is read and saved as version 2") {
  auto v1 = std::filesystem::path(__FILE__).parent_path() / "../../data/snapshot/seed-v1.fg";
  auto info = snapshot_info(v1);
  CHECK(info.format_version == 1);
  auto g = load_graph(v1);
  CHECK(g.node_count() == 29);
  CHECK(g.edge_count() == 40);
  CHECK(g.resolve("Person", "Alexander Grouchko").found());
  auto bytes = serialize_graph(g);
  auto again = deserialize_graph(bytes, "v2.fg");
  require_same_graph(g, again);
  CHECK(serialize_graph(again) == bytes);
}
