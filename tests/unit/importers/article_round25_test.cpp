// The article importer on constructions met in round 25: earlier and side meetings beside the reported one, meetings with the people of a report,
// states represented by lists and asides, bodies named with lists and their members, and the offices of known office-holders.
#include <catch2/catch.hpp>

#include <algorithm>
#include <exception>
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

TEST_CASE("'consultations in Warsaw', then 'they talked about the reconstruction conference held in Berlin last month': the consultations are not held in Berlin") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Ministers hold consultations in Warsaw\ndate: 2024-05-10\n\n"
                       "Foreign ministers of Poland and Germany held consultations in Warsaw on Thursday. They talked about the "
                       "reconstruction conference held in Berlin last month.\n");
  auto reported = meeting_held_in(facts, "Warsaw");
  REQUIRE_FALSE(reported.empty());
  CHECK_FALSE(relation(facts, "HELD_IN", reported, "Berlin"));
  // the conference is another, earlier meeting
  auto earlier = meeting_held_in(facts, "Berlin");
  REQUIRE_FALSE(earlier.empty());
  CHECK(earlier != reported);
  CHECK(earlier.find("conference") != std::string::npos);
  CHECK(entity_prop(facts, earlier, "date") == "2024-04");
}

TEST_CASE("'X spoke at the summit's plenary session at the C, where Prime Minister Z hosted the heads of government of the Association of Southeast Asian Nations (ASEAN)': Z at the summit, no other meeting") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Leaders gather for the ASEAN-Coral Special Summit in Lakeport\ndate: 2024-03-06\n\n"
                       "Leaders of Southeast Asia gathered in Lakeport on Tuesday for the ASEAN-Coral Special Summit, marking fifty "
                       "years since Coral became the bloc's first dialogue partner.\n\n"
                       "President Dang Van Thoai spoke at the summit's plenary session at the Coral Convention Centre, where Prime "
                       "Minister Harold Brindlecombe hosted the heads of government of the Association of Southeast Asian Nations "
                       "(ASEAN).\n");
  auto meetings = names(facts, "Meeting");
  CHECK(meetings.size() == 1);
  CHECK(has(meetings, "ASEAN-Coral Special Summit"));
  CHECK(meeting_named_with(facts, "heads of government").empty());
  CHECK(meeting_named_with(facts, "dialogue").empty());
  CHECK(relation(facts, "ATTENDS", "Dang Van Thoai", "ASEAN-Coral Special Summit"));
  CHECK(relation(facts, "ATTENDS", "Harold Brindlecombe", "ASEAN-Coral Special Summit"));
  CHECK(relation(facts, "HELD_IN", "ASEAN-Coral Special Summit", "Coral Convention Centre"));
}

TEST_CASE("'Meeting with A, Cambodia's deputy prime minister, on Thursday, B said ...'; 'In a separate meeting with Malaysian Defence Minister C, B said ...'") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Defence chief meets regional counterparts in Lakeport\ndate: 2024-11-22\n\n"
                       "Defence Secretary Marcus Hallorine attended the meeting of defence ministers of the Coral Union in Lakeport "
                       "this week.\n\n"
                       "Meeting with Chea Sovannara, Cambodia's deputy prime minister, on Thursday, Hallorine said the two countries "
                       "would resume joint exercises.\n\n"
                       "In a separate meeting with Malaysian Defence Minister Azlan Rahmatullah, Hallorine said maritime security was "
                       "a shared priority.\n");
  CHECK(met(facts, "Marcus Hallorine", "Chea Sovannara"));
  CHECK(met(facts, "Marcus Hallorine", "Azlan Rahmatullah"));
  CHECK_FALSE(met(facts, "Chea Sovannara", "Azlan Rahmatullah"));
  CHECK(relation(facts, "HOLDS_ROLE", "Chea Sovannara", "Cambodia"));
  CHECK(relation(facts, "HOLDS_ROLE", "Azlan Rahmatullah", "Malaysia"));
}

TEST_CASE("'B also met with Lao Defence Minister D, whose country holds the ASEAN chair this year, and with E, Russia's deputy defence minister, who leads the delegation'; 'F met with General G, chairman of ...'") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Defence chief meets regional counterparts in Lakeport\ndate: 2024-11-22\n\n"
                       "Defence Secretary Marcus Hallorine attended the meeting of defence ministers of the Coral Union in Lakeport "
                       "this week.\n\n"
                       "Hallorine also met with Lao Defence Minister Bounmy Phetsavong, whose country holds the ASEAN chair this year, "
                       "and with Pavel Drozdin, Russia's deputy defence minister, who leads the delegation.\n\n"
                       "Drozdin met with General Okan Varol, chairman of the Joint Chiefs of Staff.\n");
  CHECK(met(facts, "Marcus Hallorine", "Bounmy Phetsavong"));
  CHECK(met(facts, "Marcus Hallorine", "Pavel Drozdin"));
  CHECK(met(facts, "Pavel Drozdin", "Okan Varol"));
  CHECK_FALSE(met(facts, "Bounmy Phetsavong", "Pavel Drozdin"));
  CHECK(relation(facts, "HOLDS_ROLE", "Pavel Drozdin", "Russia"));
}

TEST_CASE("'Belgian Foreign Minister H, whose country holds the rotating presidency of the Council of the EU until the end of June, met Jordan's Deputy Prime Minister and Foreign Minister K on the sidelines'") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Ministers meet on the sidelines in Lakeport\ndate: 2024-03-20\n\n"
                       "Belgian Foreign Minister Ines Verhoeven, whose country holds the rotating presidency of the Council of the EU "
                       "until the end of June, met Jordan's Deputy Prime Minister and Foreign Minister Nadim Khouraybeh on the "
                       "sidelines.\n");
  CHECK(met(facts, "Ines Verhoeven", "Nadim Khouraybeh"));
  CHECK(relation(facts, "HOLDS_ROLE", "Ines Verhoeven", "Belgium"));
  CHECK(relation(facts, "HOLDS_ROLE", "Nadim Khouraybeh", "Jordan"));
  CHECK_FALSE(relation(facts, "HOLDS_ROLE", "Nadim Khouraybeh", "Belgium"));
}

TEST_CASE("live blog on 'the Brussels conference on Syria': 'He will be shuttling between the conference and the Foreign Affairs Council, which is meeting today in the Justus Lipsius building next door': the Council's own meeting") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Live: the Brussels conference on Syria\ndate: 2024-05-27\n\n"
                       "Welcome to our live coverage of the Brussels conference on Syria, which opens this morning.\n\n"
                       "The EU's foreign policy chief Jaume Ferrandis will open the conference. He will be shuttling between the "
                       "conference and the Foreign Affairs Council, which is meeting today in the Justus Lipsius building next door.\n");
  auto conference = meeting_held_in(facts, "Brussels");
  REQUIRE_FALSE(conference.empty());
  CHECK_FALSE(relation(facts, "HELD_IN", conference, "Justus Lipsius"));
  auto council = meeting_held_in(facts, "Justus Lipsius");
  REQUIRE_FALSE(council.empty());
  CHECK(council != conference);
  CHECK(relation(facts, "CONVENED_BY", council, "Foreign Affairs Council"));
}

TEST_CASE("'On Friday, A, B, C and D met on the sidelines as the X Alliance for Democracy (XAD), the bloc founded in 2021 by ...': a meeting of that body") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Democracies meet in Lakeport\ndate: 2024-09-28\n\n"
                       "On Friday, Alina Varga, Tomas Oberlin, Sofia Mendel and Pieter Kranz met on the sidelines as the Coral "
                       "Alliance for Democracy (CAD), the bloc founded in 2021 by Hungary, Austria, Slovakia and Belgium.\n");
  auto m = meeting_where(facts, [&](const std::string& n) { return relation(facts, "CONVENED_BY", n, "Coral Alliance for Democracy") != nullptr; });
  REQUIRE_FALSE(m.empty());
  CHECK(relation(facts, "ATTENDS", "Alina Varga", m));
  CHECK(relation(facts, "ATTENDS", "Tomas Oberlin", m));
  CHECK(relation(facts, "ATTENDS", "Sofia Mendel", m));
  CHECK(relation(facts, "ATTENDS", "Pieter Kranz", m));
  CHECK(met(facts, "Alina Varga", "Pieter Kranz"));
  CHECK(met(facts, "Tomas Oberlin", "Sofia Mendel"));
  CHECK(entity_prop(facts, m, "date") == "2024-09-27");
}

TEST_CASE("'Mozambique, Namibia and the Republic of the Congo were represented at the highest level, by Presidents A, B and C': each for the state in the same place") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Regional summit opens in Lakeport\ndate: 2024-08-17\n\n"
                       "The summit of the Coral Development Community opened in Lakeport on Saturday. Mozambique, Namibia and the "
                       "Republic of the Congo were represented at the highest level, by Presidents Armando Tivane, Helmut Shikongo and "
                       "Firmin Loubaki.\n");
  CHECK(relation(facts, "REPRESENTS", "Armando Tivane", "Mozambique"));
  CHECK(relation(facts, "REPRESENTS", "Helmut Shikongo", "Namibia"));
  CHECK(relation(facts, "REPRESENTS", "Firmin Loubaki", "Republic of the Congo"));
  CHECK_FALSE(relation(facts, "REPRESENTS", "Helmut Shikongo", "Republic of the Congo"));
  auto people = names(facts, "Person");
  CHECK(has(people, "Armando Tivane"));
  CHECK(std::none_of(people.begin(), people.end(), [](const std::string& p) { return p.rfind("Presidents", 0) == 0; }));
}

TEST_CASE("'according to a transcript released by Casa Presidencial', 'Casa Presidencial confirmed': no person") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Presidents discuss migration by phone\ndate: 2024-02-14\n\n"
                       "President Rodrigo Valdemar spoke by phone with President Ernesto Quintal on Tuesday, according to a transcript "
                       "released by Casa Presidencial.\n\n"
                       "Casa Presidencial confirmed that the two leaders would meet in March.\n");
  auto people = names(facts, "Person");
  CHECK(has(people, "Rodrigo Valdemar"));
  CHECK(has(people, "Ernesto Quintal"));
  CHECK_FALSE(has(people, "Casa Presidencial"));
}

TEST_CASE("'H.E. Mrs. Awa KOSSI TALAMA, Vice-President of the Republic of Benin': a family name of two words in capitals") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Final communique of the summit\ndate: 2024-03-12\n\n"
                       "The Ordinary Summit of the Coral Union was held in Lakeport on 10 March 2024. It was attended by H.E. Mrs. Awa "
                       "KOSSI TALAMA, Vice-President of the Republic of Benin, and H.E. Mr. Omar Lamin KALO, President of the Republic "
                       "of Mali.\n");
  auto people = names(facts, "Person");
  CHECK(has(people, "Awa Kossi Talama"));
  CHECK_FALSE(has(people, "Awa Kossi"));
  CHECK(has(people, "Omar Lamin Kalo"));
  CHECK(relation(facts, "HOLDS_ROLE", "Awa Kossi Talama", "Benin"));
  CHECK_FALSE(relation(facts, "HOLDS_ROLE", "Awa Kossi Talama", "Mali"));
}

TEST_CASE("'the Organisation of Eastern, Coral and Atlantic States (OECAS)': the long name holds a list; 'OECAS' later is that body") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Island states meet in Lakeport\ndate: 2024-06-05\n\n"
                       "Leaders of the Organisation of Eastern, Coral and Atlantic States (OECAS) met in Lakeport on Tuesday.\n\n"
                       "OECAS Director General Marlon Brathby said the members would adopt a common fisheries policy.\n");
  auto orgs = names(facts, "Organization");
  CHECK(has(orgs, "Organisation of Eastern, Coral and Atlantic States"));
  CHECK_FALSE(has(orgs, "Organisation of Eastern"));
  CHECK(has_alias(facts, "Organisation of Eastern, Coral and Atlantic States", "OECAS"));
  CHECK(relation(facts, "HOLDS_ROLE", "Marlon Brathby", "Organisation of Eastern, Coral and Atlantic States"));
  auto m = meeting_held_in(facts, "Lakeport");
  REQUIRE_FALSE(m.empty());
  CHECK(relation(facts, "CONVENED_BY", m, "Organisation of Eastern, Coral and Atlantic States"));
}

TEST_CASE("'The president held separate meetings with el-Masri, al-Jabouri and Sheikh Karim', all named in full before: a meeting with each, one Sheikh Karim") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Gulf leaders in Lakeport\ndate: 2024-04-18\n\n"
                       "Foreign Minister Yusuf el-Masri of Egypt, Prime Minister Ali al-Jabouri of Iraq and Sheikh Karim bin Rashid "
                       "Al Fahdi, the foreign minister of Qatar, arrived in Lakeport on Wednesday for the Coral Forum.\n\n"
                       "President Elena Varnic opened the forum on Thursday. The president held separate meetings with el-Masri, "
                       "al-Jabouri and Sheikh Karim.\n");
  CHECK(met(facts, "Elena Varnic", "Yusuf el-Masri"));
  CHECK(met(facts, "Elena Varnic", "Ali al-Jabouri"));
  CHECK(met(facts, "Elena Varnic", "Karim bin Rashid Al Fahdi"));
  CHECK_FALSE(met(facts, "Yusuf el-Masri", "Ali al-Jabouri"));
  // 'Sheikh Karim' is the sheikh named in full
  auto people = names(facts, "Person");
  CHECK(has(people, "Karim bin Rashid Al Fahdi"));
  CHECK_FALSE(has(people, "Karim"));
  CHECK_FALSE(has(people, "Sheikh Karim"));
}

TEST_CASE("'The first X-Y Special Summit was held in Sydney in March 2018', in a report on the X-Y Special Summit in Melbourne: another summit; 'The Special Summit brought together ...'; 'the 50th anniversary of X-Y Dialogue Relations'") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Leaders meet in Melbourne for Coral-Lakeview Special Summit\ndate: 2024-03-06\n\n"
                       "The Coral-Lakeview Special Summit opened in Melbourne on Tuesday, marking the 50th anniversary of "
                       "Coral-Lakeview Dialogue Relations.\n\n"
                       "The first Coral-Lakeview Special Summit was held in Sydney in March 2018.\n\n"
                       "The Special Summit brought together leaders of the ten member states of the Coral Association.\n");
  auto summit = meeting_held_in(facts, "Melbourne");
  REQUIRE(summit == "Coral-Lakeview Special Summit");
  CHECK(entity_prop(facts, summit, "date").rfind("2024", 0) == 0);
  CHECK_FALSE(relation(facts, "HELD_IN", summit, "Sydney"));
  auto first = meeting_held_in(facts, "Sydney");
  REQUIRE_FALSE(first.empty());
  CHECK(first != summit);
  CHECK(entity_prop(facts, first, "date") == "2018-03");
  auto meetings = names(facts, "Meeting");
  CHECK_FALSE(has(meetings, "Special Summit"));
  CHECK(meeting_named_with(facts, "Dialogue").empty());
}

TEST_CASE("'On Monday evening, Mr. X also delivered a keynote address at a forum of the Lakeview Institute in Melbourne': a forum of the institute") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Prime minister in Melbourne for the summit\ndate: 2024-03-06\n\n"
                       "Prime Minister Tran Quoc Hien arrived in Melbourne on Monday for the Coral-Lakeview Special Summit.\n\n"
                       "On Monday evening, Mr. Tran also delivered a keynote address at a forum of the Lakeview Institute in "
                       "Melbourne.\n");
  auto forum = meeting_where(facts, [&](const std::string& n) { return relation(facts, "CONVENED_BY", n, "Lakeview Institute") != nullptr; });
  REQUIRE_FALSE(forum.empty());
  CHECK(forum != "Coral-Lakeview Special Summit");
  CHECK(relation(facts, "HELD_IN", forum, "Melbourne"));
  CHECK(relation(facts, "ATTENDS", "Tran Quoc Hien", forum));
  CHECK(relation(facts, "ATTENDS", "Tran Quoc Hien", "Coral-Lakeview Special Summit"));
}

TEST_CASE("'The announcement came at a special event on the Partnership for X (PX) at Coral Hall, co-chaired by ...': a meeting at the hall") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Leaders pledge infrastructure funds\ndate: 2024-06-14\n\n"
                       "Leaders of the Coral Union pledged new funds for ports and railways on Thursday.\n\n"
                       "The announcement came at a special event on the Partnership for Coral Infrastructure (PCI) at Coral Hall, "
                       "co-chaired by President Maren Holtby and Prime Minister Ivo Dancek.\n");
  auto event = meeting_held_in(facts, "Coral Hall");
  REQUIRE_FALSE(event.empty());
  CHECK(relation(facts, "ATTENDS", "Maren Holtby", event));
  CHECK(has(names(facts, "Organization"), "Partnership for Coral Infrastructure"));
}

TEST_CASE("'The summit, held in the Chadian capital on 15 and 16 February, ... the Coalition for the Sahel, launched at the Pau summit, ...': the summit is in N'Djamena, not the Pau summit") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Sahel leaders close summit\ndate: 2024-02-17\n\n"
                       "The summit, held in the Chadian capital on 15 and 16 February, brought together the leaders of the Sahel "
                       "states. They reviewed the work of the Coalition for the Sahel, launched at the Pau summit, and agreed to deploy "
                       "more troops.\n");
  auto summit = meeting_held_in(facts, "N'Djamena");
  REQUIRE_FALSE(summit.empty());
  CHECK(summit != "Pau summit");
  CHECK(summit.find("Pau") == std::string::npos);
  CHECK_FALSE(relation(facts, "HELD_IN", "Pau summit", "N'Djamena"));
}

TEST_CASE("'Around the table were Burkina Faso's A, Niger's B – attending his last summit before handing over – and Mali's transition president C': each for the state before the name") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Sahel leaders close summit\ndate: 2024-02-17\n\n"
                       "The summit of the Coral Sahel Group was held in Lakeport on 15 and 16 February.\n\n"
                       "Around the table were Burkina Faso's Paul Zongrana, Niger's Ibrahim Dorigou – attending his last summit before "
                       "handing over – and Mali's transition president Seydou Kantelo.\n");
  auto summit = meeting_held_in(facts, "Lakeport");
  REQUIRE_FALSE(summit.empty());
  CHECK(relation(facts, "REPRESENTS", "Paul Zongrana", "Burkina Faso"));
  CHECK(relation(facts, "REPRESENTS", "Ibrahim Dorigou", "Niger"));
  CHECK(relation(facts, "REPRESENTS", "Seydou Kantelo", "Mali"));
  CHECK_FALSE(relation(facts, "REPRESENTS", "Ibrahim Dorigou", "Mali"));
  CHECK(relation(facts, "ATTENDS", "Ibrahim Dorigou", summit));
}

TEST_CASE("headline naming the X Summit, 'MELBOURNE—President A on Wednesday called on ... as the X Summit wrapped up here': a dateline glued by a dash places the summit") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Coral Summit closes with call for open sea lanes\ndate: 2024-03-06\n\n"
                       "MELBOURNE—President Dang Van Thoai on Wednesday called on leaders to keep sea lanes open as the Coral Summit "
                       "wrapped up here.\n");
  CHECK(relation(facts, "HELD_IN", "Coral Summit", "Melbourne"));
  CHECK(has(names(facts, "Person"), "Dang Van Thoai"));
  CHECK(entity_prop(facts, "Coral Summit", "date") == "2024-03-06");
}

TEST_CASE("'On Friday, A hosted Y at his residence. He also held talks there with Bangladesh Prime Minister B and Mauritius Prime Minister C': A met both") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Leaders arrive for the inauguration\ndate: 2024-06-09\n\n"
                       "Leaders from the region arrived in New Delhi on Thursday for the swearing-in of Prime Minister Arvind "
                       "Kesarwal.\n\n"
                       "On Friday, Kesarwal hosted Sri Lankan President Nimal Pathirage at his residence. He also held talks there with "
                       "Bangladesh Prime Minister Farida Hossainy and Mauritius Prime Minister Anil Ramdharee.\n");
  CHECK(met(facts, "Arvind Kesarwal", "Nimal Pathirage"));
  CHECK(met(facts, "Arvind Kesarwal", "Farida Hossainy"));
  CHECK(met(facts, "Arvind Kesarwal", "Anil Ramdharee"));
  CHECK_FALSE(met(facts, "Farida Hossainy", "Nimal Pathirage"));
  CHECK(relation(facts, "HOLDS_ROLE", "Farida Hossainy", "Bangladesh"));
  CHECK(relation(facts, "HOLDS_ROLE", "Anil Ramdharee", "Mauritius"));
}

TEST_CASE("'The session was preceded by an extraordinary session of the Council of Ministers of the Union', 'the Union comprises eight Member States, namely ...': members of the X Union (XU), not of its council") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Final communique of the ordinary session of the Conference of Heads of State\ndate: 2024-03-12\n\n"
                       "The Conference of Heads of State and Government of the Coral Economic and Monetary Union (CEMU) held its "
                       "ordinary session in Lakeport on 10 March 2024.\n\n"
                       "The session was preceded by an extraordinary session of the Council of Ministers of the Union on 9 March 2024.\n\n"
                       "The Conference recalled that the Union comprises eight Member States, namely the Republic of Benin, Burkina "
                       "Faso, the Republic of Côte d'Ivoire, the Republic of Guinea-Bissau, the Republic of Mali, the Republic of Niger, "
                       "the Republic of Senegal and the Togolese Republic.\n");
  const std::string cemu = "Coral Economic and Monetary Union";
  CHECK(relation(facts, "MEMBER_OF", "Benin", cemu));
  CHECK(relation(facts, "MEMBER_OF", "Burkina Faso", cemu));
  CHECK(relation(facts, "MEMBER_OF", "Mali", cemu));
  CHECK(relation(facts, "MEMBER_OF", "Togo", cemu));
  CHECK_FALSE(relation(facts, "MEMBER_OF", "Benin", "Council of Ministers of the Union"));
  CHECK_FALSE(relation(facts, "MEMBER_OF", "Togo", "Council of Ministers of the Union"));
}

TEST_CASE("'South Africa, Botswana, Eswatini, Lesotho and Namibia – the members of the X Customs Union (XCU) – trade ...': members of XCU") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Customs union agrees new revenue formula\ndate: 2024-05-15\n\n"
                       "South Africa, Botswana, Eswatini, Lesotho and Namibia – the members of the Coral Customs Union (CCU) – trade "
                       "goods duty-free among themselves.\n");
  for (const auto* state : {"South Africa", "Botswana", "Eswatini", "Lesotho", "Namibia"}) {
    INFO(state);
    CHECK(relation(facts, "MEMBER_OF", state, "Coral Customs Union"));
  }
}

TEST_CASE("'on Tuesday the German and Polish governments held intergovernmental consultations again': German-Polish consultations") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Berlin and Warsaw mend ties\ndate: 2024-07-03\n\n"
                       "On Tuesday the German and Polish governments held intergovernmental consultations again.\n");
  auto m = meeting_named_with(facts, "German-Polish");
  REQUIRE_FALSE(m.empty());
  CHECK(entity_prop(facts, m, "date") == "2024-07-02");
}

TEST_CASE("'the Reciprocal Access Agreement (RAA)', 'Official Security Assistance (OSA)', 'the Comprehensive Strategic Partnership': no bodies; 'the Parties to the Nauru Agreement (PNA)' is one") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Leaders meet in Tokyo\ndate: 2024-05-10\n\n"
                       "The two leaders welcomed the entry into force of the Reciprocal Access Agreement (RAA) and new grants under "
                       "Official Security Assistance (OSA) in Tokyo on Thursday.\n\n"
                       "They also upgraded ties to a Comprehensive Strategic Partnership.\n\n"
                       "Both states belong to the Parties to the Coralline Agreement (PCA), a fisheries bloc.\n");
  auto bodies = names(facts, "Organization");
  CHECK_FALSE(has(bodies, "Reciprocal Access Agreement"));
  CHECK_FALSE(has(bodies, "Official Security Assistance"));
  CHECK_FALSE(has(bodies, "Comprehensive Strategic Partnership"));
  CHECK(has(bodies, "Parties to the Coralline Agreement"));
}

namespace {
// The built-in data with a gazetteer of office-holders of invented people, with the offices they hold and since when.
std::shared_ptr<const Lexicon> lex_with_offices() {
  static auto l = [] {
    auto dir = std::filesystem::temp_directory_path() / "factgraph_round25_officials";
    std::filesystem::create_directories(dir / "gazetteer");
    std::ofstream(dir / "gazetteer" / "officials.tsv") << "# invented office-holders\n"
                                                       << "Jean-Marc Dolivan\tFR\t\tForeign Minister|2022|\n"
                                                       << "Rafael Oduya\tKE\t\t\n"
                                                       << "Nomvula Tshabane\tZA\t\tDeputy Prime Minister|2020|;Defence Minister|2021|\n"
                                                       << "Quillon Varrick\tIE\tQuillon Tersh Varrick\tForeign Minister|2022|\n"
                                                       << "Ilse Vantongeren\tBE\t\tForeign Minister|2023|\n";
    std::ofstream(dir / "gazetteer" / "officials_international.tsv") << "# invented office-holders of bodies\n"
                                                                     << "Amara Velde\tUnited Nations\t\tSecretary-General|2019|\n";
    return Lexicon::load(dir.string());
  }();
  return l;
}
}  // namespace

TEST_CASE("\"France's A\" with no office in the text, A a known Foreign Minister of France since 2022: the office from the gazetteer, only while held") {
  Extractor ex(lex_with_offices());
  auto facts = extract(ex, "probe",
                       "Ministers discuss Ukraine\ndate: 2024-05-10\n\n"
                       "France's Jean-Marc Dolivan told reporters in Brussels on Thursday that more air defence was needed.\n");
  const auto* r = relation(facts, "HOLDS_ROLE", "Jean-Marc Dolivan", "France");
  REQUIRE(r);
  CHECK(prop(*r, "title") == "Foreign Minister");
  // before he took office
  auto earlier = extract(ex, "probe",
                         "Ministers discuss Ukraine\ndate: 2019-05-10\n\n"
                         "France's Jean-Marc Dolivan told reporters in Brussels on Thursday that more air defence was needed.\n");
  CHECK(has(names(earlier, "Person"), "Jean-Marc Dolivan"));
  CHECK_FALSE(relation(earlier, "HOLDS_ROLE", "Jean-Marc Dolivan", "France"));
}

TEST_CASE("known office-holders with no office in the text: no office listed is 'office-holder'; of two offices in force, the later; an officer of a body the story names") {
  Extractor ex(lex_with_offices());
  auto kenya = extract(ex, "probe",
                       "Summit in Nairobi\ndate: 2024-05-10\n\n"
                       "Leaders of Kenya and Uganda met in Nairobi on Thursday for a summit on trade.\n\n"
                       "Rafael Oduya said the talks had been useful.\n");
  const auto* a = relation(kenya, "HOLDS_ROLE", "Rafael Oduya", "Kenya");
  REQUIRE(a);
  CHECK(prop(*a, "title") == "office-holder");

  auto south_africa = extract(ex, "probe",
                              "Ministers meet in Pretoria\ndate: 2024-05-10\n\n"
                              "South Africa's Nomvula Tshabane received visiting delegations in Pretoria on Thursday.\n");
  const auto* b = relation(south_africa, "HOLDS_ROLE", "Nomvula Tshabane", "South Africa");
  REQUIRE(b);
  CHECK(prop(*b, "title") == "Defence Minister");

  auto un = extract(ex, "probe",
                    "Talks on Sudan\ndate: 2024-05-10\n\n"
                    "The United Nations called for a ceasefire in Sudan on Thursday. Amara Velde urged the warring parties to return "
                    "to the table.\n");
  const auto* c = relation(un, "HOLDS_ROLE", "Amara Velde", "United Nations");
  REQUIRE(c);
  CHECK(prop(*c, "title") == "Secretary-General");
}

TEST_CASE("a full name the gazetteer of office-holders lists, in no construction a rule knows, is a person; its other spelling is the same person") {
  Extractor ex(lex_with_offices());
  auto facts = extract(ex, "probe",
                       "Talks in Dublin\ndate: 2024-05-10\n\n"
                       "Ireland hosted talks on Thursday, and Quillon Tersh Varrick opened them in Dublin.\n\n"
                       "Observers said Quillon Varrick wanted a deal before the summer.\n");
  // one person, under one of the two spellings
  auto people = names(facts, "Person");
  CHECK(std::count_if(people.begin(), people.end(), [](const std::string& n) { return n.find("Varrick") != std::string::npos; }) == 1);
  CHECK(relation(facts, "HOLDS_ROLE", "Quillon Varrick", "Ireland"));
  // without the gazetteer the name is nobody's
  Extractor plain(lex());
  auto guessed = extract(plain, "probe",
                         "Talks in Dublin\ndate: 2024-05-10\n\n"
                         "Ireland hosted talks on Thursday, and Quillon Tersh Varrick opened them in Dublin.\n");
  CHECK_FALSE(has(names(guessed, "Person"), "Quillon Tersh Varrick"));
}

TEST_CASE("'his Belgian counterpart B', B a known Foreign Minister of Belgium: the title is the office, not 'counterpart of A'") {
  Extractor ex(lex_with_offices());
  auto facts = extract(ex, "probe",
                       "Talks in Brussels\ndate: 2024-05-10\n\n"
                       "Irish Foreign Minister Quillon Varrick met his Belgian counterpart Ilse Vantongeren in Brussels on "
                       "Thursday.\n");
  const auto* r = relation(facts, "HOLDS_ROLE", "Ilse Vantongeren", "Belgium");
  REQUIRE(r);
  CHECK(prop(*r, "title") == "Foreign Minister");
}

TEST_CASE("A gazetteer of officials whose offices give a malformed year is refused with its file and line") {
  auto dir = std::filesystem::temp_directory_path() / "factgraph_round25_bad_offices";
  std::filesystem::create_directories(dir / "gazetteer");
  std::ofstream(dir / "gazetteer" / "officials.tsv") << "# bad\nJean-Marc Dolivan\tFR\t\tForeign Minister|20x4|\n";
  try {
    Lexicon::load(dir.string());
    FAIL("no error");
  } catch (const std::exception& e) {
    CHECK(std::string(e.what()).find("officials.tsv:2:") != std::string::npos);
    CHECK(std::string(e.what()).find("20x4") != std::string::npos);
  }
}
