// The per-query memory budget: sorting, grouping, collect(), DISTINCT and the result rows are
// charged; past the limit the query stops with an error naming --max-memory; no limit (0) or a
// generous one lets the same query finish.
#include <catch2/catch.hpp>

#include "query/engine.hpp"
#include "query/memory_budget.hpp"

using namespace fg::query;

namespace {
QueryOptions with_memory(std::size_t bytes) {
  QueryOptions o;
  o.max_memory = bytes;
  return o;
}
}  // namespace

TEST_CASE("a query that holds more than --max-memory stops with a message naming it", "[memory]") {
  fg::graph::Graph g;
  const std::string rows = "UNWIND range(1, 200000) AS i ";
  for (const std::string tail : {"RETURN collect(toString(i) + 'some padding text') AS l",
                                 "RETURN i ORDER BY i DESC",
                                 "RETURN DISTINCT toString(i) AS s",
                                 "WITH i % 50000 AS k, i RETURN k, count(i)",
                                 "RETURN i, toString(i) AS s"}) {
    INFO(tail);
    CHECK_THROWS_WITH(execute(g, rows + tail, {}, with_memory(1 << 20)),
                      Catch::Contains("--max-memory") && Catch::Contains("1 MiB"));
    CHECK(execute(g, rows + tail, {}, with_memory(0)).rows.size() >= 1);
    CHECK_NOTHROW(execute(g, rows + tail, {}, with_memory(std::size_t{1} << 30)));
  }
}

TEST_CASE("small queries stay far below the budget", "[memory]") {
  fg::graph::Graph g;
  CHECK(execute(g, "UNWIND range(1, 1000) AS i RETURN sum(i)", {}, with_memory(1 << 20)).rows.at(0).at(0).as_int() ==
        500500);
}

TEST_CASE("value size estimates grow with what a value holds", "[memory]") {
  CHECK(approx_bytes(Value("a")) < approx_bytes(Value(std::string(1000, 'x'))));
  CHECK(approx_bytes(Value(List{})) < approx_bytes(Value(List(100, Value(1)))));
  CHECK(format_bytes(std::size_t{1} << 30) == "1 GiB");
  CHECK(format_bytes(512) == "512 bytes");
}
