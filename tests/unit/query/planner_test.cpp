// The planner's choice of start and its operator order, read from EXPLAIN.
#include <catch2/catch.hpp>

#include "test_graph.hpp"

using namespace fg::query;

namespace {
std::string plan_of(fg::graph::Graph& g, const std::string& q) { return prepare(g, q).explain(); }
// The leaf-most operator above Argument: the start of the plan.
std::string start_of(const std::string& plan) {
  auto arg = plan.rfind("Argument");
  auto line_end = plan.rfind('\n', arg - 1);
  auto line_start = plan.rfind('\n', line_end - 1);
  std::string line = plan.substr(line_start + 1, line_end - line_start - 1);
  return line.substr(line.find_first_not_of(' '));
}
}  // namespace

TEST_CASE("the start is a name seek when a labelled node has a name", "[planner]") {
  auto g = testing::diplomacy_graph();
  auto plan = plan_of(g, "MATCH (p:Person)-[r:REPRESENTS]->(s:State {name: 'Russia'}) RETURN p.name");
  CHECK(start_of(plan) == "NodeByNameSeek (s:State {name: 'Russia'})");
  CHECK(plan.find("Expand (s)<-[r:REPRESENTS]-(p)") != std::string::npos);
}

TEST_CASE("the smallest label scan is preferred to a full scan", "[planner]") {
  auto g = testing::diplomacy_graph();
  CHECK(start_of(plan_of(g, "MATCH (a)-[:ATTENDS]->(m:Meeting) RETURN a")) == "NodeByLabelScan (m:Meeting)");
  CHECK(start_of(plan_of(g, "MATCH (p:Person)-->(s:State) RETURN p")) == "NodeByLabelScan (s:State)");
  CHECK(start_of(plan_of(g, "MATCH (a)-->(b) RETURN a")) == "AllNodesScan (a)");
}

TEST_CASE("filters run as soon as their variables are bound", "[planner]") {
  auto g = testing::diplomacy_graph();
  auto plan = plan_of(g, "MATCH (s:State)<-[:REPRESENTS]-(p)-[:ATTENDS]->(m) WHERE s.name = 'Russia' AND m.name <> 'x' RETURN p");
  auto filter_s = plan.find("Filter s.name = 'Russia'");
  auto first_expand = plan.find("Expand (s)");
  REQUIRE(filter_s != std::string::npos);
  CHECK(filter_s > first_expand);  // printed below the expansions means it runs before them
}

TEST_CASE("the name seek resolves aliases and surnames; WHERE stays exact", "[planner]") {
  auto g = testing::diplomacy_graph();
  using testing::column;
  CHECK(column(g, "MATCH (s:State {name: 'Russian Federation'}) RETURN s.name") == "'Russia'");
  CHECK(column(g, "MATCH (p:Person {name: 'Grushko'}) RETURN p.name") == "'Alexander Grushko'");
  CHECK(column(g, "MATCH (s:State) WHERE s.name = 'Russian Federation' RETURN s.name") == "");
  CHECK(column(g,
               "MATCH (p:Person)-[r:REPRESENTS]->(:State {name: 'Russia'}) RETURN p.name + ' @ ' + r.forum AS x ORDER BY x") ==
        "'Alexander Grushko @ NATO-Russia Council'; 'Sergei Riabkov @ Geneva talks'");
}

TEST_CASE("PROFILE reports rows per operator", "[planner]") {
  auto g = testing::diplomacy_graph();
  auto r = execute(g, "PROFILE MATCH (p:Person) RETURN p.name");
  CHECK(r.rows.size() == 3);
  CHECK(r.plan.find("NodeByLabelScan (p:Person)  [rows 3,") != std::string::npos);
  auto e = execute(g, "EXPLAIN MATCH (p:Person) RETURN p.name");
  CHECK(e.rows.empty());
  CHECK(e.explain_only);
}
