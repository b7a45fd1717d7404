// The article importer on constructions met in round 28: saints' towns in the possessive, "yesterday" and "tomorrow", talks that began in a region's town, nicknames
// before a hyphenated surname, a radio station's country, counterparts known late, groups that met or held a meeting, forums by acronym, attendance and memberships told in passing.
#include <catch2/catch.hpp>

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
  static auto l = lex_with_files("round28_bodies", {{"gazetteer/organizations.tsv", "# invented bodies\n"
                                                                                     "Coral\t-\tgroup\t-\t-\n"
                                                                                     "Union of Coral Nations\tUCN\torganization\t-\t-\n"
                                                                                     "Organization for Coral Security\tOCS\torganization\t-\t-\n"
                                                                                     "Coral Regional Forum\tCRF\tforum\t-\t-\n"},
                                                    {"gazetteer/officials_international.tsv", "# no office-holders of bodies\n"}});
  return l;
}
// The built-in data with a gazetteer that knows one invented forum by its acronym.
std::shared_ptr<const Lexicon> lex_with_forum() {
  static auto l = lex_with_files("round28_forum", {{"gazetteer/organizations.tsv", "# invented bodies\nCoral Democracy Forum\tCDF\tforum\t-\t-\n"},
                                                   {"gazetteer/officials_international.tsv", "# no office-holders of bodies\n"}});
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

// encounters and meetings, one construction each

TEST_CASE("'Minister A held bilateral meetings with his counterparts from X, Y and Z' after a list naming each state's foreign minister: A met each, the meetings named with A's short family name") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Ministers meet in Dili\ndate: 2024-06-10\n\n"
                       "Foreign ministers of small island states met in Dili on Monday for the Coral Ocean Conference.\n\n"
                       "The conference was attended by Ruben dos Santos Varela, Minister of Foreign Affairs and Cooperation of Timor-Leste; "
                       "Musa Kabbarie, Minister of Foreign Affairs of Sierra Leone; Peter Manelosi, Minister of Foreign Affairs of Solomon "
                       "Islands; and Jean-Marc Dorvalis, Minister of Foreign Affairs of Haiti.\n\n"
                       "On the margins of the meeting, Minister Ruben Varela held bilateral meetings with his counterparts from Sierra Leone, "
                       "Solomon Islands and Haiti.\n");
  for (const auto* counterpart : {"Musa Kabbarie", "Peter Manelosi", "Jean-Marc Dorvalis"}) {
    INFO(counterpart);
    CHECK(met(facts, "Ruben dos Santos Varela", counterpart));
  }
  auto meetings = names(facts, "Meeting");
  CHECK(has(meetings, "Varela–Kabbarie meeting"));
  CHECK(has(meetings, "Varela–Manelosi meeting"));
  CHECK(has(meetings, "Varela–Dorvalis meeting"));
  CHECK(meeting_named_with(facts, "dos Santos Varela–").empty());
}

TEST_CASE("'A held a meeting with his Indian counterpart on the sidelines of the forum': A met the Indian minister named before") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Ministers meet in Kazan\ndate: 2024-06-10\n\n"
                       "Foreign ministers of the Coral Group met in Kazan on Monday for their annual forum.\n\n"
                       "Indian Foreign Minister Rajan Subhakar called for reform of the group.\n\n"
                       "Russian Foreign Minister Pavel Lodrovin held a meeting with his Indian counterpart on the sidelines of the forum.\n");
  CHECK(met(facts, "Pavel Lodrovin", "Rajan Subhakar"));
  auto m = meeting_attended_by(facts, "Pavel Lodrovin");
  REQUIRE_FALSE(m.empty());
  CHECK(relation(facts, "ATTENDS", "Rajan Subhakar", m));
}

TEST_CASE("'H.E. Mr. A, H.E. Mr. B, H.E. Mr. C and H.E. Ms. D held a quadrilateral meeting of the Foreign Ministers of W, X, Y and Z': one meeting of all four, named as written") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Ministers meet in Vienna\ndate: 2024-06-10\n\n"
                       "H.E. Mr. Ardeshir Kalbani, H.E. Mr. Wei Hongzhan, H.E. Mr. Tariq Muneebullah and H.E. Ms. Irina Vostrakova held a "
                       "quadrilateral meeting of the Foreign Ministers of China, Iran, Pakistan and Russia on Monday in Vienna.\n\n"
                       "They discussed the situation in Afghanistan.\n");
  const std::string m = "quadrilateral meeting of the Foreign Ministers of China, Iran, Pakistan and Russia";
  REQUIRE(has(names(facts, "Meeting"), m));
  const std::vector<std::string> people{"Ardeshir Kalbani", "Wei Hongzhan", "Tariq Muneebullah", "Irina Vostrakova"};
  for (const auto& p : people) {
    INFO(p);
    CHECK(relation(facts, "ATTENDS", p, m));
  }
  for (std::size_t i = 0; i < people.size(); ++i)
    for (std::size_t j = i + 1; j < people.size(); ++j) {
      INFO(people[i] << " / " << people[j]);
      CHECK(met(facts, people[i], people[j]));
    }
  // no meeting of the last two alone
  CHECK(meeting_named_with(facts, "Muneebullah–Vostrakova").empty());
}

TEST_CASE("'The three presidents, A, B and C, held their eighth trilateral meeting on the sidelines of the SCO summit' after a lead on their trilateral summit: all three pairs met") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Russia, China and Mongolia leaders hold trilateral summit\ndate: 2024-07-04\n\n"
                       "Russian President Pavel Lodrovin, Chinese President Chen Wenliang and Mongolian President Ganbold Batjargal held a "
                       "trilateral summit in Astana on Wednesday.\n\n"
                       "The three presidents, Pavel Lodrovin, Chen Wenliang and Ganbold Batjargal, held their eighth trilateral meeting on "
                       "the sidelines of the SCO summit.\n");
  CHECK(met(facts, "Pavel Lodrovin", "Chen Wenliang"));
  CHECK(met(facts, "Pavel Lodrovin", "Ganbold Batjargal"));
  CHECK(met(facts, "Chen Wenliang", "Ganbold Batjargal"));
}

TEST_CASE("'the 19th X Forum (XF)', a forum the data knows by its acronym, 'The XF was founded ...': the meeting named '19th X Forum'") {
  Extractor ex(lex_with_forum());
  auto facts = extract(ex, "probe",
                       "Democracy forum opens in Ulaanbaatar\ndate: 2024-07-04\n\n"
                       "Ministers from thirty countries gathered in Ulaanbaatar on Wednesday for the 19th Coral Democracy Forum (CDF).\n\n"
                       "The CDF was founded in 1999 to promote democratic governance in Asia.\n");
  auto meetings = names(facts, "Meeting");
  CHECK(has(meetings, "19th Coral Democracy Forum"));
  CHECK_FALSE(has(meetings, "19th CDF"));
  CHECK(relation(facts, "HELD_IN", "19th Coral Democracy Forum", "Ulaanbaatar"));
}

// states at the meeting at hand, however they took part

TEST_CASE("'A, which holds the chair until the end of this month, was represented by its ambassador to X', 'B and C, two of the observer states, were represented by diplomats from their Oslo embassies': the states attend") {
  Extractor ex(lex());
  auto bangkok = extract(ex, "probe",
                         "Coral Group ministers meet in Bangkok\ndate: 2024-07-04\n\n"
                         "Foreign ministers of the Coral Group met in Bangkok on Wednesday to discuss the crisis in Myanmar.\n\n"
                         "Laos, which holds the chair until the end of this month, was represented by its ambassador to Thailand.\n");
  auto m = meeting_held_in(bangkok, "Bangkok");
  REQUIRE_FALSE(m.empty());
  CHECK(relation(bangkok, "ATTENDS", "Laos", m));

  auto tromso = extract(ex, "probe",
                        "Arctic Coral Council meets in Tromsø\ndate: 2024-07-04\n\n"
                        "Ministers of the Arctic Coral Council met in Tromsø on Wednesday to discuss shipping.\n\n"
                        "Germany and the United States, two of the observer states, were represented by diplomats from their Oslo "
                        "embassies.\n");
  auto council = meeting_held_in(tromso, "Tromsø");
  REQUIRE_FALSE(council.empty());
  CHECK(relation(tromso, "ATTENDS", "Germany", council));
  CHECK(relation(tromso, "ATTENDS", "United States", council));
}

TEST_CASE("'A was also present.', 'B and C were in attendance.': the states attend") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Coral Group ministers meet in Bangkok\ndate: 2024-07-04\n\n"
                       "Foreign ministers of the Coral Group met in Bangkok on Wednesday to discuss the crisis in Myanmar.\n\n"
                       "Greece was also present.\n\n"
                       "Cyprus and Israel were in attendance.\n");
  auto m = meeting_held_in(facts, "Bangkok");
  REQUIRE_FALSE(m.empty());
  for (const auto* state : {"Greece", "Cyprus", "Israel"}) {
    INFO(state);
    CHECK(relation(facts, "ATTENDS", state, m));
  }
}

TEST_CASE("'Premier A is due to hold talks with Crown Prince B tomorrow': the talks planned for the next day; 'The Dialogue closes tomorrow with a session on ...': the main meeting still held today") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Coral Dialogue opens in Singapore\ndate: 2026-05-28\n\n"
                       "Defence ministers from across Asia gathered in Singapore on Thursday for the opening of the Coral Dialogue.\n\n"
                       "Chinese Premier Liang Zhaomin is due to hold talks with Saudi Crown Prince Faisal bin Tamir tomorrow.\n\n"
                       "The Dialogue closes tomorrow with a session on maritime security.\n");
  auto talks = meeting_named_with(facts, "Faisal bin Tamir");
  REQUIRE_FALSE(talks.empty());
  CHECK(entity_prop(facts, talks, "date") == "2026-05-29");
  CHECK(entity_prop(facts, talks, "status") == "planned");
  // the main meeting keeps its own day
  REQUIRE(has(names(facts, "Meeting"), "Coral Dialogue"));
  CHECK(entity_prop(facts, "Coral Dialogue", "date") != "2026-05-29");
  CHECK(entity_prop(facts, "Coral Dialogue", "status") != "planned");
}

TEST_CASE("'A, South Korea's Special Representative for Korean Peninsula Peace and Security Affairs, said ...': no person 'Peace'") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Nuclear envoys meet in Tokyo\ndate: 2024-07-04\n\n"
                       "Nuclear envoys of South Korea, Japan and the United States met in Tokyo on Wednesday to discuss North Korea.\n\n"
                       "Kim Gunseol, South Korea's Special Representative for Korean Peninsula Peace and Security Affairs, said the three "
                       "countries agreed to strengthen cooperation.\n");
  auto people = names(facts, "Person");
  CHECK(has(people, "Kim Gunseol"));
  CHECK_FALSE(has(people, "Peace"));
  CHECK(relation(facts, "HOLDS_ROLE", "Kim Gunseol", "South Korea"));
}

TEST_CASE("'A met his Egyptian counterpart', the Egyptian minister known only from the list of office-holders: A met her") {
  static auto officials = lex_with_files("round28_officials", {{"gazetteer/officials.tsv", "# invented office-holders\nAmina Coralu\tEG\t\tForeign Minister|2023|\n"},
                                                               {"gazetteer/officials_international.tsv", "# no office-holders of bodies\n"}});
  Extractor ex(officials);
  auto facts = extract(ex, "probe",
                       "Lithuania and Egypt discuss trade\ndate: 2025-03-20\n\n"
                       "VILNIUS, March 20 (Coral News) - Amina Coralu arrived in Vilnius on Monday for a two-day visit.\n\n"
                       "Lithuanian Foreign Minister Tomas Vellanis met his Egyptian counterpart on Tuesday to discuss grain exports.\n");
  CHECK(relation(facts, "HOLDS_ROLE", "Amina Coralu", "Egypt"));
  CHECK(met(facts, "Tomas Vellanis", "Amina Coralu"));
}

TEST_CASE("'The Forum last held an extraordinary ministerial session on fisheries in Apia in June': that session is in Apia; 'Vake stayed in X': no meeting in X") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Coral leaders close their summit\ndate: 2024-11-23\n\n"
                       "SUVA, Nov 23 (Coral News) - Leaders of the Coral Forum ended their annual summit in Suva on Saturday with a pledge on "
                       "ocean protection.\n\n"
                       "The Forum last held an extraordinary ministerial session on fisheries in Apia in June, on the margins of its regular "
                       "council.\n\n"
                       "A meeting between Prime Minister Tavita Lomu and Foreign Minister Sione Vake, which officials had hoped to arrange, did "
                       "not happen: Vake stayed in Nuku'alofa.\n");
  auto session = meeting_named_with(facts, "extraordinary ministerial session");
  REQUIRE_FALSE(session.empty());
  CHECK(relation(facts, "HELD_IN", session, "Apia"));
  CHECK(meeting_held_in(facts, "Nuku'alofa").empty());
}

TEST_CASE("Memberships told in passing: 'joined X together with A, B and C', 'within X, a bloc that also groups', 'its partners in X — A, B —', 'has frozen its participation in X', 'where A has held a non-permanent seat', '– A, B and C – are X members', 'the \"extended troika\" of A, B', 'X was concluded between A and B, C'") {
  static auto bodies = lex_with_files("round28_memberships", {{"gazetteer/organizations.tsv", "# invented bodies\n"
                                                                                               "Coral Bloc\tCB\tgroup\t-\t-\n"
                                                                                               "Independent Coral Association\tICA\tgroup\t-\t-\n"
                                                                                               "Coral Free Trade Association\tCFTA\torganization\t-\t-\n"
                                                                                               "Coral Security Treaty\tCST\talliance\t-\t-\n"
                                                                                               "Coral Council\t-\tcouncil\t-\t-\n"
                                                                                               "Coral Alliance\tCA\talliance\t-\t-\n"
                                                                                               "Coral Nuclear Accord\tCNA\tagreement\t-\t-\n"},
                                                              {"gazetteer/officials_international.tsv", "# no office-holders of bodies\n"}});
  Extractor ex(bodies);
  auto facts = extract(ex, "probe",
                       "Ministers meet in Addis Ababa\ndate: 2025-03-20\n\n"
                       "Ethiopia, which joined the Coral Bloc in January 2024 together with Egypt, Iran and the United Arab Emirates, hosted the meeting.\n\n"
                       "Colombia negotiates within the Independent Coral Association (ICA), a bloc that also groups Chile, Costa Rica and Peru.\n\n"
                       "Switzerland negotiates most trade deals together with its partners in the Coral Free Trade Association (CFTA) — Iceland, Liechtenstein and Norway — but its agreement with Beijing is bilateral.\n\n"
                       "Yerevan has frozen its participation in another Moscow-led bloc, the Coral Security Treaty (CST).\n\n"
                       "Ljubljana has a voice in the Coral Council, where Slovenia has held a non-permanent seat since January 2024.\n\n"
                       "She recalled that three of the Black Sea's six littoral states – Türkiye, Romania and Bulgaria – are Coral Alliance members.\n\n"
                       "The meeting came two weeks after the \"extended troika\" of Russia, China, the United States and Pakistan met in Moscow.\n\n"
                       "The 2015 deal, known as the Coral Nuclear Accord (CNA), was concluded between Iran and China, France and Germany.\n\n");
  for (const char* s : {"Ethiopia", "Egypt", "Iran", "United Arab Emirates"}) CHECK(relation(facts, "MEMBER_OF", s, "Coral Bloc"));
  CHECK(relation(facts, "MEMBER_OF", "Colombia", "Independent Coral Association"));
  CHECK(relation(facts, "MEMBER_OF", "Switzerland", "Coral Free Trade Association"));
  CHECK(relation(facts, "MEMBER_OF", "Armenia", "Coral Security Treaty"));
  CHECK(relation(facts, "MEMBER_OF", "Slovenia", "Coral Council"));
  for (const char* s : {"Turkey", "Romania", "Bulgaria"}) CHECK(relation(facts, "MEMBER_OF", s, "Coral Alliance"));
  for (const char* s : {"Russia", "China", "United States", "Pakistan"}) CHECK(relation(facts, "MEMBER_OF", s, "extended troika"));
  for (const char* s : {"Iran", "China", "France", "Germany"}) CHECK(relation(facts, "MEMBER_OF", s, "Coral Nuclear Accord"));
}

TEST_CASE("'Minister of Foreign Affairs and Cooperation A dos Santos B'; 'X, Y and Z met in a trilateral format'; 'X and Y later met W'; 'Australia's Northern Territory' is no person") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Ministers meet in Nusa Dua\ndate: 2025-12-11\n\n"
                       "Among the ministers in the hall were Australian Foreign Minister Penelope Varga, Timor-Leste’s Minister of Foreign "
                       "Affairs and Cooperation Ruben dos Santos Varela and Malaysian Foreign Minister Datuk Amir Kassim.\n\n"
                       "In the afternoon, Indonesian Foreign Minister Harun Sutomo, Varga and Varela met in a trilateral format for the first "
                       "time, focusing on links between Timor-Leste and Australia’s Northern Territory.\n\n"
                       "Sutomo and Varga later met Kassim to discuss fisheries.\n");
  const auto* role = relation(facts, "HOLDS_ROLE", "Ruben dos Santos Varela", "East Timor");
  REQUIRE(role);
  CHECK(prop(*role, "title") == "Minister of Foreign Affairs and Cooperation");
  CHECK_FALSE(has(names(facts, "Person"), "Northern Territory"));
  CHECK(met(facts, "Harun Sutomo", "Ruben dos Santos Varela"));
  CHECK(met(facts, "Harun Sutomo", "Amir Kassim"));
  CHECK(met(facts, "Penelope Varga", "Amir Kassim"));
}

TEST_CASE("'the defence ministers, Russia's A, Turkey's B, Iran's C and Syria's D, also met in the Russian capital': each met each") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Defence ministers meet in Moscow\ndate: 2023-04-27\n\n"
                       "On April 25 the defence ministers, Russia's Sergei Valkov, Turkey's Hakan Demirel, Iran's Reza Tabrizi and Syria's "
                       "Ali Haddad, also met in the Russian capital.\n");
  const char* people[] = {"Sergei Valkov", "Hakan Demirel", "Reza Tabrizi", "Ali Haddad"};
  for (int i = 0; i < 4; ++i)
    for (int k = i + 1; k < 4; ++k) CHECK(met(facts, people[i], people[k]));
}

TEST_CASE("'Hungarian Prime Minister A, Serbian Prime Minister B, Czech Prime Minister C and Bulgarian Prime Minister D, whose country hosted the 7th ... in Sofia, also spoke at the meeting': all four attend the meeting at hand") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Leaders meet in Dubrovnik\ndate: 2019-04-12\n\n"
                       "The 8th Coral–Danube Leaders’ Meeting opened in Dubrovnik on Friday, chaired by Croatian Prime Minister Andrej Vukic.\n\n"
                       "Hungarian Prime Minister Gabor Farkasz, Serbian Prime Minister Ana Jovic, Czech Prime Minister Petr Dvorak and "
                       "Bulgarian Prime Minister Boyan Ivanov, whose country hosted the 7th Leaders’ Meeting in Sofia last July, also spoke at "
                       "the meeting.\n");
  auto main = meeting_attended_by(facts, "Andrej Vukic");
  REQUIRE_FALSE(main.empty());
  for (const char* p : {"Gabor Farkasz", "Ana Jovic", "Petr Dvorak", "Boyan Ivanov"}) CHECK(relation(facts, "ATTENDS", p, main));
}
