#include <catch2/catch.hpp>
#include <cmath>

#include "query/tck/side_effects.hpp"
#include "query/tck/tck_value.hpp"

using namespace fg::query::tck;
using K = TckValue::Kind;

namespace {
std::string canon(const std::string& s, bool unordered = false) { return canonical(parse_value(s), unordered); }
bool same(const std::string& a, const std::string& b, bool unordered = false) {
  return canon(a, unordered) == canon(b, unordered);
}
}  // namespace

TEST_CASE("TCK values: primitives", "[tck]") {
  CHECK(parse_value("null").kind == K::Null);
  CHECK(parse_value("true").boolean);
  CHECK_FALSE(parse_value(" false ").boolean);
  CHECK(parse_value("-42").integer == -42);
  CHECK(parse_value("9223372036854775807").integer == INT64_MAX);
  CHECK(parse_value("-9223372036854775808").integer == INT64_MIN);
  CHECK(parse_value("1.5").kind == K::Float);
  CHECK(parse_value("-0.000001").floating == -0.000001);
  CHECK(parse_value("1e-305").floating == 1e-305);
  CHECK(parse_value("1.2635418652381264e305").floating == 1.2635418652381264e305);
  CHECK(parse_value(".5").floating == 0.5);
  CHECK(std::isnan(parse_value("NaN").floating));
  CHECK(parse_value("Inf").floating == INFINITY);
  CHECK(parse_value("-Inf").floating == -INFINITY);
}

TEST_CASE("TCK values: strings unescape only \\\\ and the quote", "[tck]") {
  CHECK(parse_value("'\\''").text == "'");
  CHECK(parse_value(R"('a\\bcn5t\'"\\//\\"\'')").text == R"(a\bcn5t'"\//\"')");
  CHECK(parse_value("'ab\\nc'").text == "ab\\nc");
  CHECK(parse_value("'ü 漢'").text == "ü 漢");
  CHECK(parse_value("''").text.empty());
}

TEST_CASE("TCK values: containers and graph elements", "[tck]") {
  auto l = parse_value("[1, [2.0, 'x'], [], {}]");
  REQUIRE(l.kind == K::List);

  auto m = parse_value("{b: 2, a: null, `weird key`: [1]}");
  REQUIRE(m.kind == K::Map);
  CHECK(m.keys == std::vector<std::string>{"a", "b", "weird key"});

  auto n = parse_value("(:L2:L1 {name: 'x', age: 3})");
  REQUIRE(n.kind == K::Node);
  CHECK(n.labels == std::vector<std::string>{"L1", "L2"});
  CHECK(n.keys == std::vector<std::string>{"age", "name"});
  CHECK(parse_value("()").kind == K::Node);
  CHECK(parse_value("({name: 'A'})").keys.size() == 1);

  auto r = parse_value("[:T {k: 1}]");
  REQUIRE(r.kind == K::Relationship);
  CHECK(r.text == "T");

  auto p = parse_value("<({name: 'A'})-[:X]->({name: 'B'})<-[:Y {w: 1}]-(:C)>");
  REQUIRE(p.kind == K::Path);
  CHECK(p.forward == std::vector<bool>{true, false});
}

TEST_CASE("TCK values: equality rules", "[tck]") {
  CHECK_FALSE(same("1", "1.0"));
  CHECK(same("1.0", "1.00"));
  CHECK(same("1e3", "1000.0"));
  CHECK(same("NaN", "NaN"));
  CHECK(same("-0.0", "0.0"));
  CHECK_FALSE(same("0", "0.0"));
  CHECK(same("{a: 1, b: 2}", "{b: 2, a: 1}"));
  CHECK(same("(:A:B {x: 1})", "(:B:A {x: 1})"));
  CHECK_FALSE(same("(:A)", "(:A {x: 1})"));
  CHECK_FALSE(same("[1, 2]", "[2, 1]"));
  CHECK(same("[1, 2]", "[2, 1]", true));
  CHECK(same("[[1, 2], 3]", "[3, [2, 1]]", true));
  CHECK_FALSE(same("[1, 1, 2]", "[1, 2, 2]", true));
  CHECK_FALSE(same("'a'", "'b'"));
  CHECK_FALSE(same("<(:A)-[:T]->(:B)>", "<(:A)<-[:T]-(:B)>"));
  // A self-loop reads the same either way.
  CHECK(same("<(:A)-[:T]->(:A)>", "<(:A)<-[:T]-(:A)>"));
  CHECK_FALSE(same("[:T]", "[:U]"));
  CHECK_FALSE(same("null", "[]"));
}

TEST_CASE("TCK values: syntax errors give a column", "[tck]") {
  auto col = [](const std::string& s) {
    try {
      parse_value(s);
    } catch (const ValueSyntaxError& e) {
      return e.column;
    }
    return std::size_t{0};
  };
  CHECK(col("[1, 2") == 6);
  CHECK(col("{a 1}") == 4);
  CHECK(col("'abc") == 5);
  CHECK(col("(:A") == 4);
  CHECK(col("1 2") == 3);
  CHECK(col("99999999999999999999") == 1);
  CHECK(col("{a: 1, a: 2}") != 0);
  CHECK(col("<(:A)-[:T]-(:B)>") != 0);
  CHECK(col("foo") == 1);
}

TEST_CASE("TCK values: engine values convert both ways", "[tck]") {
  fg::graph::Graph g;
  auto a_label = g.intern("A");
  std::vector<fg::graph::Symbol> labels{a_label};
  auto a = g.add_node(labels);
  auto b = g.add_node();
  g.set_node_property(a, "name", fg::graph::Value("x"));
  g.set_node_property(a, "n", fg::graph::Value(fg::graph::List{fg::graph::Value(1), fg::graph::Value(2.5)}));
  auto e = g.add_edge(b, g.intern("T"), a);
  CHECK(to_string(from_engine(g, fg::query::Value(fg::query::NodeRef{a}))) == "(:A {n: [1, 2.5], name: 'x'})");
  CHECK(to_string(from_engine(g, fg::query::Value(fg::query::RelRef{e}))) == "[:T]");
  fg::query::Path p{{a, b}, {e}};
  CHECK(canonical(from_engine(g, fg::query::Value(p))) == canon("<(:A {name: 'x', n: [1, 2.5]})<-[:T]-()>"));
  CHECK(to_string(from_engine(g, fg::query::Value(1.0))) == "1.0");

  auto v = to_engine(parse_value("{list: [1, 'a', null, 2.5], m: {}}"));
  REQUIRE(v.is_map());
  CHECK(v.as_map().at("list").as_list()[1].as_string() == "a");
  CHECK(v.as_map().at("list").as_list()[3].as_float() == 2.5);
  CHECK_THROWS_AS(to_engine(parse_value("(:A)")), std::invalid_argument);
}

TEST_CASE("TCK side effects: observed node, relationship, property and label changes", "[tck]") {
  fg::graph::Graph g;
  auto before = snapshot(g);
  std::vector<fg::graph::Symbol> labels{g.intern("A"), g.intern("B")};
  auto a = g.add_node(labels);
  auto b = g.add_node(std::vector<fg::graph::Symbol>{g.intern("A")});
  g.set_node_property(a, "x", fg::graph::Value(1));
  g.add_edge(a, g.intern("T"), b);
  auto mid = snapshot(g);
  CHECK(side_effects(before, mid) ==
        std::map<std::string, long long>{{"+nodes", 2}, {"+relationships", 1}, {"+properties", 1}, {"+labels", 2}});
  // Changing a value is one removal and one addition; an unchanged graph has no side effects.
  g.set_node_property(a, "x", fg::graph::Value(2));
  CHECK(side_effects(mid, snapshot(g)) == std::map<std::string, long long>{{"+properties", 1}, {"-properties", 1}});
  CHECK(side_effects(snapshot(g), snapshot(g)).empty());
}
