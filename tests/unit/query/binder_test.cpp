// The binder's semantic checks, with the TCK's error details.
#include <catch2/catch.hpp>

#include "test_graph.hpp"

using namespace fg::query;

namespace {
std::string detail_of(const std::string& q) {
  fg::graph::Graph g;
  try {
    execute(g, q);
  } catch (const QueryError& e) {
    CHECK(e.phase == QueryError::Phase::Compile);
    return e.detail;
  }
  return "no error";
}
}  // namespace

TEST_CASE("variables must be defined and keep their type", "[binder]") {
  CHECK(detail_of("RETURN x") == "UndefinedVariable");
  CHECK(detail_of("MATCH (a) WITH a.x AS b RETURN a") == "UndefinedVariable");
  CHECK(detail_of("MATCH (a)-[a]->() RETURN a") == "VariableTypeConflict");
  CHECK(detail_of("WITH 1 AS n MATCH (n) RETURN n") == "VariableTypeConflict");
  CHECK(detail_of("MATCH (a)-[r]->()-[r]->() RETURN a") == "RelationshipUniquenessViolation");
  CHECK(detail_of("UNWIND [1] AS x UNWIND [2] AS x RETURN x") == "VariableAlreadyBound");
  CHECK(detail_of("MATCH (n) WHERE (n)-[r]->() RETURN n") == "UndefinedVariable");
}

TEST_CASE("aggregation placement", "[binder]") {
  CHECK(detail_of("MATCH (n) WHERE count(n) > 1 RETURN n") == "InvalidAggregation");
  CHECK(detail_of("RETURN count(count(1))") == "NestedAggregation");
  CHECK(detail_of("MATCH (n) RETURN n.x + count(*)") == "AmbiguousAggregationExpression");
  CHECK(detail_of("MATCH (n) RETURN n.x, n.x + count(*)") == "no error");
}

TEST_CASE("projections, functions and constants", "[binder]") {
  CHECK(detail_of("RETURN 1 AS a, 2 AS a") == "ColumnNameConflict");
  CHECK(detail_of("WITH 1 + 1 RETURN 1") == "NoExpressionAlias");
  CHECK(detail_of("RETURN *") == "NoVariablesInScope");
  CHECK(detail_of("RETURN nosuch(1)") == "UnknownFunction");
  CHECK(detail_of("RETURN size(1, 2)") == "InvalidNumberOfArguments");
  CHECK(detail_of("MATCH (n) RETURN n LIMIT n.x") == "NonConstantExpression");
  CHECK(detail_of("RETURN 1 LIMIT -1") == "NegativeIntegerArgument");
  CHECK(detail_of("RETURN 1 SKIP 1.5") == "InvalidArgumentType");
  CHECK(detail_of("RETURN 1 AND true") == "InvalidArgumentType");
  CHECK(detail_of("MATCH (n {x: 1}) RETURN n") == "no error");
  CHECK(detail_of("MATCH (n $p) RETURN n") == "InvalidParameterUse");
  CHECK(detail_of("CREATE (a)-[:T]-(b)") == "RequiresDirectedRelationship");
  CHECK(detail_of("CREATE (a)-[:T|U]->(b)") == "NoSingleRelationshipType");
}

TEST_CASE("unknown labels, types and keys are warnings with the nearest name", "[binder]") {
  auto g = testing::diplomacy_graph();
  auto r = execute(g, "MATCH (p:Persn)-[:REPRESENT]->(s) RETURN p.nmae");
  CHECK(r.rows.empty());
  REQUIRE(r.warnings.size() == 3);
  CHECK(r.warnings[0] == "unknown label :Persn matches nothing (did you mean :Person?)");
  CHECK(r.warnings[1] == "unknown relationship type REPRESENT matches nothing (did you mean REPRESENTS?)");
  CHECK(r.warnings[2] == "unknown property key 'nmae' is always null (did you mean 'name'?)");
}
