// Each operator through the queries that use it.
#include <catch2/catch.hpp>

#include "test_graph.hpp"

using namespace fg::query;
using fg::query::testing::column;

TEST_CASE("expand walks the needed direction and type", "[operators]") {
  auto g = testing::diplomacy_graph();
  CHECK(column(g, "MATCH (:Meeting)<-[:ATTENDS]-(p) RETURN p.name ORDER BY p.name") == "'Sergei Riabkov'; 'Wendy Sherman'");
  CHECK(column(g, "MATCH (m:Meeting)-[:ATTENDS]->(p) RETURN p") == "");
  CHECK(column(g, "MATCH (:Meeting)-[:ATTENDS]-(p) RETURN count(p)") == "2");
  CHECK(column(g, "MATCH (p:Person)-[:ATTENDS|REPRESENTS]->(x) RETURN count(*)") == "5");
}

TEST_CASE("variable-length expansion follows trails within bounds", "[operators]") {
  fg::graph::Graph g;
  execute(g, "CREATE (a {n: 'a'})-[:T]->(b {n: 'b'})-[:T]->(c {n: 'c'})-[:T]->(a)");
  CHECK(column(g, "MATCH ({n: 'a'})-[*1..2]->(x) RETURN x.n ORDER BY x.n") == "'b'; 'c'");
  CHECK(column(g, "MATCH ({n: 'a'})-[*0..0]->(x) RETURN x.n") == "'a'");
  // trails: around the cycle once, never reusing a relationship
  CHECK(column(g, "MATCH ({n: 'a'})-[r*]->(x) RETURN size(r) ORDER BY size(r)") == "1; 2; 3");
  QueryOptions opts;
  opts.max_hops = 2;
  CHECK_THROWS_WITH(execute(g, "MATCH ({n: 'a'})-[*]->(x) RETURN x", {}, opts), Catch::Contains("--max-hops"));
  CHECK_THROWS_WITH(execute(g, "MATCH ({n: 'a'})-[*1..5]->(x) RETURN x", {}, opts), Catch::Contains("--max-hops"));
}

TEST_CASE("relationship uniqueness within one MATCH", "[operators]") {
  fg::graph::Graph g;
  execute(g, "CREATE (a)-[:T]->(b)");
  CHECK(column(g, "MATCH (a)-[r1]-(b)-[r2]-(c) RETURN count(*)") == "0");
  CHECK(column(g, "MATCH (a)-[r1]-(b) MATCH (b)-[r2]-(c) RETURN count(*)") == "2");
}

TEST_CASE("optional match pads with nulls", "[operators]") {
  auto g = testing::diplomacy_graph();
  CHECK(column(g, "MATCH (p:Person) OPTIONAL MATCH (p)-[:ATTENDS]->(m) RETURN m.name ORDER BY m.name") ==
        "'Geneva talks'; 'Geneva talks'; null");
  CHECK(column(g, "OPTIONAL MATCH (x:Nothing) RETURN x") == "null");
}

TEST_CASE("aggregate, distinct, sort, skip, limit, unwind", "[operators]") {
  fg::graph::Graph g;
  CHECK(column(g, "UNWIND [1, 1.0, null, 2] AS x RETURN count(DISTINCT x)") == "2");
  CHECK(column(g, "UNWIND [] AS x RETURN count(*)") == "0");
  CHECK(column(g, "UNWIND [3, 1, 2] AS x RETURN collect(x)") == "[3, 1, 2]");
  CHECK(column(g, "UNWIND [1, 2, 3] AS x RETURN sum(x) + avg(x)") == "8.0");
  CHECK(column(g, "UNWIND [1, 'a', null, [1], true, 1.5] AS x RETURN x ORDER BY x") == "[1]; 'a'; true; 1; 1.5; null");
  CHECK(column(g, "UNWIND [1, 'a', null] AS x RETURN x ORDER BY x DESC") == "null; 1; 'a'");
  CHECK(column(g, "UNWIND range(1, 10) AS x RETURN x SKIP 2 LIMIT 3") == "3; 4; 5");
  CHECK(column(g, "UNWIND [1, 1, 2] AS x RETURN DISTINCT x") == "1; 2");
  CHECK(column(g, "UNWIND null AS x RETURN x") == "");
  auto r = execute(g, "UNWIND ['a', 'b', 'a'] AS k RETURN k, count(*) AS n ORDER BY k");
  REQUIRE(r.rows.size() == 2);
  CHECK(r.rows[0][1].as_int() == 2);
}

TEST_CASE("create writes nodes, relationships and counts them", "[operators]") {
  fg::graph::Graph g;
  auto r = execute(g, "CREATE p = (a:A:B {x: 1, y: null})-[:T {w: [1, 2]}]->(b) RETURN length(p)");
  CHECK(r.stats.nodes_created == 2);
  CHECK(r.stats.relationships_created == 1);
  CHECK(r.stats.labels_added == 2);
  CHECK(r.stats.properties_set == 2);
  CHECK(to_tck_string(g, r.rows[0][0]) == "1");
  CHECK(column(g, "MATCH (a:A)-[r:T]->(b) RETURN r.w") == "[1, 2]");
  // MATCH feeding CREATE sees only what existed before
  execute(g, "MATCH (n) CREATE (n)-[:SELF]->(n)");
  CHECK(column(g, "MATCH ()-[r:SELF]->() RETURN count(r)") == "2");
  QueryOptions ro;
  ro.allow_writes = false;
  CHECK_THROWS_WITH(execute(g, "CREATE ()", {}, ro), Catch::Contains("--write"));
}

TEST_CASE("max rows is an error, never a truncation", "[operators]") {
  fg::graph::Graph g;
  QueryOptions opts;
  opts.max_rows = 5;
  CHECK(execute(g, "UNWIND range(1, 5) AS x RETURN x", {}, opts).rows.size() == 5);
  CHECK_THROWS_WITH(execute(g, "UNWIND range(1, 6) AS x RETURN x", {}, opts), Catch::Contains("--max-rows"));
}
