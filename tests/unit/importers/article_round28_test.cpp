// The article importer on constructions met in round 28: towns named after a saint in the possessive, meetings held yesterday, talks that began
// in a region's city, meetings that open at a venue, nicknames in quotes before a hyphenated surname, a radio station's country, and memberships told in many ways.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "article_facts.hpp"
#include "importers/article/extractor.hpp"
#include "importers/article/lexicon.hpp"

using namespace fg::importers::article;
using namespace fg::importers::article::test;

namespace {
// The built-in data with a gazetteer of invented bodies in place of the real one (and no office-holders of bodies, whose
// bodies it would not know).
std::shared_ptr<const Lexicon> lex_with_bodies() {
  static auto l = [] {
    auto dir = std::filesystem::temp_directory_path() / "factgraph_round28_bodies";
    std::filesystem::create_directories(dir / "gazetteer");
    std::ofstream(dir / "gazetteer" / "organizations.tsv") << "# invented bodies\n"
                                                           << "Coral\t-\tgroup\t-\t-\n"
                                                           << "Union of Coral Nations\tUCN\torganization\t-\t-\n"
                                                           << "Organization for Coral Security\tOCS\torganization\t-\t-\n"
                                                           << "Coral Regional Forum\tCRF\tforum\t-\t-\n";
    std::ofstream(dir / "gazetteer" / "officials_international.tsv") << "# no office-holders of bodies\n";
    return Lexicon::load(dir.string());
  }();
  return l;
}
}  // namespace

TEST_CASE("'at a seafront hotel in St Julian's', 'held in St. John's': towns named with the possessive; 'prayed in St Peter's Square': no town 'St Peter's'") {
  Extractor ex(lex());
  auto malta = extract(ex, "probe",
                       "Coral ministers meet in Malta\ndate: 2024-05-10\n\n"
                       "Foreign ministers of the Coral Group met in Malta on Thursday to discuss migration in the Mediterranean.\n\n"
                       "The two-day closed-door meeting at a seafront hotel in St Julian's, just north of the capital, was chaired by Maltese "
                       "Foreign Minister Ian Borgessa.\n");
  auto places = names(malta, "Place");
  CHECK(has(places, "St Julian's"));
  CHECK_FALSE(has(places, "St Julian"));

  auto antigua = extract(ex, "probe",
                         "Caribbean ministers meet in Antigua\ndate: 2024-05-10\n\n"
                         "Foreign ministers of the Coral Caribbean Council met on Thursday to discuss climate finance.\n\n"
                         "The meeting was held in St. John's and was chaired by Antiguan Foreign Minister Everton Coralee.\n");
  CHECK(has(names(antigua, "Place"), "St. John's"));
  CHECK_FALSE(has(names(antigua, "Place"), "St. John"));

  // a square named after a saint is no town
  auto rome = extract(ex, "probe",
                      "Pilgrims gather in Rome\ndate: 2024-05-10\n\n"
                      "Foreign ministers of the Coral Group met in Rome on Thursday to discuss migration.\n\n"
                      "Later, the ministers prayed in St Peter's Square with thousands of pilgrims.\n");
  CHECK_FALSE(has(names(rome, "Place"), "St Peter's"));
}

TEST_CASE("'The trilateral meeting of the foreign ministers of A, B and C was held yesterday in X': the meeting dated the day before the article") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Italy, Slovenia and Croatia ministers meet in Gorizia\ndate: 2025-05-17\n\n"
                       "The trilateral meeting of the foreign ministers of Italy, Slovenia and Croatia was held yesterday in Gorizia, the "
                       "ministers said in a joint statement.\n");
  auto m = meeting_held_in(facts, "Gorizia");
  REQUIRE_FALSE(m.empty());
  CHECK(entity_prop(facts, m, "date") == "2025-05-16");
}

TEST_CASE("'On Wednesday, talks on X in A began at an undisclosed location in the B region': talks held in B, that Wednesday; 'The meeting opened at the X Centre': no meeting of its own") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Sudan ceasefire talks under way\ndate: 2024-08-16\n\n"
                       "On Wednesday, talks on a ceasefire in Sudan began at an undisclosed location in the Geneva region.\n\n"
                       "Envoys of the United States and Saudi Arabia said the warring parties had been invited.\n");
  auto talks = meeting_held_in(facts, "Geneva");
  REQUIRE_FALSE(talks.empty());
  CHECK(entity_prop(facts, talks, "date") == "2024-08-14");

  // the story's own meeting opening at a venue: no meeting named after the venue
  auto forum = extract(ex, "probe",
                       "Coral Islands Forum leaders meet in Nuku'alofa\ndate: 2024-08-26\n\n"
                       "Leaders of the Coral Islands Forum opened their annual summit in Nuku'alofa on Thursday to discuss climate "
                       "finance.\n\n"
                       "The meeting opened at the Coral Convention Centre on Thursday morning with a prayer.\n");
  CHECK_FALSE(meeting_held_in(forum, "Nuku'alofa").empty());
  CHECK(meeting_named_with(forum, "Coral Convention Centre").empty());
}

TEST_CASE("'chaired by Environment Secretary A B \"C\" D-E, who heads ...': the person named with the whole hyphenated surname") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Coral environment ministers meet in Manila\ndate: 2024-06-10\n\n"
                       "Environment ministers of Southeast Asia met in Manila on Monday to discuss plastic pollution.\n\n"
                       "The meeting was chaired by Environment Secretary Maria Antonia \"Toni\" Coral-Vantes, who heads the Philippine "
                       "delegation.\n");
  auto people = names(facts, "Person");
  CHECK(has(people, "Maria Antonia Coral-Vantes"));
  CHECK_FALSE(has(people, "Maria Antonia Coral"));
}

TEST_CASE("'source: X FM Kenya', 'State House Spokesperson A said ...': no Micronesia") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Kenya and Uganda leaders meet in Nairobi\ndate: 2024-06-10\nsource: Coral FM Kenya\n\n"
                       "Kenyan President Daniel Korimbo and Ugandan President Joseph Okwerra met in Nairobi on Monday to discuss trade.\n\n"
                       "State House Spokesperson Abdi Korowanga said the two leaders agreed to remove trade barriers.\n");
  CHECK(has(names(facts, "Person"), "Abdi Korowanga"));
  CHECK_FALSE(has(names(facts, "State"), "Micronesia"));
  CHECK(entity_prop(facts, "Abdi Korowanga", "nationality") != "Micronesia");
  CHECK_FALSE(relation(facts, "HOLDS_ROLE", "Abdi Korowanga", "Micronesia"));
}

// memberships, one construction each

TEST_CASE("'A, B and C are members of the X group alongside D and E': all five members") {
  Extractor ex(lex_with_bodies());
  auto facts = extract(ex, "probe",
                       "Coral leaders meet in Johannesburg\ndate: 2024-06-10\n\n"
                       "Leaders of emerging economies met in Johannesburg on Monday to discuss trade.\n\n"
                       "Brazil, India and South Africa are members of the Coral group alongside Russia and China.\n");
  for (const auto* state : {"Brazil", "India", "South Africa", "Russia", "China"}) {
    INFO(state);
    CHECK(relation(facts, "MEMBER_OF", state, "Coral"));
  }
}

TEST_CASE("'A and B announced in April their return to the X, which still counts C, D, E and F among its members': all six members") {
  Extractor ex(lex_with_bodies());
  auto facts = extract(ex, "probe",
                       "South American ministers meet in Brasília\ndate: 2024-06-10\n\n"
                       "Foreign ministers of South America met in Brasília on Monday to relaunch regional integration.\n\n"
                       "Brazil and Argentina announced in April their return to the Union of Coral Nations, which still counts Bolivia, "
                       "Guyana, Suriname and Venezuela among its members.\n");
  for (const auto* state : {"Brazil", "Argentina", "Bolivia", "Guyana", "Suriname", "Venezuela"}) {
    INFO(state);
    CHECK(relation(facts, "MEMBER_OF", state, "Union of Coral Nations"));
  }
}

TEST_CASE("'the X framework that links A and B with C and D': all four members") {
  Extractor ex(lex_with_bodies());
  auto facts = extract(ex, "probe",
                       "Indo-Pacific ministers meet in Tokyo\ndate: 2024-06-10\n\n"
                       "Foreign ministers met in Tokyo on Monday to discuss maritime security in the Indo-Pacific, including through the "
                       "Coral framework that links Japan and the United States with Australia and India.\n");
  for (const auto* state : {"Japan", "United States", "Australia", "India"}) {
    INFO(state);
    CHECK(relation(facts, "MEMBER_OF", state, "Coral"));
  }
}

TEST_CASE("'A has been a participating State of the X since 2012 and is a member of the Y': member of both") {
  Extractor ex(lex_with_bodies());
  auto facts = extract(ex, "probe",
                       "Mongolian foreign minister visits Vienna\ndate: 2024-06-10\n\n"
                       "Mongolian Foreign Minister Tumurbaatar Coralsaikhan met Austrian officials in Vienna on Monday to discuss regional "
                       "security.\n\n"
                       "Mongolia has been a participating State of the Organization for Coral Security since 2012 and is a member of the "
                       "Coral Regional Forum.\n");
  CHECK(relation(facts, "MEMBER_OF", "Mongolia", "Organization for Coral Security"));
  CHECK(relation(facts, "MEMBER_OF", "Mongolia", "Coral Regional Forum"));
}
