// Merging facts: the same fact from two sources is one relationship with two sightings.
#include <catch2/catch.hpp>

#include "graph/merge.hpp"

using namespace fg::graph;

namespace {
RelationFact represents(const std::string& source, std::int64_t sentence, const std::string& forum, double confidence) {
  return RelationFact{"REPRESENTS",
                      {"Person", "Alexander Grushko"},
                      {"State", "Russia"},
                      {{"forum", Value(forum)}},
                      {source, sentence, "evidence from " + source, confidence, "rule-x"}};
}
List list(const Graph& g, EdgeId e, const char* key) { return g.edge_property(e, key)->as_list(); }
}  // namespace

TEST_CASE("the same fact from two sources merges, keeping both sightings") {
  Graph g;
  Merger m(g, &Schema::v1());
  auto first = m.merge_relation(represents("afp", 4, "NATO-Russia Council", 0.7));
  REQUIRE(first.ok);
  CHECK(first.created);
  auto second = m.merge_relation(represents("reuters", 2, "NATO Russia council", 0.9));
  REQUIRE(second.ok);
  CHECK_FALSE(second.created);
  CHECK(second.id == first.id);
  CHECK(g.edge_count() == 1);

  auto e = first.id;
  CHECK(*g.edge_property(e, "mentions") == Value(2));
  CHECK(list(g, e, "sources") == List{Value("afp"), Value("reuters")});
  CHECK(list(g, e, "sentences") == List{Value(4), Value(2)});
  CHECK(list(g, e, "evidences") == List{Value("evidence from afp"), Value("evidence from reuters")});
  CHECK(*g.edge_property(e, "source") == Value("afp"));  // the first sighting
  CHECK(*g.edge_property(e, "sentence") == Value(4));
  CHECK(*g.edge_property(e, "confidence") == Value(0.9));  // the highest
  CHECK(*g.edge_property(e, "forum") == Value("NATO-Russia Council"));
}

TEST_CASE("a different forum is a different fact") {
  Graph g;
  Merger m(g, &Schema::v1());
  auto a = m.merge_relation(represents("afp", 4, "NATO-Russia Council", 1));
  auto b = m.merge_relation(represents("afp", 9, "Geneva talks", 1));
  CHECK(a.id != b.id);
  CHECK(g.edge_count() == 2);
}

TEST_CASE("the same sighting twice changes nothing") {
  Graph g;
  Merger m(g, &Schema::v1());
  m.merge_relation(represents("afp", 4, "NATO-Russia Council", 0.7));
  auto revision = g.revision();
  auto again = m.merge_relation(represents("afp", 4, "NATO-Russia Council", 0.7));
  CHECK(again.ok);
  CHECK_FALSE(again.changed);
  CHECK(g.revision() == revision);
  CHECK(*g.edge_property(again.id, "mentions") == Value(1));
}

TEST_CASE("MET_WITH is symmetric: either direction is the same fact") {
  Graph g;
  Merger m(g, &Schema::v1());
  auto ab = m.merge_relation({"MET_WITH", {"Person", "Wendy Sherman"}, {"Person", "Sergei Riabkov"}, {}, {"a", 1, "", {}, ""}});
  auto ba = m.merge_relation({"MET_WITH", {"Person", "Sergei Riabkov"}, {"Person", "Wendy Sherman"}, {}, {"b", 3, "", {}, ""}});
  CHECK(ab.id == ba.id);
  CHECK(g.edge_count() == 1);
  CHECK(*g.edge_property(ab.id, "mentions") == Value(2));
}

TEST_CASE("a refused fact leaves the graph untouched") {
  Graph g;
  Merger m(g, &Schema::v1());
  auto r = m.merge_relation({"REPRESENTS", {"State", "France"}, {"State", "Russia"}, {}, {"a", 1, "", {}, ""}});
  CHECK_FALSE(r.ok);
  CHECK(r.error == "REPRESENTS cannot start at a State node: it goes from Person");
  CHECK(g.node_count() == 0);
  CHECK(g.edge_count() == 0);
}

TEST_CASE("without a schema any label and type is accepted") {
  Graph g;
  Merger m(g, nullptr);
  auto r = m.merge_relation({"ADMIRES", {"Robot", "R2"}, {"Robot", "C3PO"}, {}, {"a", 1, "", {}, ""}});
  CHECK(r.ok);
  CHECK(g.symbol_name(g.edge_type(r.id)) == "ADMIRES");
}

TEST_CASE("entities merge aliases and node sightings") {
  Graph g;
  Merger m(g, &Schema::v1());
  auto a = m.merge_entity({"Person", "Alexander Grushko", {"Alexander Grouchko"}, {{"title", Value("Deputy Foreign Minister")}}, {"afp", 4, "", {}, ""}});
  auto b = m.merge_entity({"Person", "Alexander Grouchko", {"Alexandre Grouchko"}, {}, {"lemonde", 1, "", {}, ""}});
  CHECK(a.id == b.id);
  CHECK(g.node_property(a.id, "aliases")->as_list() == List{Value("Alexander Grouchko"), Value("Alexandre Grouchko")});
  CHECK(*g.node_property(a.id, "mentions") == Value(2));
  CHECK(*g.node_property(a.id, "id") == Value("person:alexander-grushko"));
}

TEST_CASE("a node seen in many sources keeps each sighting once, also when seen again") {
  // Past a few dozen sightings the merger answers "seen already?" from an index, not a scan.
  Graph g;
  Merger m(g, &Schema::v1());
  auto fact = [](int i) {
    return EntityFact{"State", "Russia", {}, {}, {"article-" + std::to_string(i % 100), i % 100, "e", 1.0, ""}};
  };
  NodeId n = 0;
  for (int i = 0; i < 300; ++i) {
    auto r = m.merge_entity(fact(i));
    REQUIRE(r.ok);
    n = r.id;
    CHECK(r.changed == (i < 100));
  }
  CHECK(*g.node_property(n, "mentions") == Value(100));
  CHECK(g.node_property(n, "sources")->as_list().size() == 100);
  auto revision = g.revision();
  // a new sentence of a known source is a new sighting; the same one again is not
  auto other = fact(7);
  other.sighting.sentence = 1000;
  CHECK(m.merge_entity(other).changed);
  CHECK_FALSE(m.merge_entity(other).changed);
  CHECK(g.revision() > revision);
  CHECK(*g.node_property(n, "mentions") == Value(101));
  // a second merger (another import) over the same graph sees the same sightings
  Merger again(g, &Schema::v1());
  CHECK_FALSE(again.merge_entity(fact(42)).changed);
  CHECK_FALSE(again.merge_entity(other).changed);
}
