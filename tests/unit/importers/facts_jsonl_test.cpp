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

namespace {
const fg::graph::EntityFact& entity_of(const FactLine& f) { return std::get<fg::graph::EntityFact>(f); }
}  // namespace

TEST_CASE("a reused parser gives each line the same fact a fresh parse gives") {
  // Lines of every kind, one after another, through one parser and its reused storage: the
  // fast path (simdjson) and the reference path (\u escapes, errors, articles) must agree.
  const std::vector<std::string> lines = {
      R"({"type":"relation","rel":"MET_WITH","from":{"label":"Person","name":"A B"},"to":{"label":"Person","name":"C D"},"props":{"meeting":"Geneva talks"},"source":"s1","sentence":3,"evidence":"long evidence text that does not fit a short string","confidence":0.25,"rule":"r"})",
      R"({"type":"entity","label":"Person","name":"E F","aliases":["F","G H"],"props":{"z":1,"a":[1,"x",null,true,2.5]}})",
      R"({"type":"entity","label":"Person","name":"Zo\u00eb Q","props":{"t":"caf\u00e9"}})",
      R"({"type":"entity","label":"Place","name":"Vienna"})",
      R"({"type":"article","title":"T","text":"Body."})",
      R"({"type":"relation","rel":"HELD_IN","from":{"label":"Meeting","name":"M"},"to":{"label":"Place","name":"Vienna"}})",
      R"({"type":"entity","label":"Person","name":"X","sentence":"four"})",
      R"({"type":"entity","label":"Person","name":"Y","props":{"n":-0,"f":1.0,"d":-0.0,"big":9223372036854775807}})",
  };
  FactParser parser;
  FactLine fact;
  LineError error;
  for (const auto& line : lines) {
    INFO(line);
    auto fresh = parse_fact_line(line, "default");
    bool ok = parser.parse(line, "default", fact, error);
    REQUIRE(ok == std::holds_alternative<FactLine>(fresh));
    if (!ok) {
      CHECK(error.message == std::get<LineError>(fresh).message);
      CHECK(error.column == std::get<LineError>(fresh).column);
      continue;
    }
    const auto& want = std::get<FactLine>(fresh);
    REQUIRE(fact.index() == want.index());
    if (auto* e = std::get_if<fg::graph::EntityFact>(&fact)) {
      const auto& w = entity_of(want);
      CHECK(e->label == w.label);
      CHECK(e->name == w.name);
      CHECK(e->aliases == w.aliases);
      CHECK(e->props == w.props);
      CHECK(e->sighting.source == w.sighting.source);
      CHECK(e->sighting.sentence == w.sighting.sentence);
    } else if (auto* r = std::get_if<fg::graph::RelationFact>(&fact)) {
      const auto& w = std::get<fg::graph::RelationFact>(want);
      CHECK(r->type == w.type);
      CHECK(r->from.name == w.from.name);
      CHECK(r->to.label == w.to.label);
      CHECK(r->props == w.props);
      CHECK(r->sighting.source == w.sighting.source);
      CHECK(r->sighting.sentence == w.sighting.sentence);
      CHECK(r->sighting.evidence == w.sighting.evidence);
      CHECK(r->sighting.confidence == w.sighting.confidence);
      CHECK(r->sighting.rule == w.sighting.rule);
    } else {
      CHECK(std::get<ArticleRecord>(fact).text == std::get<ArticleRecord>(want).text);
    }
  }
}

TEST_CASE("property maps keep the reference parser's meaning: sorted keys, the last duplicate, number types") {
  auto r = parse_fact_line(R"({"type":"entity","label":"Person","name":"Y","props":{"b":1,"a":"x","b":2,"n":-0,"f":1.0}})", "d");
  const auto& props = entity_of(std::get<FactLine>(r)).props;
  REQUIRE(props.size() == 4);
  CHECK(props[0].first == "a");
  CHECK(props[1] == std::pair<std::string, fg::graph::Value>{"b", fg::graph::Value(2)});
  CHECK(props[2] == std::pair<std::string, fg::graph::Value>{"f", fg::graph::Value(1.0)});
  CHECK(props[3] == std::pair<std::string, fg::graph::Value>{"n", fg::graph::Value(0)});
  CHECK(props[3].second.is_int());
  CHECK(error_of(R"({"type":"entity","label":"Person","name":"Y","props":{"u":18446744073709551615}})").message ==
        "property \"u\": integer too large");
  CHECK(error_of(R"({"type":"entity","label":"Person","name":"Y","sentence":1.0})").message ==
        "\"sentence\" must be a non-negative integer");
  CHECK(error_of(R"({"type":"entity","label":"Person","name":"Y","confidence":2})").message ==
        "\"confidence\" must be between 0 and 1");
  CHECK(error_of(R"({"type":"entity","label":"Person","name":"Y"} trailing)").message.rfind("invalid JSON", 0) == 0);
  CHECK(error_of("{\"type\":\"entity\",\"label\":\"Person\",\"name\":\"bad \xff byte\"}").message.rfind("invalid JSON", 0) == 0);
}
