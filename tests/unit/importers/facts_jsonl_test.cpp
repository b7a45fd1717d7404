// Facts JSONL lines: parsing, the errors each malformed line gets, and writing lines back.
#include <catch2/catch.hpp>

#include "importers/facts_jsonl.hpp"

using namespace fg::importers;

namespace {
LineError error_of(std::string_view line) {
  auto r = parse_fact_line(line, "file.jsonl");
  REQUIRE(std::holds_alternative<LineError>(r));
  return std::get<LineError>(r);
}
}  // namespace

TEST_CASE("an entity line becomes an entity fact with its sighting") {
  auto r = parse_fact_line(
      R"({"type":"entity","label":"Person","name":"Wendy Sherman","aliases":["Sherman"],"props":{"title":"Deputy Secretary of State"},"source":"seed"})",
      "default");
  REQUIRE(std::holds_alternative<FactLine>(r));
  const auto& e = std::get<fg::graph::EntityFact>(std::get<FactLine>(r));
  CHECK(e.label == "Person");
  CHECK(e.name == "Wendy Sherman");
  CHECK(e.aliases == std::vector<std::string>{"Sherman"});
  REQUIRE(e.props.size() == 1);
  CHECK(e.props[0].second.as_string() == "Deputy Secretary of State");
  CHECK(e.sighting.source == "seed");
}

TEST_CASE("a relation line without source takes the default source") {
  auto r = parse_fact_line(
      R"({"type":"relation","rel":"REPRESENTS","from":{"label":"Person","name":"A B"},"to":{"label":"State","name":"Russia"},"props":{"forum":"X"},"sentence":4,"confidence":0.9})",
      "facts.jsonl");
  const auto& f = std::get<fg::graph::RelationFact>(std::get<FactLine>(r));
  CHECK(f.type == "REPRESENTS");
  CHECK(f.to.name == "Russia");
  CHECK(f.sighting.source == "facts.jsonl");
  CHECK(f.sighting.sentence == 4);
  CHECK(f.sighting.confidence == Approx(0.9));
}

TEST_CASE("malformed lines are reported with the column of the problem") {
  auto bad_json = error_of(R"({"type":"entity", "label": })");
  CHECK(bad_json.message.rfind("invalid JSON", 0) == 0);
  CHECK(bad_json.column == 28);

  auto missing = error_of(R"({"type":"entity","label":"Person"})");
  CHECK(missing.message == "missing \"name\"");

  auto wrong_type = error_of(R"({"type":"entity","label":"Person","name":"X","sentence":"four"})");
  CHECK(wrong_type.message == "\"sentence\" must be a non-negative integer");
  CHECK(wrong_type.column == 46);

  auto endpoint = error_of(R"({"type":"relation","rel":"T","from":{"label":"Person"},"to":{"label":"State","name":"X"}})");
  CHECK(endpoint.message == "missing \"name\" in \"from\"");

  CHECK(error_of(R"({"type":"fact"})").message.find("unknown \"type\"") != std::string::npos);
  CHECK(error_of("[1,2]").message == "a facts line must be a JSON object");
  CHECK(error_of(R"({"type":"entity","label":"Person","name":"X","props":{"m":{"a":1}}})").message.find("must be a string") !=
        std::string::npos);
}

TEST_CASE("blank and // lines are ignored") {
  CHECK(is_ignorable_line(""));
  CHECK(is_ignorable_line("   \t"));
  CHECK(is_ignorable_line("  // a comment"));
  CHECK_FALSE(is_ignorable_line("{}"));
}

TEST_CASE("a fact written as JSONL parses back to the same fact") {
  fg::graph::RelationFact f;
  f.type = "MET_WITH";
  f.from = {"Person", "Wendy Sherman"};
  f.to = {"Person", "Sergei Riabkov"};
  f.props = {{"meeting", fg::graph::Value("Geneva talks")}};
  f.sighting = {"seed", 1, "her talks in Geneva with \"Riabkov\"", 0.8, "met-with/talks-with"};
  auto line = to_jsonl(f);
  CHECK(line.rfind(R"({"type":"relation","rel":"MET_WITH",)", 0) == 0);
  auto parsed = parse_fact_line(line, "x");
  const auto& back = std::get<fg::graph::RelationFact>(std::get<FactLine>(parsed));
  CHECK(back.from.name == "Wendy Sherman");
  CHECK(back.props == f.props);
  CHECK(back.sighting.evidence == f.sighting.evidence);
  CHECK(back.sighting.rule == "met-with/talks-with");
}
