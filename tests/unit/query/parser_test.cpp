// Grammar rules, through the parser: each rule accepted in its forms, and the syntax errors.
#include <catch2/catch.hpp>

#include "query/parser.hpp"
#include "test_graph.hpp"

using namespace fg::query;
using fg::query::testing::column;

namespace {
QueryError syntax_error_of(const std::string& q) {
  try {
    parse_statement(q);
  } catch (const QueryError& e) {
    return e;
  }
  FAIL("no error for: " << q);
  throw;
}
}  // namespace

TEST_CASE("clauses parse into the AST in order", "[parser]") {
  auto st = parse_statement("optional match (a) where a.x > 1 with a as b unwind [1] as x create (c) return b, x as y");
  REQUIRE(st.clauses.size() == 5);
  CHECK(st.clauses[0].kind == ClauseKind::Match);
  CHECK(st.clauses[0].optional);
  CHECK(st.clauses[0].where != nullptr);
  CHECK(st.clauses[1].kind == ClauseKind::With);
  CHECK(st.clauses[2].kind == ClauseKind::Unwind);
  CHECK(st.clauses[2].unwind_var == "x");
  CHECK(st.clauses[3].kind == ClauseKind::Create);
  CHECK(st.clauses[4].projection.items[1].alias == "y");
  CHECK(st.clauses[4].projection.items[0].alias == "b");
}

TEST_CASE("node and relationship patterns", "[parser]") {
  auto st = parse_statement("MATCH p = (a:A:B {k: 1})<-[r:T|:U*2..3 {w: 2}]-(b), (c)-->()-[]-() RETURN p");
  const auto& parts = st.clauses[0].pattern;
  REQUIRE(parts.size() == 2);
  CHECK(parts[0].path_var == "p");
  CHECK(parts[0].nodes[0].labels == std::vector<std::string>{"A", "B"});
  const auto& r = parts[0].rels[0];
  CHECK(r.dir == Direction::In);
  CHECK(r.types == std::vector<std::string>{"T", "U"});
  CHECK(r.var_length);
  CHECK(*r.min_hops == 2);
  CHECK(*r.max_hops == 3);
  CHECK(parts[1].rels[0].dir == Direction::Out);
  CHECK(parts[1].rels[1].dir == Direction::Both);
  auto star = parse_statement("MATCH (a)-[*]->(b) RETURN a").clauses[0].pattern[0].rels[0];
  CHECK((star.var_length && !star.min_hops && !star.max_hops));
  auto fixed = parse_statement("MATCH (a)-[*2]->(b) RETURN a").clauses[0].pattern[0].rels[0];
  CHECK((*fixed.min_hops == 2 && *fixed.max_hops == 2));
}

TEST_CASE("literals, keywords in any case, comments and back-quoted names", "[parser]") {
  fg::graph::Graph g;
  CHECK(column(g, "ReTuRn /* c */ 0x1F // c\n") == "31");
  CHECK(column(g, "RETURN 0o17") == "15");
  CHECK(column(g, "RETURN -9223372036854775808") == "-9223372036854775808");
  CHECK(column(g, "RETURN 1.5e3") == "1500.0");
  CHECK(column(g, "RETURN .5") == "0.5");
  CHECK(column(g, R"(RETURN "it's \u00e9\n")") == "'it\\'s é\n'");
  CHECK(column(g, "WITH 1 AS `odd name` RETURN `odd name`") == "1");
  CHECK(column(g, "RETURN {b: 1, a: [true, null]}") == "{a: [true, null], b: 1}");
}

TEST_CASE("syntax errors point at the problem and say what was expected", "[parser][errors]") {
  auto e = syntax_error_of("MATCH (n:Person RETURN n");
  CHECK(e.kind == "SyntaxError");
  CHECK(e.line == 1);
  CHECK(e.column == 17);
  CHECK(std::string(e.what()) == "expected ')' to close the node pattern, found 'RETURN'");
  auto e2 = syntax_error_of("MATCH (a)-[r:T RETURN a");
  CHECK(std::string(e2.what()).starts_with("expected ']' to close the relationship pattern"));
  auto e3 = syntax_error_of("RETURN 1 +");
  CHECK(std::string(e3.what()) == "expected an expression, found the end of the input");
  auto e4 = syntax_error_of("MATCH (n)\nWHERE n.name = 'é' AND\nRETURN n");
  CHECK(e4.line == 3);
  CHECK(e4.column == 1);
  CHECK(format_error(e4, "q.cypher", "MATCH (n)\nWHERE n.name = 'é' AND\nRETURN n") ==
        "q.cypher:3:1: expected an expression, found 'RETURN'\n  RETURN n\n  ^");
  // columns count code points, not bytes
  auto e5 = syntax_error_of("RETURN 'é', (");
  CHECK(e5.column == 14);
}

TEST_CASE("literal errors and refused features", "[parser][errors]") {
  CHECK(syntax_error_of("RETURN 9223372036854775808").detail == "IntegerOverflow");
  CHECK(syntax_error_of("RETURN 0x1G").detail == "InvalidNumberLiteral");
  CHECK(syntax_error_of("RETURN 1e999").detail == "FloatingPointOverflow");
  CHECK(syntax_error_of("RETURN '\\u12'").detail == "InvalidUnicodeLiteral");
  auto u = syntax_error_of("MATCH (n) RETURN n UNION RETURN 1");
  CHECK(u.kind == "UnsupportedFeature");
  CHECK(std::string(u.what()).starts_with("UNION is not supported"));
  CHECK(syntax_error_of("MERGE (n)").detail == "MERGE");
}

TEST_CASE("deep nesting and huge input are clear errors, not crashes", "[parser][errors]") {
  std::string deep = "RETURN " + std::string(10000, '[') + "1" + std::string(10000, ']');
  CHECK(syntax_error_of(deep).detail == "NestingTooDeep");
  std::string cases = "RETURN ";
  for (int i = 0; i < 5000; ++i) cases += "CASE WHEN true THEN ";
  CHECK(syntax_error_of(cases).detail == "NestingTooDeep");
  std::string chain = "RETURN 1";
  for (int i = 0; i < 500; ++i) chain += " + 1";
  fg::graph::Graph g;
  CHECK(column(g, chain) == "501");
  for (int i = 0; i < 20000; ++i) chain += " + 1";
  CHECK(syntax_error_of(chain).detail == "NestingTooDeep");
}

TEST_CASE("unclosed nesting is rejected after one pass over each construct", "[parser][errors]") {
  // Each of these once took time exponential in its depth (alternatives after '[' and '(' re-parsed
  // the nested text): at 45 levels the parser would never return.
  for (std::string level : {"[x IN ", "all(x IN ", "any(x IN [", "a[", "[(a)--(b) WHERE ", "size([", "{a: ["}) {
    std::string q = "RETURN ";
    for (int i = 0; i < 45; ++i) q += level;
    INFO(q);
    auto e = syntax_error_of(q);
    CHECK(e.detail == "UnexpectedSyntax");
  }
  // the fuzzer's input that exposed it (fuzz corpus: query/slow-unclosed-subscripts.cypher)
  std::string fuzzed = "RETURN -9RETURN -92233720368547co92233720368547coal/sce75TURN [pRETURal/sce76TURN [pRETURN [[ li22";
  for (int i = 0; i < 4; ++i) fuzzed += "RETURN [pRETURal/sce76TURN [pRETURN [[ li2233720368547co";
  CHECK(syntax_error_of(fuzzed).detail == "UnexpectedSyntax");
}

TEST_CASE("subscripts, slices, comprehensions and quantifiers nest", "[parser]") {
  fg::graph::Graph g;
  CHECK(column(g, "RETURN [[1, 2], [3]][0][1]") == "2");
  CHECK(column(g, "RETURN [1, 2, 3][1..]") == "[2, 3]");
  CHECK(column(g, "RETURN [1, 2, 3][..2]") == "[1, 2]");
  CHECK(column(g, "RETURN [1, 2, 3][0..1]") == "[1]");
  CHECK(column(g, "RETURN [x IN [1, 2] | [y IN [x] | y * 10]]") == "[[10], [20]]");
  CHECK(column(g, "RETURN all(x IN [1] WHERE any(y IN [x, 2] WHERE y = 1))") == "true");
  // "x IN list" as the first element of a list literal, not a comprehension
  CHECK(column(g, "WITH 1 AS x RETURN [x IN [1, 2], 3]") == "[true, 3]");
}

TEST_CASE("nested text is parsed once when an alternative is abandoned after it", "[parser]") {
  // "[x IN [...], 2]" is first tried as a comprehension, "({a: ...})" as a node pattern and
  // "[(a {p: ...})-->(b), 1]" as a pattern comprehension; each fails only after the nested text,
  // which the next alternative reuses (at 40 levels, re-parsing it would never return). Fuzz corpus:
  // query/slow-list-after-comprehension, slow-map-in-parentheses, slow-list-after-pattern-comprehension.
  auto nest = [](const std::string& open, const std::string& inner, const std::string& close, int n) {
    std::string s;
    for (int i = 0; i < n; ++i) s += open;
    s += inner;
    for (int i = 0; i < n; ++i) s += close;
    return s;
  };
  fg::graph::Graph g;
  CHECK(column(g, "WITH 1 AS x RETURN " + nest("[x IN ", "[1]", ", 2]", 3)) == "[false, 2]");
  CHECK(column(g, "WITH 1 AS x RETURN size(" + nest("[x IN ", "[1]", ", 2]", 40) + ")") == "2");
  std::string lookups;
  for (int i = 0; i < 40; ++i) lookups += ".a";
  CHECK(column(g, "RETURN " + nest("({a: ", "1", "})", 40) + lookups) == "1");
  auto st = parse_statement("MATCH (a)-->(b) RETURN " + nest("[(a {p: ", "1", "})-->(b), 1]", 30));
  CHECK(st.clauses.size() == 2);
  // errors after reused text still point at the farthest position reached
  std::string unclosed = "WITH 1 AS x RETURN " + nest("[x IN ", "[1]", ", 2]", 40);
  unclosed.pop_back();
  auto e = syntax_error_of(unclosed);
  CHECK(e.detail == "UnexpectedSyntax");
  CHECK(std::string(e.what()).find("']'") != std::string::npos);
}
