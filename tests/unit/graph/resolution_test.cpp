// Resolution of names to nodes (schema.md, "Names").
#include <catch2/catch.hpp>

#include "graph/merge.hpp"

using namespace fg::graph;

namespace {
NodeId entity(Merger& m, const std::string& label, const std::string& name, std::vector<std::string> aliases = {}) {
  auto r = m.merge_entity(EntityFact{label, name, std::move(aliases), {}, {"test", 0, "", {}, ""}});
  REQUIRE(r.ok);
  return r.id;
}
}  // namespace

TEST_CASE("exact name, then normalized name or alias") {
  Graph g;
  Merger m(g, &Schema::v1());
  auto grushko = entity(m, "Person", "Alexander Grushko", {"Alexander Grouchko"});
  CHECK(g.resolve("Person", "Alexander Grushko").node == grushko);
  CHECK(g.resolve("Person", "alexander  GRUSHKO").node == grushko);
  CHECK(g.resolve("Person", "Alexander Grouchko").node == grushko);
  CHECK(g.resolve("Person", "Sergei Riabkov").status == Resolution::Status::NotFound);
  CHECK(g.resolve("State", "Alexander Grushko").status == Resolution::Status::NotFound);
}

TEST_CASE("states resolve by any lexicon name or upper-case ISO code") {
  Graph g;
  Merger m(g, &Schema::v1());
  auto us = entity(m, "State", "USA");
  CHECK(*g.node_property(us, "name") == Value("United States"));
  CHECK(*g.node_property(us, "iso2") == Value("US"));
  for (auto name : {"US", "USA", "United States of America", "U.S.", "United States"}) {
    INFO(name);
    CHECK(g.resolve("State", name).node == us);
  }
  CHECK(g.resolve("State", "us").status == Resolution::Status::NotFound);
  auto russia = entity(m, "State", "Russia");
  CHECK(g.resolve("State", "Russian Federation").node == russia);
}

TEST_CASE("an alias shared by two nodes of the same label resolves to neither") {
  Graph g;
  Merger m(g, &Schema::v1());
  auto a = entity(m, "Organization", "Ministry of Foreign Affairs of France", {"Foreign Ministry"});
  auto b = entity(m, "Organization", "Ministry of Foreign Affairs of Japan", {"Foreign Ministry"});
  auto r = g.resolve("Organization", "Foreign Ministry");
  CHECK(r.status == Resolution::Status::Ambiguous);
  CHECK(r.candidates == std::vector<NodeId>{a, b});

  // and a fact naming it is refused instead of landing on the wrong node
  RelationFact f{"MEMBER_OF", {"Organization", "Foreign Ministry"}, {"Organization", "Government"}, {}, {"t", 1, "", {}, ""}};
  auto res = m.merge_relation(f);
  CHECK_FALSE(res.ok);
  CHECK(res.error == "ambiguous Organization name 'Foreign Ministry'");
  CHECK(g.resolve("Organization", "Government").status == Resolution::Status::NotFound);  // nothing half-made
}

TEST_CASE("surname-only aliases are kept but never resolve globally") {
  Graph g;
  Merger m(g, &Schema::v1());
  auto wendy = entity(m, "Person", "Wendy Sherman", {"Sherman"});
  auto aliases = g.node_property(wendy, "aliases");
  REQUIRE(aliases);
  CHECK(aliases->as_list() == List{Value("Sherman")});
  CHECK(g.resolve("Person", "Sherman").status == Resolution::Status::NotFound);
  // a namesake is a different person, not merged into Wendy Sherman
  auto other = entity(m, "Person", "Sherman");
  CHECK(other != wendy);
}

TEST_CASE("lenient resolution finds a unique surname, and refuses a shared one") {
  Graph g;
  Merger m(g, &Schema::v1());
  auto grushko = entity(m, "Person", "Alexander Grushko", {"Alexander Grouchko"});
  CHECK(g.resolve("Person", "Grouchko", ResolveMode::Lenient).node == grushko);
  CHECK(g.resolve("Person", "Grushko", ResolveMode::Lenient).node == grushko);
  CHECK(g.resolve("Person", "Grushko", ResolveMode::Strict).status == Resolution::Status::NotFound);
  entity(m, "Person", "Julianne Smith");
  entity(m, "Person", "Adam Smith");
  CHECK(g.resolve("Person", "Smith", ResolveMode::Lenient).status == Resolution::Status::Ambiguous);
}

TEST_CASE("renaming a node moves it in the name index") {
  Graph g;
  auto person = g.intern("Person");
  auto n = g.add_node(std::span<const Symbol>(&person, 1));
  g.set_node_property(n, "name", Value("Old Name"));
  CHECK(g.resolve(person, "Old Name").node == n);
  g.set_node_property(n, "name", Value("New Name"));
  CHECK(g.resolve(person, "Old Name").status == Resolution::Status::NotFound);
  CHECK(g.resolve(person, "new name").node == n);
  auto state = g.intern("State");
  g.add_label(n, state);
  CHECK(g.resolve(state, "New Name").node == n);
}
