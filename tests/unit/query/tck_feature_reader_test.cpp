#include <catch2/catch.hpp>

#include "query/tck/feature.hpp"

using namespace fg::query::tck;

namespace {
const char* kFeature = R"(#
# a license header comment
#encoding: utf-8

Feature: Match1 - Match nodes

  Background:
    Given an empty graph
    And having executed:
      """
      CREATE (:A {name: 'a'})
      """

  @skipGrammarCheck
  Scenario: [1] Match non-existent nodes returns empty
    When executing query:
      """
      MATCH (n)
        RETURN n
      """
    Then the result should be, in any order:
      | n           |
      | (:A {name: 'a'}) |
    And no side effects

  Scenario Outline: [2] Fail on <what> #Example: <what>
    And parameters are:
      | p | <value> |
    When executing query:
      """
      RETURN <expr> AS x
      """
    Then a SyntaxError should be raised at compile time: <detail>

    Examples:
      | what  | value | expr  | detail            |
      | one   | 1     | 1 +   | UnexpectedSyntax  |
#      | commented | 0 | 0 | X |
      | two   | 'x\|y' | $p \\ | InvalidArgumentType |

    Examples:
      | what  | value | expr | detail |
      | three | 3     | $q   | UndefinedVariable |
)";
}  // namespace

TEST_CASE("feature reader: feature, background, scenarios, steps, doc strings and tables", "[tck]") {
  auto f = parse_feature(kFeature, "x/Match1.feature");
  CHECK(f.name == "Match1 - Match nodes");
  REQUIRE(f.background.size() == 2);
  CHECK(f.background[1].text == "having executed:");
  REQUIRE(f.background[1].doc);
  CHECK(*f.background[1].doc == "CREATE (:A {name: 'a'})");
  REQUIRE(f.scenarios.size() == 2);
  const auto& s = f.scenarios[0];
  CHECK(s.name == "[1] Match non-existent nodes returns empty");
  CHECK(s.line == 15);
  CHECK(s.tags == std::vector<std::string>{"@skipGrammarCheck"});
  REQUIRE(s.steps.size() == 3);
  CHECK(s.steps[0].keyword == "When");
  // The delimiter's indentation is removed, deeper indentation is kept.
  CHECK(*s.steps[0].doc == "MATCH (n)\n  RETURN n");
  CHECK(s.steps[0].doc_line == 18);
  CHECK(s.steps[1].text == "the result should be, in any order:");
  REQUIRE(s.steps[1].table.rows.size() == 2);
  CHECK(s.steps[1].table.rows[1][0] == "(:A {name: 'a'})");
  CHECK(s.steps[1].table.lines[1] == 23);
  CHECK(s.steps[2].text == "no side effects");
}

TEST_CASE("feature reader: outlines expand one case per Examples row", "[tck]") {
  auto f = parse_feature(kFeature, "x/Match1.feature");
  REQUIRE(f.scenarios[1].outline);
  REQUIRE(f.scenarios[1].examples.size() == 2);
  auto cases = expand(f, "clauses/match/Match1.feature");
  REQUIRE(cases.size() == 4);
  CHECK(cases[0].id == "clauses/match/Match1.feature: [1] Match non-existent nodes returns empty");
  CHECK(cases[0].row == 0);
  CHECK(cases[0].steps.size() == 5);  // background first
  CHECK(cases[1].id == "clauses/match/Match1.feature: [2] Fail on <what> #Example: <what> [#1]");
  CHECK(cases[1].name == "[2] Fail on one #Example: one");
  CHECK(cases[3].id == "clauses/match/Match1.feature: [2] Fail on <what> #Example: <what> [#3]");
  CHECK(cases[3].row_line == 43);
  const auto& steps = cases[2].steps;
  REQUIRE(steps.size() == 5);
  CHECK(steps[2].table.rows[0][1] == "'x|y'");  // \| is a literal bar inside a cell
  CHECK(*steps[3].doc == "RETURN $p \\ AS x");  // \\ is one backslash
  CHECK(steps[4].text == "a SyntaxError should be raised at compile time: InvalidArgumentType");
  // The background's setup is substituted too and comes first.
  CHECK(*steps[1].doc == "CREATE (:A {name: 'a'})");
}

TEST_CASE("feature reader: errors name the file, line and column", "[tck]") {
  CHECK_THROWS_WITH(parse_feature("Scenario: x\n", "f.feature"), "f.feature:1:1: expected 'Feature:' before 'Scenario: x'");
  CHECK_THROWS_WITH(parse_feature("Feature: f\n  Scenario: s\n    When executing query:\n      \"\"\"\n      RETURN 1\n",
                                  "f.feature"),
                    "f.feature:4:7: doc string opened here is never closed");
  CHECK_THROWS_WITH(parse_feature("Feature: f\n  Scenario: s\n    Then the result should be, in any order:\n"
                                  "      | a | b |\n      | 1 |\n",
                                  "f.feature"),
                    "f.feature:5:7: table row has 1 cells, the first row has 2");
  CHECK_THROWS_WITH(parse_feature("Feature: f\n  Scenario Outline: s\n    When executing query: RETURN 1\n", "f.feature"),
                    "f.feature:2:1: Scenario Outline without 'Examples:'");
  CHECK_THROWS_WITH(parse_feature("Feature: f\n  Scenario: s\n    Whenever it rains\n", "f.feature"),
                    "f.feature:3:5: expected a step (Given, When, Then, And, But) but found 'Whenever it rains'");
}

TEST_CASE("feature reader: CRLF line ends and inline queries", "[tck]") {
  auto f = parse_feature("Feature: f\r\n  Scenario: s\r\n    When executing query: RETURN 1\r\n    Then the result should be empty\r\n",
                         "f.feature");
  REQUIRE(f.scenarios.size() == 1);
  CHECK(f.scenarios[0].steps[0].text == "executing query: RETURN 1");
  CHECK(f.scenarios[0].steps[1].text == "the result should be empty");
}
