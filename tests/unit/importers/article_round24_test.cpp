// The article importer on round 24 constructions: French style with capitalised family names, absent leaders, ministers' states
// (from lists, offices, leaders, colleagues, trips, outlets, the gazetteer of office-holders), past summits, named mechanisms and
// talks, a summit's day from its lead.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "article_facts.hpp"
#include "importers/article/extractor.hpp"

using namespace fg::importers::article;
using namespace fg::importers::article::test;

namespace {
// whether some HOLDS_ROLE from `person` to `state` carries `title` (relation() finds only the first)
bool holds_role_titled(const std::vector<Fact>& facts, const std::string& person, const std::string& state, const std::string& title) {
  for (const auto& f : facts)
    if (const auto* r = std::get_if<fg::graph::RelationFact>(&f);
        r && r->type == "HOLDS_ROLE" && r->from.name == person && r->to.name == state && prop(*r, "title") == title)
      return true;
  return false;
}
}  // namespace

TEST_CASE("'H.E. Mr Jean-Marc DOLIVAN, President of the Republic of Benin, H.E. Mrs Awa Kossi AMON-TANOU, Minister of Foreign Affairs of Togo': family names in capitals") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Summit of West African states\ndate: 2024-03-10\n\n"
                       "The summit of the Coral Union was held in Lakeport. It was attended by H.E. Mr Jean-Marc DOLIVAN, President "
                       "of the Republic of Benin, H.E. Mrs Awa Kossi AMON-TANOU, Minister of Foreign Affairs of Togo, and H.E. Mr Omar "
                       "Lamin KALO-DEMBA, President of the ECOWAS Commission.\n\n"
                       "The ECOWAS Commission welcomed the outcome.\n");
  auto people = names(facts, "Person");
  CHECK(has(people, "Jean-Marc Dolivan"));
  CHECK(has(people, "Awa Kossi Amon-Tanou"));
  CHECK_FALSE(has(people, "Jean-Marc"));
  CHECK_FALSE(has(people, "Awa Kossi"));
  CHECK(relation(facts, "HOLDS_ROLE", "Jean-Marc Dolivan", "Benin"));
  CHECK(relation(facts, "HOLDS_ROLE", "Awa Kossi Amon-Tanou", "Togo"));
  CHECK_FALSE(relation(facts, "HOLDS_ROLE", "Awa Kossi Amon-Tanou", "Benin"));
  // the acronym in capitals stays the body's, no person
  CHECK(has(names(facts, "Organization"), "ECOWAS Commission"));
  auto acronym_person = [](const std::string& p) { return p.find("ECOWAS") != std::string::npos || p.find("Ecowas") != std::string::npos; };
  CHECK(std::none_of(people.begin(), people.end(), acronym_person));
}

TEST_CASE("'The Republic of Niger was represented by H.E. Mr A, Prime Minister, on behalf of H.E. Mr B, President of the Republic of Niger, who was prevented from attending': B does not attend") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Final communique of the summit\ndate: 2024-03-12\n\n"
                       "The Ordinary Summit of the Coral Union was held in Lakeport on 10 March 2024.\n\n"
                       "The Republic of Niger was represented by H.E. Mr Ali Barmou, Prime Minister, on behalf of H.E. Mr Issa "
                       "Dorikou, President of the Republic of Niger, who was prevented from attending.\n");
  auto summit = meeting_held_in(facts, "Lakeport");
  REQUIRE_FALSE(summit.empty());
  CHECK(relation(facts, "ATTENDS", "Ali Barmou", summit));
  CHECK(relation(facts, "REPRESENTS", "Ali Barmou", "Niger"));
  CHECK_FALSE(relation(facts, "ATTENDS", "Issa Dorikou", summit));
  CHECK(relation(facts, "HOLDS_ROLE", "Issa Dorikou", "Niger"));
}

TEST_CASE("'The Council of Ministers brought together H.E. Mr A, Minister of Foreign Affairs of Benin, H.E. Mr B, Minister of Foreign Affairs of Burkina Faso, ...': B holds no office of Benin") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Council of Ministers meets\ndate: 2024-03-08\n\n"
                       "The Council of Ministers of the Coral Union met in Lakeport on 7 March 2024.\n\n"
                       "The Council of Ministers brought together H.E. Mr Paul Adjovito, Minister of Foreign Affairs of Benin, H.E. "
                       "Mr Karim Sawadego, Minister of Foreign Affairs of Burkina Faso, and H.E. Mrs Mariam Tallka, Minister of "
                       "Foreign Affairs of Mali.\n");
  CHECK(relation(facts, "HOLDS_ROLE", "Paul Adjovito", "Benin"));
  CHECK(relation(facts, "HOLDS_ROLE", "Karim Sawadego", "Burkina Faso"));
  CHECK_FALSE(relation(facts, "HOLDS_ROLE", "Karim Sawadego", "Benin"));
  CHECK(relation(facts, "HOLDS_ROLE", "Mariam Tallka", "Mali"));
  CHECK_FALSE(relation(facts, "HOLDS_ROLE", "Mariam Tallka", "Burkina Faso"));
}

TEST_CASE("'Foreign Minister A and Defence Minister B hosted Secretary of State C and Secretary of Defense D in Brisbane', with Australia and Tonga: C and D for the United States") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Australia and the Pacific: what the talks delivered\ndate: 2024-08-08\n\n"
                       "Foreign Minister Claire Whitmoor and Defence Minister Ross Hadlow hosted Secretary of State Daniel "
                       "Brackwell and Secretary of Defense Martin Oylebrook in Brisbane for the annual consultations.\n\n"
                       "The talks also covered Tonga, where Australia is funding a new patrol boat base.\n");
  CHECK(relation(facts, "HOLDS_ROLE", "Claire Whitmoor", "Australia"));
  const auto* c = relation(facts, "HOLDS_ROLE", "Daniel Brackwell", "United States");
  REQUIRE(c);
  CHECK(prop(*c, "title") == "Secretary of State");
  const auto* d = relation(facts, "HOLDS_ROLE", "Martin Oylebrook", "United States");
  REQUIRE(d);
  CHECK(prop(*d, "title") == "Secretary of Defense");
  CHECK_FALSE(relation(facts, "HOLDS_ROLE", "Daniel Brackwell", "Australia"));
  CHECK_FALSE(relation(facts, "HOLDS_ROLE", "Martin Oylebrook", "Australia"));
  CHECK_FALSE(relation(facts, "HOLDS_ROLE", "Daniel Brackwell", "Tonga"));
}

TEST_CASE("'Their foreign ministers - Ukraine's A, Georgia's B and Moldova's acting foreign minister C - set up the trio in May': each a foreign minister of the state before the name") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Trio looks west\ndate: 2024-06-20\n\n"
                       "Their foreign ministers - Ukraine's Taras Melnyk-Horak, Georgia's Levan Tsereteli-Abashi and Moldova's "
                       "acting foreign minister Ion Vranceaniu - set up the trio in May.\n");
  const auto* a = relation(facts, "HOLDS_ROLE", "Taras Melnyk-Horak", "Ukraine");
  REQUIRE(a);
  CHECK(prop(*a, "title") == "foreign minister");
  const auto* b = relation(facts, "HOLDS_ROLE", "Levan Tsereteli-Abashi", "Georgia");
  REQUIRE(b);
  CHECK(prop(*b, "title") == "foreign minister");
  const auto* c = relation(facts, "HOLDS_ROLE", "Ion Vranceaniu", "Moldova");
  REQUIRE(c);
  CHECK(prop(*c, "title") == "acting foreign minister");
}

TEST_CASE("'The foreign ministers of the Democratic Republic of Congo and Rwanda signed a deal ... Congo's Foreign Minister A': the Democratic Republic; 'Cameroon, Congo, Gabon and the Democratic Republic of the Congo': both") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Peace deal signed\ndate: 2024-06-28\n\n"
                       "The foreign ministers of the Democratic Republic of Congo and Rwanda signed a deal in Lakeport on Friday.\n\n"
                       "Congo's Foreign Minister Therese Kalonda-Mwamba said the deal opened a new chapter.\n");
  auto states = names(facts, "State");
  CHECK(has(states, "Democratic Republic of the Congo"));
  CHECK_FALSE(has(states, "Republic of the Congo"));
  CHECK(relation(facts, "HOLDS_ROLE", "Therese Kalonda-Mwamba", "Democratic Republic of the Congo"));
  CHECK_FALSE(relation(facts, "HOLDS_ROLE", "Therese Kalonda-Mwamba", "Republic of the Congo"));

  auto listed = extract(ex, "probe",
                        "Central African leaders meet\ndate: 2024-06-28\n\n"
                        "Leaders of Cameroon, Congo, Gabon and the Democratic Republic of the Congo met in Lakeport on Friday.\n");
  auto listed_states = names(listed, "State");
  CHECK(has(listed_states, "Republic of the Congo"));
  CHECK(has(listed_states, "Democratic Republic of the Congo"));
}

TEST_CASE("'The first Summit of the Heads of State of the Republic of Azerbaijan, the Republic of Kazakhstan and the Republic of Uzbekistan was held in T': no meeting 'Summit of the Heads'") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Trilateral summit in Lakeport\ndate: 2024-07-02\n\n"
                       "The first Summit of the Heads of State of the Republic of Azerbaijan, the Republic of Kazakhstan and the "
                       "Republic of Uzbekistan was held in Lakeport on 1 July 2024.\n");
  CHECK_FALSE(meeting_held_in(facts, "Lakeport").empty());
  CHECK(meeting_named_with(facts, "Summit of the Heads").empty());
  CHECK(meeting_named_with(facts, "of the Heads").empty());
  auto states = names(facts, "State");
  CHECK(has(states, "Azerbaijan"));
  CHECK(has(states, "Kazakhstan"));
  CHECK(has(states, "Uzbekistan"));
}

TEST_CASE("'Just a month ago, we met in Samarkand at the Summit of the O', then 'The member states of the Organization - A, B, ... -': the report's officials do not attend the O summit") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Trilateral summit held in Lakeport\ndate: 2024-07-10\n\n"
                       "The Consultative Meeting of the Heads of State of Central Asia was held in Lakeport on 9 July 2024.\n\n"
                       "\"Just a month ago, we met in Samarkand at the Summit of the Organization of Coral States, where our leaders "
                       "adopted a common agenda,\" President Rauf Torev of Azerbaijan said.\n\n"
                       "The member states of the Organization - Azerbaijan, Kazakhstan, Kyrgyzstan, Turkey and Uzbekistan - account "
                       "for a large share of regional trade.\n\n"
                       "President Kanat Zhumbek of Kazakhstan and President Bakhrom Tilavov of Uzbekistan signed a joint "
                       "declaration.\n");
  CHECK_FALSE(meeting_held_in(facts, "Lakeport").empty());
  auto past = meeting_named_with(facts, "Organization of Coral States");
  REQUIRE_FALSE(past.empty());
  CHECK_FALSE(relation(facts, "ATTENDS", "Rauf Torev", past));
  CHECK_FALSE(relation(facts, "ATTENDS", "Kanat Zhumbek", past));
  CHECK_FALSE(relation(facts, "ATTENDS", "Bakhrom Tilavov", past));
  CHECK_FALSE(relation(facts, "ATTENDS", "Kazakhstan", past));
  CHECK(relation(facts, "HOLDS_ROLE", "Kanat Zhumbek", "Kazakhstan"));
}

TEST_CASE("'The member states of the Organization - A, B, C and D -': members of the organization named before, no 'Organization'") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Trade bloc grows\ndate: 2024-07-10\n\n"
                       "The Organization of Coral States opened a new secretariat in Lakeport on Monday.\n\n"
                       "The member states of the Organization - Azerbaijan, Kazakhstan, Kyrgyzstan and Uzbekistan - account for a "
                       "large share of regional trade.\n");
  auto orgs = names(facts, "Organization");
  CHECK(has(orgs, "Organization of Coral States"));
  CHECK_FALSE(has(orgs, "Organization"));
  CHECK(relation(facts, "MEMBER_OF", "Azerbaijan", "Organization of Coral States"));
  CHECK(relation(facts, "MEMBER_OF", "Uzbekistan", "Organization of Coral States"));
  CHECK_FALSE(relation(facts, "MEMBER_OF", "Kazakhstan", "Organization"));
}

TEST_CASE("'a summit of the Lakeview Dialogue and Coordination Mechanism'; 'The mechanism, which groups A, B and C'; 'the X Unitary Platform'") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Regional leaders meet\ndate: 2024-05-14\n\n"
                       "Leaders will gather in Lakeport next week for a summit of the Lakeview Dialogue and Coordination "
                       "Mechanism.\n\n"
                       "The mechanism, which groups Colombia, Ecuador and Peru, was set up in 2019.\n\n"
                       "The Harbour Unitary Platform said it would send observers to the vote.\n");
  auto orgs = names(facts, "Organization");
  CHECK(has(orgs, "Lakeview Dialogue and Coordination Mechanism"));
  CHECK_FALSE(has(names(facts, "Meeting"), "Lakeview Dialogue"));
  CHECK(relation(facts, "MEMBER_OF", "Colombia", "Lakeview Dialogue and Coordination Mechanism"));
  CHECK(relation(facts, "MEMBER_OF", "Ecuador", "Lakeview Dialogue and Coordination Mechanism"));
  CHECK(relation(facts, "MEMBER_OF", "Peru", "Lakeview Dialogue and Coordination Mechanism"));
  CHECK(has(orgs, "Harbour Unitary Platform"));
  CHECK_FALSE(has(names(facts, "Person"), "Harbour Unitary Platform"));
}

TEST_CASE("'The Cambodian delegation was led by Deputy Prime Minister and Minister of National Defence Gen A B': both offices, for Cambodia at the meeting") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Defence ministers meet\ndate: 2024-11-21\n\n"
                       "The meeting of the defence ministers of the Coral Union was held in Lakeport on Wednesday. The Cambodian "
                       "delegation was led by Deputy Prime Minister and Minister of National Defence Gen Sokha Vannak.\n");
  CHECK(has(names(facts, "Person"), "Sokha Vannak"));
  CHECK(holds_role_titled(facts, "Sokha Vannak", "Cambodia", "Deputy Prime Minister"));
  CHECK(holds_role_titled(facts, "Sokha Vannak", "Cambodia", "Minister of National Defence"));
  auto m = meeting_held_in(facts, "Lakeport");
  REQUIRE_FALSE(m.empty());
  CHECK(relation(facts, "ATTENDS", "Sokha Vannak", m));
  const auto* r = relation(facts, "REPRESENTS", "Sokha Vannak", "Cambodia");
  REQUIRE(r);
  CHECK(prop(*r, "forum") == m);
}

TEST_CASE("'Heads of State of the X on Thursday converged at the C in T for an extraordinary summit on ...': the summit's day is that Thursday; 'Leaders meet again on Wednesday morning' does not date it") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Basin leaders meet in Lakeport, push for dam\ndate: 2023-03-17\n\n"
                       "Heads of State of the Coral Basin Organisation (CBO) on Thursday converged at the Harbour Conference Centre "
                       "in Lakeport for an extraordinary summit on regional water security. Leaders meet again on Wednesday morning "
                       "for the final session.\n\n"
                       "The leaders discussed financing for the project.\n");
  auto summit = meeting_held_in(facts, "Lakeport");
  REQUIRE_FALSE(summit.empty());
  CHECK(entity_prop(facts, summit, "date") == "2023-03-16");
  CHECK(entity_prop(facts, summit, "date") != "2023-03-17");
  CHECK(entity_prop(facts, summit, "date") != "2023-03-15");

  // without a day in the lead, the session still to come gives the summit no date
  auto later = extract(ex, "probe",
                       "Basin leaders meet in Lakeport, push for dam\ndate: 2023-03-17\n\n"
                       "Leaders of the Coral Basin Organisation gathered in Lakeport for an extraordinary summit on regional water "
                       "security. Leaders meet again on Wednesday morning for the final session.\n");
  auto m = meeting_held_in(later, "Lakeport");
  REQUIRE_FALSE(m.empty());
  CHECK(entity_prop(later, m, "date") != "2023-03-15");
  CHECK(entity_prop(later, m, "date") != "2023-03-22");
}

TEST_CASE("'Energy Minister A B, who accompanied F at the summit, met Azerbaijan's Energy Minister C D on the sidelines', F being President of Türkiye: A B for Turkey") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Turkish, Azerbaijani and Turkmen leaders hold summit in Lakeport\ndate: 2024-12-14\n"
                       "source: Daily Harbour Gazette\n\n"
                       "President Kerem Yalnizoglu of Türkiye, President Rauf Torev of Azerbaijan and President Serdar Gulyev of "
                       "Turkmenistan met in Lakeport on Friday for a trilateral summit.\n\n"
                       "Energy Minister Alparslan Demirkaya, who accompanied Yalnizoglu at the summit, met Azerbaijan's Energy "
                       "Minister Elnur Kasimzade on the sidelines to discuss gas supplies.\n");
  CHECK(relation(facts, "HOLDS_ROLE", "Kerem Yalnizoglu", "Turkey"));
  const auto* a = relation(facts, "HOLDS_ROLE", "Alparslan Demirkaya", "Turkey");
  REQUIRE(a);
  CHECK(prop(*a, "title") == "Energy Minister");
  CHECK_FALSE(relation(facts, "HOLDS_ROLE", "Alparslan Demirkaya", "Turkmenistan"));
  CHECK_FALSE(relation(facts, "HOLDS_ROLE", "Alparslan Demirkaya", "Azerbaijan"));
  CHECK(relation(facts, "HOLDS_ROLE", "Elnur Kasimzade", "Azerbaijan"));
  CHECK(met(facts, "Alparslan Demirkaya", "Elnur Kasimzade"));
}

TEST_CASE("'Australian Foreign Minister A B and C D, the Deputy Prime Minister and Defence Minister, hosted US Secretary of State ... in Brisbane': C D for Australia, the state of A B") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Ministers meet in Brisbane\ndate: 2024-08-08\n\n"
                       "Australian Foreign Minister Claire Whitmoor and Ross Hadlow, the Deputy Prime Minister and Defence Minister, "
                       "hosted US Secretary of State Daniel Brackwell and Secretary of Defense Martin Oylebrook in Brisbane for the "
                       "annual consultations.\n");
  CHECK(relation(facts, "HOLDS_ROLE", "Claire Whitmoor", "Australia"));
  CHECK(holds_role_titled(facts, "Ross Hadlow", "Australia", "Deputy Prime Minister"));
  CHECK(holds_role_titled(facts, "Ross Hadlow", "Australia", "Defence Minister"));
  CHECK_FALSE(relation(facts, "HOLDS_ROLE", "Ross Hadlow", "United States"));
  CHECK(relation(facts, "HOLDS_ROLE", "Daniel Brackwell", "United States"));
  CHECK_FALSE(relation(facts, "HOLDS_ROLE", "Daniel Brackwell", "Australia"));
}

TEST_CASE("'He opened the new embassy in Nuku'alofa last Wednesday, where he met Tongan Prime Minister E F, and flew on to Wellington the next day for talks with Prime Minister G H': G H for New Zealand") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Foreign minister ends Pacific tour\ndate: 2024-06-17\n\n"
                       "Foreign Minister Colin Whitmoor of Australia wrapped up a week-long tour of the Pacific on Sunday.\n\n"
                       "He opened the new embassy in Nuku'alofa last Wednesday, where he met Tongan Prime Minister Sione Faletau, "
                       "and flew on to Wellington the next day for talks with Prime Minister Hamish Corrigale.\n");
  CHECK(relation(facts, "HOLDS_ROLE", "Sione Faletau", "Tonga"));
  const auto* r = relation(facts, "HOLDS_ROLE", "Hamish Corrigale", "New Zealand");
  REQUIRE(r);
  CHECK(prop(*r, "title") == "Prime Minister");
  CHECK_FALSE(relation(facts, "HOLDS_ROLE", "Hamish Corrigale", "Tonga"));
  CHECK_FALSE(relation(facts, "HOLDS_ROLE", "Hamish Corrigale", "Australia"));
  CHECK(entity_prop(facts, "Hamish Corrigale", "nationality") == "New Zealand");
}

TEST_CASE("'A and B also held their first one-on-one talks in months on Monday': the two presidents met, at a meeting of their own") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Leaders gather in Lakeport for regional summit\ndate: 2024-09-24\n\n"
                       "President Andrei Vornicu of Moldova and President Tamaz Kvirikadze of Georgia arrived in Lakeport on Sunday "
                       "for the summit of the Coral Union.\n\n"
                       "Vornicu and Kvirikadze also held their first one-on-one talks in months on Monday.\n");
  auto summit = meeting_named_with(facts, "Coral Union");
  REQUIRE_FALSE(summit.empty());
  CHECK(met(facts, "Andrei Vornicu", "Tamaz Kvirikadze"));
  auto talks = meeting_where(facts, [&](const std::string& n) {
    return n != summit && relation(facts, "ATTENDS", "Andrei Vornicu", n) && relation(facts, "ATTENDS", "Tamaz Kvirikadze", n);
  });
  CHECK_FALSE(talks.empty());
  CHECK(relation(facts, "HOLDS_ROLE", "Andrei Vornicu", "Moldova"));
  CHECK(relation(facts, "HOLDS_ROLE", "Tamaz Kvirikadze", "Georgia"));
}

TEST_CASE("'last Saturday's Australia–United States Ministerial Consultations in Brisbane': one meeting, no 'Australia–United States Ministerial'") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "What the Brisbane talks delivered\ndate: 2024-08-12\n\n"
                       "Australian Foreign Minister Claire Whitmoor said last Saturday's Australia–United States Ministerial "
                       "Consultations in Brisbane had strengthened the alliance.\n");
  auto meetings = names(facts, "Meeting");
  CHECK(meetings.size() == 1);
  CHECK(has(meetings, "Australia–United States Ministerial Consultations"));
  CHECK_FALSE(has(meetings, "Australia–United States Ministerial"));
  CHECK(entity_prop(facts, "Australia–United States Ministerial Consultations", "date") == "2024-08-10");
  CHECK(relation(facts, "HELD_IN", "Australia–United States Ministerial Consultations", "Brisbane"));
}

TEST_CASE("'source: L'Orient Today', 'Caretaker Prime Minister A B was received by ...': A B holds office in Lebanon") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Caretaker premier meets envoy on border talks\ndate: 2024-10-03\nsource: L'Orient Today\n\n"
                       "Caretaker Prime Minister Nabil Haddarine was received by the visiting envoy Marc Delvaux-Rime on Wednesday to "
                       "discuss the border talks.\n");
  const auto* r = relation(facts, "HOLDS_ROLE", "Nabil Haddarine", "Lebanon");
  REQUIRE(r);
  CHECK(prop(*r, "title") == "Caretaker Prime Minister");
  CHECK(entity_prop(facts, "Nabil Haddarine", "nationality") == "Lebanon");
  CHECK(met(facts, "Nabil Haddarine", "Marc Delvaux-Rime"));

  // without the outlet, nothing places him in Lebanon
  auto bare = extract(ex, "probe",
                      "Caretaker premier meets envoy on border talks\ndate: 2024-10-03\n\n"
                      "Caretaker Prime Minister Nabil Haddarine was received by the visiting envoy Marc Delvaux-Rime on Wednesday to "
                      "discuss the border talks.\n");
  CHECK_FALSE(relation(bare, "HOLDS_ROLE", "Nabil Haddarine", "Lebanon"));
}

namespace {
// The built-in data with a gazetteer of office-holders of invented people in place of the real one.
std::shared_ptr<const Lexicon> lex_with_officials() {
  static auto l = lex_with_files("round24_officials", {{"gazetteer/officials.tsv", "# invented office-holders\n"
                                                                                  "Ana Lakeview\tNZ\t\n"
                                                                                  "Tomas Varkonyi\tLT\tTomas Varkony\n"
                                                                                  "Rafael Oduya\tKE\t\n"
                                                                                  "Maria Szabo\tHU\t\n"
                                                                                  "Lena Kovalska\tLT\t\n"},
                                                       {"gazetteer/officials_international.tsv", "# invented office-holders of bodies\n"
                                                                                                 "Amara Velde\tUnited Nations\t\n"
                                                                                                 "Lena Kovalska\tEuropean Commission\t\n"}});
  return l;
}
}  // namespace

TEST_CASE("'hosted Prime Minister A in Canberra', A a known office-holder of New Zealand: the office is New Zealand's") {
  Extractor ex(lex_with_officials());
  auto facts = extract(ex, "probe",
                       "Pacific ministers meet in Canberra\ndate: 2024-05-10\n\n"
                       "Australian Foreign Minister Colin Whitmoor hosted Prime Minister Ana Lakeview in Canberra on Thursday for "
                       "talks on regional security.\n");
  const auto* r = relation(facts, "HOLDS_ROLE", "Ana Lakeview", "New Zealand");
  REQUIRE(r);
  CHECK(prop(*r, "title") == "Prime Minister");
  CHECK_FALSE(relation(facts, "HOLDS_ROLE", "Ana Lakeview", "Australia"));
  CHECK(relation(facts, "REPRESENTS", "Ana Lakeview", "New Zealand"));
}

TEST_CASE("'Ukraine's Foreign Minister A and President B met in Kyiv', B a known office-holder of Lithuania: B's office is Lithuania's") {
  Extractor ex(lex_with_officials());
  auto facts = extract(ex, "probe",
                       "Leaders discuss the war\ndate: 2024-05-10\n\n"
                       "Ukraine's Foreign Minister Petro Danylenko and President Tomas Varkonyi met in Kyiv on Thursday to discuss "
                       "air defence.\n");
  CHECK(relation(facts, "HOLDS_ROLE", "Petro Danylenko", "Ukraine"));
  CHECK(relation(facts, "HOLDS_ROLE", "Tomas Varkonyi", "Lithuania"));
  CHECK_FALSE(relation(facts, "HOLDS_ROLE", "Tomas Varkonyi", "Ukraine"));
  // without the gazetteer entry the sentence's state is all there is
  Extractor plain(lex());
  auto guessed = extract(plain, "probe",
                         "Leaders discuss the war\ndate: 2024-05-10\n\n"
                         "Ukraine's Foreign Minister Petro Danylenko and President Tomas Varkonyi met in Kyiv on Thursday to discuss "
                         "air defence.\n");
  CHECK_FALSE(relation(guessed, "HOLDS_ROLE", "Tomas Varkonyi", "Lithuania"));
}

TEST_CASE("'A and B also held their first one-on-one talks', both known office-holders of states the text names: each represents their state") {
  Extractor ex(lex_with_officials());
  auto facts = extract(ex, "probe",
                       "Summit in Nairobi\ndate: 2024-05-10\n\n"
                       "Leaders of Kenya and Hungary met in Nairobi on Thursday for a summit on trade.\n\n"
                       "Rafael Oduya and Maria Szabo also held their first one-on-one talks in months on Thursday.\n");
  CHECK(met(facts, "Rafael Oduya", "Maria Szabo"));
  const auto* a = relation(facts, "REPRESENTS", "Rafael Oduya", "Kenya");
  const auto* b = relation(facts, "REPRESENTS", "Maria Szabo", "Hungary");
  REQUIRE(a);
  REQUIRE(b);
  // no office in the text, and the gazetteer lists none of his: only that he holds one
  const auto* role = relation(facts, "HOLDS_ROLE", "Rafael Oduya", "Kenya");
  REQUIRE(role);
  CHECK(prop(*role, "title") == "office-holder");
}

TEST_CASE("'Secretary-General A', 'President B', A and B known office-holders of bodies: the offices are the bodies'; B's 'Foreign Minister' is her state's") {
  Extractor ex(lex_with_officials());
  auto facts = extract(ex, "probe",
                       "Talks on Sudan\ndate: 2024-05-10\n\n"
                       "Secretary-General Amara Velde urged the warring parties to return to the table. President Lena Kovalska "
                       "announced new aid.\n");
  const auto* a = relation(facts, "HOLDS_ROLE", "Amara Velde", "United Nations");
  REQUIRE(a);
  CHECK(prop(*a, "title") == "Secretary-General");
  CHECK(relation(facts, "HOLDS_ROLE", "Lena Kovalska", "European Commission"));
  CHECK_FALSE(relation(facts, "HOLDS_ROLE", "Lena Kovalska", "Lithuania"));
  // years earlier, as her country's foreign minister, hosting in Oslo
  auto earlier = extract(ex, "probe",
                         "Baltic ministers meet\ndate: 2016-05-10\n\n"
                         "Foreign Minister Lena Kovalska hosted her Nordic colleagues in Oslo on Tuesday.\n");
  CHECK(relation(earlier, "HOLDS_ROLE", "Lena Kovalska", "Lithuania"));
  CHECK_FALSE(relation(earlier, "HOLDS_ROLE", "Lena Kovalska", "Norway"));
  CHECK_FALSE(relation(earlier, "HOLDS_ROLE", "Lena Kovalska", "European Commission"));
}

TEST_CASE("A gazetteer of officials of bodies that names no known body is refused with its file and line") {
  auto dir = std::filesystem::temp_directory_path() / "factgraph_round24_bad_officials";
  std::filesystem::create_directories(dir / "gazetteer");
  std::ofstream(dir / "gazetteer" / "officials_international.tsv") << "# bad\nAmara Velde\tUnited Nationz\t\n";
  try {
    Lexicon::load(dir.string());
    FAIL("no error");
  } catch (const std::runtime_error& e) {
    CHECK(std::string(e.what()).find("officials_international.tsv:2:") != std::string::npos);
    CHECK(std::string(e.what()).find("United Nationz") != std::string::npos);
  }
}

TEST_CASE("'opened the Lakeport Business Forum on Thursday': a forum of business no gazetteer knows is an event, not a body") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Leaders gather in Lakeport\ndate: 2024-05-10\n\n"
                       "President Maria Delgado opened the Lakeport Business Forum on Thursday, a day before the summit of the Coral "
                       "Union.\n");
  CHECK(has(names(facts, "Meeting"), "Lakeport Business Forum"));
  CHECK_FALSE(has(names(facts, "Organization"), "Lakeport Business Forum"));
  // a body that is a forum stays one
  CHECK(has(names(facts, "Organization"), "Coral Union"));
}

TEST_CASE("'met in Lakeport to discuss the war in Gaza': a region no meeting is held in is no place of the story") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Ministers meet in Lakeport\ndate: 2024-05-10\n\n"
                       "Foreign ministers of the Coral Union met in Lakeport on Thursday to discuss the war in Gaza and shipping in "
                       "the Red Sea.\n");
  auto places = names(facts, "Place");
  CHECK(has(places, "Lakeport"));
  CHECK_FALSE(has(places, "Gaza"));
}
