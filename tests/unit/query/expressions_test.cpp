// openCypher expression semantics: arithmetic, null, comparison, lists, strings, functions.
#include <catch2/catch.hpp>

#include "test_graph.hpp"

using namespace fg::query;
using fg::query::testing::column;

namespace {
std::string runtime_detail(const std::string& q) {
  fg::graph::Graph g;
  try {
    execute(g, q);
  } catch (const QueryError& e) {
    CHECK(e.phase == QueryError::Phase::Runtime);
    return e.kind + "/" + e.detail;
  }
  return "no error";
}
}  // namespace

TEST_CASE("integer and float arithmetic", "[expressions]") {
  fg::graph::Graph g;
  CHECK(column(g, "RETURN 7 / 2") == "3");
  CHECK(column(g, "RETURN -7 / 2") == "-3");
  CHECK(column(g, "RETURN 7 / 2.0") == "3.5");
  CHECK(column(g, "RETURN -7 % 3") == "-1");
  CHECK(column(g, "RETURN 2 ^ 3") == "8.0");
  CHECK(column(g, "RETURN 1 + null") == "null");
  CHECK(runtime_detail("RETURN 9223372036854775807 + 1") == "ArithmeticError/IntegerOverflow");
  CHECK(runtime_detail("RETURN 1 / 0") == "ArithmeticError/DivisionByZero");
  CHECK(column(g, "RETURN 1.0 / 0") == "Infinity");
  CHECK(runtime_detail("RETURN true + 1") == "TypeError/InvalidArgumentType");
}

TEST_CASE("three-valued logic and comparisons", "[expressions]") {
  fg::graph::Graph g;
  CHECK(column(g, "RETURN null AND false") == "false");
  CHECK(column(g, "RETURN null OR true") == "true");
  CHECK(column(g, "RETURN null XOR true") == "null");
  CHECK(column(g, "RETURN NOT null") == "null");
  CHECK(column(g, "RETURN 1 = 1.0") == "true");
  CHECK(column(g, "RETURN 1 = 'a'") == "false");
  CHECK(column(g, "RETURN 1 < 'a'") == "null");
  CHECK(column(g, "RETURN [1, null] = [1, 2]") == "null");
  CHECK(column(g, "RETURN [1, 2] = [1, 3]") == "false");
  CHECK(column(g, "RETURN 2 IN [1, null]") == "null");
  CHECK(column(g, "RETURN 1 IN [1, null]") == "true");
  CHECK(column(g, "RETURN 1 < 2 < 3") == "true");
  CHECK(column(g, "RETURN 0.0 / 0.0 = 0.0 / 0.0") == "false");
}

TEST_CASE("lists: indexing, slicing, comprehensions, quantifiers", "[expressions]") {
  fg::graph::Graph g;
  CHECK(column(g, "RETURN [1, 2, 3][-1]") == "3");
  CHECK(column(g, "RETURN [1, 2, 3][5]") == "null");
  CHECK(column(g, "RETURN [1, 2, 3, 4][1..-1]") == "[2, 3]");
  CHECK(column(g, "RETURN [1, 2, 3][..-5]") == "[]");
  CHECK(column(g, "RETURN [1, 2][null..]") == "null");
  CHECK(column(g, "RETURN [x IN range(1, 6) WHERE x % 2 = 0 | x * x]") == "[4, 16, 36]");
  CHECK(column(g, "RETURN all(x IN [1, null] WHERE x > 0)") == "null");
  CHECK(column(g, "RETURN any(x IN [1, null] WHERE x > 0)") == "true");
  CHECK(column(g, "RETURN single(x IN [1, 2] WHERE x > 0)") == "false");
  CHECK(column(g, "RETURN [1] + [2] + 3") == "[1, 2, 3]");
  CHECK(runtime_detail("RETURN {a: 1}[1]") == "TypeError/MapElementAccessByNonString");
}

TEST_CASE("string functions, with null", "[expressions]") {
  fg::graph::Graph g;
  CHECK(column(g, "RETURN toUpper('été'), toLower(null)") == "'ÉTÉ'");
  CHECK(column(g, "RETURN substring('héllo', 1, 3)") == "'éll'");
  CHECK(column(g, "RETURN left('héllo', 2) + right('héllo', 2)") == "'hélo'");
  CHECK(column(g, "RETURN split('a,b,,c', ',')") == "['a', 'b', '', 'c']");
  CHECK(column(g, "RETURN reverse('abc')") == "'cba'");
  CHECK(column(g, "RETURN trim('  x ') + lTrim(' y') + rTrim('z ')") == "'xyz'");
  CHECK(column(g, "RETURN replace('aXbX', 'X', '-')") == "'a-b-'");
  CHECK(column(g, "RETURN size('héllo')") == "5");
  CHECK(column(g, "RETURN 'abc' STARTS WITH 'a', 'abc' CONTAINS null") == "true");
  CHECK(column(g, "RETURN 'abc' =~ 'a.c'") == "true");
  CHECK(column(g, "RETURN toInteger('12'), toInteger('x')") == "12");
  CHECK(column(g, "RETURN toFloat('1.5')") == "1.5");
  CHECK(column(g, "RETURN toBoolean('TRUE')") == "true");
  CHECK(column(g, "RETURN toString(1.0)") == "'1.0'");
  CHECK(column(g, "RETURN coalesce(null, 2, 3)") == "2");
}

TEST_CASE("graph functions and CASE", "[expressions]") {
  auto g = testing::diplomacy_graph();
  CHECK(column(g, "MATCH (p:Person {name: 'Riabkov'})-[r:REPRESENTS]->(s) RETURN type(r)") == "'REPRESENTS'");
  CHECK(column(g, "MATCH (p:Person {name: 'Riabkov'})-[r:REPRESENTS]->(s) RETURN r.sources") == "['a1']");
  CHECK(column(g, "MATCH p = (:Person {name: 'Riabkov'})-[:ATTENDS]->() RETURN length(p), nodes(p)[1].name") == "1");
  CHECK(column(g, "MATCH (s:State {name: 'Russia'}) RETURN labels(s), keys(s)") == "['State']");
  CHECK(column(g, "MATCH (s:State {name: 'Russia'}) RETURN s:State, s:Person") == "true");
  CHECK(column(g, "MATCH (p:Person) WHERE (p)-[:ATTENDS]->() RETURN count(p)") == "2");
  CHECK(column(g, "MATCH (p:Person {name: 'Sherman'}) RETURN [(p)-[:REPRESENTS]->(s) | s.name]") == "['United States']");
  CHECK(column(g, "RETURN CASE 1 WHEN 2 THEN 'a' ELSE 'b' END") == "'b'");
  CHECK(column(g, "RETURN CASE WHEN null THEN 1 END") == "null");
  CHECK(column(g, "RETURN $p + 1", {{"p", Value(std::int64_t{41})}}) == "42");
}
