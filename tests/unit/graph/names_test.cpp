// Name normalization and the state lexicon.
#include <catch2/catch.hpp>

#include "graph/names.hpp"

using namespace fg::graph;

TEST_CASE("normalization folds case, accents, punctuation, spaces and a leading 'the'") {
  CHECK(normalize_name("The  Côte-d’Ivoire") == "cote d ivoire");
  CHECK(normalize_name("NATO-Russia Council") == normalize_name("nato russia  council"));
  CHECK(normalize_name("François Delattre") == "francois delattre");
  CHECK(normalize_name("Radosław Sikorski") == normalize_name("Radoslaw Sikorski"));
  CHECK(normalize_name("Høglund") == "hoglund");
  CHECK(normalize_name("the Russians") == "russians");
  CHECK(normalize_name("ＵＮ") == "un");  // full-width compatibility forms
  CHECK(normalize_name("Theodore") == "theodore");  // "the" only as a whole word
  CHECK(normalize_name("") == "");
}

TEST_CASE("normalization of invalid UTF-8 does not throw") {
  std::string bad = "Gr\xff\xfeushko";
  CHECK_NOTHROW(normalize_name(bad));
}

TEST_CASE("states are found by common name, official name, aliases and ISO codes") {
  const auto& lex = StateLexicon::builtin();
  CHECK(lex.entries().size() > 240);
  for (auto name : {"United States", "US", "USA", "U.S.", "United States of America", "america"}) {
    INFO(name);
    const auto* e = lex.find(name);
    REQUIRE(e);
    CHECK(e->name == "United States");
  }
  CHECK(lex.find("Russian Federation")->name == "Russia");
  CHECK(lex.find("RUS")->name == "Russia");
  CHECK(lex.find("Korea, Republic of")->name == "South Korea");
  CHECK(lex.find("Côte d'Ivoire")->name == "Ivory Coast");
  CHECK(lex.find("Türkiye")->name == "Turkey");
}

TEST_CASE("ISO codes match only upper case") {
  const auto& lex = StateLexicon::builtin();
  CHECK(lex.find("us") == nullptr);
  CHECK(lex.find("Us") == nullptr);
  CHECK(lex.find("uk") == nullptr);
  CHECK(lex.find("UK")->name == "United Kingdom");
}

TEST_CASE("territories are marked as not sovereign") {
  const auto& lex = StateLexicon::builtin();
  CHECK_FALSE(lex.find("Greenland")->sovereign);
  CHECK(lex.find("Denmark")->sovereign);
}

TEST_CASE("a malformed lexicon line is reported with its line number") {
  CHECK_THROWS_WITH(StateLexicon::parse("# header\nUS\tUSA\n", "states.tsv"),
                    "states.tsv:2: expected 6 tab-separated columns, found 2");
}

TEST_CASE("node ids derive from label and canonical name") {
  CHECK(make_node_id("State", "United States") == "state:united-states");
  CHECK(make_node_id("Person", "François Delattre") == "person:francois-delattre");
}
