// An aggregation without grouping keys over no rows still gives one row, also when an operator
// that reads rows one by one (UNWIND, MATCH) comes after it and another aggregation follows.
#include <catch2/catch.hpp>

#include "graph/merge.hpp"
#include "query/engine.hpp"

TEST_CASE("query: a keyless aggregation over no rows feeds UNWIND and a second aggregation", "[query][aggregate]") {
  fg::graph::Graph g;
  fg::graph::Merger m{g, nullptr};
  fg::graph::EntityFact f{"Meeting", "Lakeside summit", {}, {{"date", "2024"}}, {}};
  REQUIRE(m.merge_entity(f).ok);
  auto r = fg::query::execute(g,
                              "MATCH (m:Meeting) WHERE m.name = 'none' WITH collect(m) AS editions "
                              "UNWIND editions AS m RETURN m.name AS n, collect(m.date) AS d");
  CHECK(r.rows.empty());
  auto one = fg::query::execute(g,
                                "MATCH (m:Meeting) WHERE m.name = 'none' WITH collect(m) AS editions "
                                "WITH editions[0].date AS first, editions "
                                "UNWIND [e IN editions WHERE e.date = first] AS m "
                                "OPTIONAL MATCH (m)-[r:HELD_IN]->(pl) RETURN pl.name AS place, count(*) AS c");
  CHECK(one.rows.empty());  // grouped by place: no group
  auto counted = fg::query::execute(g, "MATCH (m:Meeting) WHERE m.name = 'none' WITH count(*) AS c "
                                       "UNWIND [c, c + 1] AS x RETURN sum(x) AS s");
  REQUIRE(counted.rows.size() == 1);
  CHECK(counted.rows[0][0].as_int() == 1);
}
