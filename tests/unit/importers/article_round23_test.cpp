// The article importer on constructions met in round 23: a gathering that is the summit just named,
// dates and meetings beside the reported one, lists of possessive states, bodies and their members,
// offices with portfolios, and the names meetings are given.
#include <catch2/catch.hpp>

#include <algorithm>
#include <functional>
#include <string>
#include <vector>

#include "article_facts.hpp"
#include "importers/article/extractor.hpp"

using namespace fg::importers::article;
using namespace fg::importers::article::test;

TEST_CASE("'wrapped up a summit in T on Saturday', then 'The one-day gathering of the X Forum (XF), its seventh summit, was held at V': one meeting") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Summit\ndate: 2024-02-24\n\n"
                       "Leaders of the gas exporters wrapped up a summit in Lakeport on Saturday.\n\n"
                       "The one-day gathering of the Coral Exporting Countries Forum (CECF), its seventh summit since 2011, was held "
                       "at the Harbour Convention Centre. Russia sent Deputy Prime Minister Pavel Orlin.\n");
  auto meetings = names(facts, "Meeting");
  CHECK(meetings.size() == 1);
  auto m = meeting_attended_by(facts, "Pavel Orlin");
  REQUIRE_FALSE(m.empty());
  CHECK(relation(facts, "HELD_IN", m, "Lakeport"));
  CHECK(relation(facts, "HELD_IN", m, "Harbour Convention Centre"));
  const auto* r = relation(facts, "REPRESENTS", "Pavel Orlin", "Russia");
  REQUIRE(r);
  CHECK(prop(*r, "forum") == m);
}

TEST_CASE("'The summit was prepared on Thursday by an extraordinary ministerial meeting chaired by ...': Thursday is not the summit's date") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Gas exporters meet\ndate: 2024-03-02\n\n"
                       "Leaders of the gas exporters wrapped up a summit in Lakeport.\n\n"
                       "The summit was prepared on Thursday by an extraordinary ministerial meeting chaired by Foreign Minister Ana "
                       "Brook.\n");
  auto summit = meeting_held_in(facts, "Lakeport");
  REQUIRE_FALSE(summit.empty());
  CHECK(entity_prop(facts, summit, "date") != "2024-02-29");
  CHECK_FALSE(entity_prop(facts, summit, "date").empty());
}

TEST_CASE("'President A received President B at El Coral Palace after the closing session on Saturday evening': a meeting of the two at the palace") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Gas exporters meet\ndate: 2024-03-03\n\n"
                       "Leaders of the gas exporters wrapped up a summit in Lakeport on Saturday.\n\n"
                       "President Karim Dalil received President Ebrahim Sadri at El Coral Palace after the closing session on "
                       "Saturday evening.\n");
  CHECK(met(facts, "Karim Dalil", "Ebrahim Sadri"));
  auto m = meeting_held_in(facts, "El Coral Palace");
  REQUIRE_FALSE(m.empty());
  CHECK_FALSE(relation(facts, "HELD_IN", m, "Lakeport"));
  CHECK(relation(facts, "ATTENDS", "Karim Dalil", m));
  CHECK(relation(facts, "ATTENDS", "Ebrahim Sadri", m));
  CHECK_FALSE(relation(facts, "ATTENDS", "Ebrahim Sadri", "Lakeport summit"));
}

TEST_CASE("'Bolivia's President A, Equatorial Guinea's B and Mozambique's C, ..., also took the floor': each for the state before the name") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Gas exporters meet\ndate: 2024-03-03\n\n"
                       "Leaders of the gas exporters wrapped up a summit in Lakeport on Saturday.\n\n"
                       "Bolivia's President Luis Arcano, Equatorial Guinea's Teodoro Nsue and Mozambique's Filipe Mabota, who had "
                       "flown in on Friday, also took the floor.\n");
  const auto* a = relation(facts, "REPRESENTS", "Luis Arcano", "Bolivia");
  REQUIRE(a);
  CHECK(prop(*a, "forum") == "Lakeport summit");
  const auto* b = relation(facts, "REPRESENTS", "Teodoro Nsue", "Equatorial Guinea");
  REQUIRE(b);
  CHECK(prop(*b, "forum") == "Lakeport summit");
  CHECK(relation(facts, "REPRESENTS", "Filipe Mabota", "Mozambique"));
  CHECK_FALSE(relation(facts, "REPRESENTS", "Teodoro Nsue", "Bolivia"));
}

TEST_CASE("'The Lakeport-based forum counts A, B, ... and E among its members': members of the forum named before") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Gas exporters meet\ndate: 2024-03-03\n\n"
                       "Leaders of the gas exporters wrapped up a summit in Lakeport on Saturday.\n\n"
                       "The one-day gathering of the Coral Exporting Countries Forum (CECF), its seventh summit since 2011, was held "
                       "at the Harbour Convention Centre.\n\n"
                       "The Lakeport-based forum counts Algeria, Bolivia, Egypt, Nigeria and Venezuela among its members.\n");
  const std::string forum = "Coral Exporting Countries Forum";
  for (const std::string state : {"Algeria", "Bolivia", "Egypt", "Nigeria", "Venezuela"}) {
    INFO(state);
    CHECK(relation(facts, "MEMBER_OF", state, forum));
  }
}

TEST_CASE("'The head of Russian diplomacy A hosted his colleagues: the Minister of Foreign Affairs of Turkey B, ...': guests of the meeting, no A–B meeting") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Ministers meet in Moscow\ndate: 2023-05-10\n\n"
                       "The quadrilateral meeting of foreign ministers of Russia, Turkey, Iran and Syria was held in Moscow on "
                       "Wednesday.\n\n"
                       "The head of Russian diplomacy Pavel Orlin hosted his colleagues: the Minister of Foreign Affairs of Turkey "
                       "Kemal Arslan, the Minister of Foreign Affairs of Iran Reza Sadri and the Minister of Foreign Affairs of Syria "
                       "Faisal Haddad.\n");
  CHECK(relation(facts, "ATTENDS", "Kemal Arslan", "Moscow meeting"));
  CHECK(relation(facts, "ATTENDS", "Reza Sadri", "Moscow meeting"));
  CHECK(relation(facts, "ATTENDS", "Pavel Orlin", "Moscow meeting"));
  CHECK_FALSE(met(facts, "Pavel Orlin", "Kemal Arslan"));
  CHECK_FALSE(met(facts, "Pavel Orlin", "Reza Sadri"));
  CHECK(meeting_named_with(facts, "Orlin–Arslan").empty());
}

TEST_CASE("'On April 25 the defence ministers, Russia's A, Turkey's B and Iran's C, also met in the Russian capital': their own meeting") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Quartet ministers discuss normalisation\ndate: 2023-05-10\n\n"
                       "The Coral Quartet summit was held in Moscow on Wednesday.\n\n"
                       "On April 25 the defence ministers, Russia's Oleg Varin, Turkey's Hakan Demir and Iran's Ali Nouri, also met "
                       "in the Russian capital.\n");
  auto meetings = names(facts, "Meeting");
  CHECK(has(meetings, "Coral Quartet summit"));
  auto m = meeting_attended_by(facts, "Oleg Varin");
  REQUIRE_FALSE(m.empty());
  CHECK(m.find("defence ministers") != std::string::npos);
  CHECK(m != "Coral Quartet summit");
  CHECK(relation(facts, "ATTENDS", "Hakan Demir", m));
  CHECK(relation(facts, "ATTENDS", "Ali Nouri", m));
  CHECK_FALSE(relation(facts, "ATTENDS", "Hakan Demir", "Coral Quartet summit"));
  CHECK_FALSE(relation(facts, "ATTENDS", "Ali Nouri", "Coral Quartet summit"));
}

TEST_CASE("'The deputy foreign ministers of the four countries met in Moscow on April 4: the Russian side was represented by A, ...': at that meeting") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Quartet ministers discuss normalisation\ndate: 2023-05-10\n\n"
                       "The Coral Quartet summit was held in Moscow on Wednesday.\n\n"
                       "The ministers discussed the restoration of relations.\n\n"
                       "The deputy foreign ministers of the four countries met in Moscow on April 4: the Russian side was represented "
                       "by Mikhail Lavin, the Turkish side by Burak Ozel, the Iranian side by Ali Kermani and the Syrian side by Ayman "
                       "Sousan.\n");
  const auto* a = relation(facts, "REPRESENTS", "Mikhail Lavin", "Russia");
  REQUIRE(a);
  CHECK(prop(*a, "forum") != "Coral Quartet summit");
  CHECK(prop(*a, "forum").find("deputy foreign ministers") != std::string::npos);
  const auto* b = relation(facts, "REPRESENTS", "Burak Ozel", "Turkey");
  REQUIRE(b);
  CHECK(prop(*b, "forum") == prop(*a, "forum"));
}

TEST_CASE("'The European Union was represented at the meeting by the President of the Commission A and the High Representative ..., B'; 'by the Secretary of State C and the Administrator of the X Agency (XA) D'") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Leaders meet\ndate: 2024-06-15\n\n"
                       "The Coral Partnership Summit was held in Lakeport on Saturday.\n\n"
                       "The European Union was represented at the meeting by the President of the European Commission Ana Brook and "
                       "the High Representative of the Union for Foreign Affairs and Security Policy, Vice-President of the European "
                       "Commission Marco Vela.\n\n"
                       "The United States was represented by the Secretary of State Tom Harlan and the Administrator of the Coral "
                       "Agency for International Development (CAID) Jane Moss.\n");
  CHECK(relation(facts, "REPRESENTS", "Ana Brook", "European Union"));
  CHECK(relation(facts, "REPRESENTS", "Marco Vela", "European Union"));
  CHECK(relation(facts, "REPRESENTS", "Tom Harlan", "United States"));
  CHECK(relation(facts, "REPRESENTS", "Jane Moss", "United States"));
}

TEST_CASE("'X had already been received by Y on Wednesday evening'; 'A this morning met Deputy Prime Minister B'") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Leaders meet\ndate: 2024-06-15\n\n"
                       "The Coral Partnership Summit was held in Lakeport on Friday.\n\n"
                       "President Ana Brook had already been received by Prime Minister Marco Vela on Wednesday evening.\n\n"
                       "Foreign Minister Tom Harlan this morning met Deputy Prime Minister Jane Moss.\n");
  CHECK(met(facts, "Ana Brook", "Marco Vela"));
  CHECK(met(facts, "Tom Harlan", "Jane Moss"));
}

TEST_CASE("'the Alliance of X States (AXS), a mutual-defence pact between Mali, Burkina Faso and Niger': its members") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Leaders meet\ndate: 2024-07-06\n\n"
                       "Leaders met in Niamey on Saturday for the first summit of the Alliance of Coral States (ACS), a mutual-defence "
                       "pact between Mali, Burkina Faso and Niger.\n");
  CHECK(relation(facts, "MEMBER_OF", "Mali", "Alliance of Coral States"));
  CHECK(relation(facts, "MEMBER_OF", "Burkina Faso", "Alliance of Coral States"));
  CHECK(relation(facts, "MEMBER_OF", "Niger", "Alliance of Coral States"));
}

TEST_CASE("'Uzbekistan's Minister of Transport A B': a one-word portfolio ends before the name; 'Minister of Foreign Affairs X'; 'Chief of Defence Forces, Field Marshal Y'") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Ministers meet\ndate: 2024-07-06\n\n"
                       "The Coral Corridor Summit was held in Lakeport on Saturday.\n\n"
                       "Uzbekistan's Minister of Transport Ravshan Tolipov signed the agreement. Kenya's Minister of Foreign Affairs "
                       "Ana Brook also spoke.\n\n"
                       "Pakistan's Chief of Defence Forces, Field Marshal Asad Karim, attended the summit.\n");
  auto people = names(facts, "Person");
  CHECK(has(people, "Ravshan Tolipov"));
  CHECK_FALSE(has(people, "Tolipov"));
  const auto* t = relation(facts, "HOLDS_ROLE", "Ravshan Tolipov", "Uzbekistan");
  REQUIRE(t);
  CHECK(prop(*t, "title") == "Minister of Transport");
  CHECK(has(people, "Ana Brook"));
  const auto* b = relation(facts, "HOLDS_ROLE", "Ana Brook", "Kenya");
  REQUIRE(b);
  CHECK(prop(*b, "title") == "Minister of Foreign Affairs");
  CHECK(has(people, "Asad Karim"));
  CHECK(std::none_of(people.begin(), people.end(), [](const std::string& p) { return p.find("Forces") != std::string::npos; }));
}

TEST_CASE("'Pakistan was represented by Deputy Prime Minister and Foreign Minister Senator A, and the Afghan side by B'") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Trilateral talks\ndate: 2024-07-06\n\n"
                       "The trilateral meeting of foreign ministers was held in Lakeport on Saturday.\n\n"
                       "Pakistan was represented by Deputy Prime Minister and Foreign Minister Senator Asad Karim, and the Afghan side "
                       "by Amir Khan Wardak.\n");
  CHECK(relation(facts, "REPRESENTS", "Asad Karim", "Pakistan"));
  CHECK(relation(facts, "REPRESENTS", "Amir Khan Wardak", "Afghanistan"));
}

TEST_CASE("'The trilateral meeting at the X Centre, a few kilometres from the Y Bridge over the Z, was chaired by Uzbek Foreign Minister A'") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Trilateral talks\ndate: 2024-07-06\n\n"
                       "The Uzbekistan-Afghanistan-Pakistan trilateral meeting at the Lakeport Cargo Centre, a few kilometres from "
                       "the Coral Friendship Bridge over the Amu Darya, was chaired by Uzbek Foreign Minister Bakhtiyor Rahimov.\n");
  auto m = meeting_named_with(facts, "trilateral meeting");
  REQUIRE_FALSE(m.empty());
  CHECK(relation(facts, "ATTENDS", "Bakhtiyor Rahimov", m));
}

TEST_CASE("'a conference of the G20's Compact with X initiative'; 'The Compact with X was launched in 2017 ... It now has 5 member countries: ...'") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Ministers meet\ndate: 2024-06-20\n\n"
                       "Finance ministers gathered in Lakeport on Thursday for a conference of the G20's Compact with Oceania "
                       "initiative.\n\n"
                       "The Compact with Oceania was launched in 2017 under the German G20 presidency. It now has 5 member countries: "
                       "Fiji, Samoa, Tonga, Vanuatu and Palau.\n");
  auto orgs = names(facts, "Organization");
  CHECK(has(orgs, "Compact with Oceania"));
  for (const std::string state : {"Fiji", "Samoa", "Tonga", "Vanuatu", "Palau"}) {
    INFO(state);
    CHECK(relation(facts, "MEMBER_OF", state, "Compact with Oceania"));
    CHECK_FALSE(relation(facts, "MEMBER_OF", state, "G20"));
  }
}

TEST_CASE("'French President A, the outgoing Dutch prime minister B, and Polish President C also took part in the talks': A too") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Leaders meet\ndate: 2024-06-20\n\n"
                       "The Coral Peace Summit was held in Lakeport on Thursday.\n\n"
                       "French President Louis Marchand, the outgoing Dutch prime minister Pieter Vos, and Polish President Jan "
                       "Nowicki also took part in the talks.\n");
  CHECK(relation(facts, "ATTENDS", "Louis Marchand", "Coral Peace Summit"));
  CHECK(relation(facts, "ATTENDS", "Pieter Vos", "Coral Peace Summit"));
  CHECK(relation(facts, "ATTENDS", "Jan Nowicki", "Coral Peace Summit"));
}

TEST_CASE("'The 16th X (XG) Summit was convened today in T, in conjunction with the 46th ASEAN Summit. The Summit was chaired by H.E. A ... and attended by H.E. B'") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Joint Statement of the 16th Coral-Reef Growth Triangle (CRGT) Summit\ndate: 2025-05-26\n\n"
                       "The 16th Coral-Reef Growth Triangle (CRGT) Summit was convened today in Kuala Lumpur, Malaysia, in conjunction "
                       "with the 46th ASEAN Summit. The Summit was chaired by H.E. Hamid Rahman, Prime Minister of Malaysia, and "
                       "attended by H.E. Somchai Wongsa, Prime Minister of the Kingdom of Thailand.\n");
  auto crgt = meeting_named_with(facts, "CRGT");
  REQUIRE_FALSE(crgt.empty());
  CHECK(relation(facts, "ATTENDS", "Hamid Rahman", crgt));
  CHECK(relation(facts, "ATTENDS", "Somchai Wongsa", crgt));
  auto asean = meeting_named_with(facts, "ASEAN");
  if (!asean.empty()) {
    CHECK_FALSE(relation(facts, "ATTENDS", "Hamid Rahman", asean));
    CHECK_FALSE(relation(facts, "ATTENDS", "Somchai Wongsa", asean));
  }
}

TEST_CASE("'The X Group, established on 20 July 1993 by the Republic of Indonesia, Malaysia and the Kingdom of Thailand, covers ...'") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Leaders meet\ndate: 2025-05-26\n\n"
                       "The 16th Coral Group Summit was held in Kuala Lumpur today.\n\n"
                       "The Coral Group, established on 20 July 1993 by the Republic of Indonesia, Malaysia and the Kingdom of "
                       "Thailand, covers 35 provinces.\n");
  CHECK(relation(facts, "MEMBER_OF", "Indonesia", "Coral Group"));
  CHECK(relation(facts, "MEMBER_OF", "Malaysia", "Coral Group"));
  CHECK(relation(facts, "MEMBER_OF", "Thailand", "Coral Group"));
}

TEST_CASE("'held the first-ever Japan-U.S.-Philippines summit meeting': the states as the text writes them") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Leaders meet\ndate: 2024-04-12\n\n"
                       "Prime Minister Kenji Arata held the first-ever Japan-U.S.-Philippines summit meeting with President Tom Harlan "
                       "and President Marco Vela in Washington.\n");
  auto m = meeting_named_with(facts, "Philippines");
  REQUIRE_FALSE(m.empty());
  CHECK(m.find("Japan–U.S.") != std::string::npos);
  CHECK(m.find("United States") == std::string::npos);
  CHECK(m.find("first-ever") == std::string::npos);
}

TEST_CASE("'Its four members back bids for seats on a reformed Security Council, ... with five permanent members (the United States, ...)': members of the Council") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Ministers meet\ndate: 2024-09-25\n\n"
                       "The foreign ministers of the Coral Four (C4) met in New York on Wednesday.\n\n"
                       "Its four members back one another's bids for permanent seats on a reformed Security Council, and argue that "
                       "the present set-up, with five permanent members (the United States, the United Kingdom, France, China and "
                       "Russia) holding a veto, is outdated.\n");
  for (const std::string state : {"United States", "United Kingdom", "France", "China", "Russia"}) {
    INFO(state);
    CHECK(relation(facts, "MEMBER_OF", state, "Security Council"));
    CHECK_FALSE(relation(facts, "MEMBER_OF", state, "Coral Four"));
  }
}

TEST_CASE("'The Group of X, or G5, is a coalition of Brazil, Germany, India and Japan, formed in 2004'") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Ministers meet\ndate: 2024-09-25\n\n"
                       "The foreign ministers of the Group of Lakes met in New York on Wednesday.\n\n"
                       "The Group of Lakes, or G5, is a coalition of Brazil, Germany, India and Japan, formed in 2004.\n");
  for (const std::string state : {"Brazil", "Germany", "India", "Japan"}) {
    INFO(state);
    CHECK(relation(facts, "MEMBER_OF", state, "Group of Lakes"));
  }
}

TEST_CASE("'US President A hosted the X leaders' summit on Saturday with Australia's B, C and D': all at the summit") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Leaders meet\ndate: 2024-09-22\n\n"
                       "US President Tom Harlan hosted the Coral Quartet leaders' summit on Saturday with Australia's Ana Brook, Kenji "
                       "Arata and Ravi Mehra.\n");
  auto m = meeting_named_with(facts, "Coral Quartet");
  REQUIRE_FALSE(m.empty());
  CHECK(relation(facts, "ATTENDS", "Tom Harlan", m));
  CHECK(relation(facts, "ATTENDS", "Ana Brook", m));
  CHECK(relation(facts, "ATTENDS", "Kenji Arata", m));
  CHECK(relation(facts, "ATTENDS", "Ravi Mehra", m));
}

TEST_CASE("'under the chairmanship of Dominica's Minister of Foreign Affairs, International Business, Trade and Energy Dr A': one office") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Ministers meet\ndate: 2024-10-10\n\n"
                       "The Coral Council of Ministers met in Roseau on Thursday under the chairmanship of Dominica's Minister of "
                       "Foreign Affairs, International Business, Trade and Energy Dr Vince Hallam.\n");
  auto people = names(facts, "Person");
  CHECK_FALSE(has(people, "International Business"));
  const auto* r = relation(facts, "HOLDS_ROLE", "Vince Hallam", "Dominica");
  REQUIRE(r);
  CHECK(prop(*r, "title") == "Minister of Foreign Affairs, International Business, Trade and Energy");
}

TEST_CASE("'Foreign Minister A met King X VI': the meeting is named with the king's name and number") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Minister visits Rabat\ndate: 2024-10-10\n\n"
                       "Foreign Minister Ana Brook met King Tarik VI in Rabat on Thursday.\n");
  CHECK(met(facts, "Ana Brook", "Tarik VI"));
  auto meetings = names(facts, "Meeting");
  CHECK(has(meetings, "Brook–Tarik VI meeting"));
  CHECK_FALSE(has(meetings, "Brook–VI meeting"));
}

TEST_CASE("'Prime Minister A will chair the first leaders' meeting of the X (XC) ... on the 18th', with XC's partner countries named later: planned, and the leaders of the summit are not its guests") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Leaders gather for commemorative summit\ndate: 2023-12-17\n\n"
                       "Prime Minister Kenji Arata hosted the Coral Partnership Summit in Tokyo on Sunday, attended by Indonesia's "
                       "President Budi Santoso, Cambodia's Prime Minister Hun Vathana and Laos's Prime Minister Sonexay Phomma.\n\n"
                       "Prime Minister Kenji Arata will chair the first leaders' meeting of the Lakes Zero Emission Community (LZEC) "
                       "at the Prime Minister's Office on the 18th.\n\n"
                       "LZEC's partner countries are Australia, Cambodia, Indonesia and Laos.\n");
  auto lzec = meeting_named_with(facts, "LZEC");
  REQUIRE_FALSE(lzec.empty());
  CHECK(entity_prop(facts, lzec, "status") == "planned");
  for (const std::string person : {"Budi Santoso", "Hun Vathana", "Sonexay Phomma"}) {
    INFO(person);
    CHECK(relation(facts, "ATTENDS", person, "Coral Partnership Summit"));
    CHECK_FALSE(relation(facts, "ATTENDS", person, lzec));
  }
  for (const std::string state : {"Indonesia", "Cambodia", "Laos"}) {
    INFO(state);
    CHECK_FALSE(relation(facts, "ATTENDS", state, lzec));
    CHECK(relation(facts, "MEMBER_OF", state, "Lakes Zero Emission Community"));
  }
  const auto* r = relation(facts, "REPRESENTS", "Budi Santoso", "Indonesia");
  REQUIRE(r);
  CHECK(prop(*r, "forum") == "Coral Partnership Summit");
}

TEST_CASE("'The summit, held at the Hotel X in T, was the first such commemorative gathering in Japan since December 2013, when ...': the summit, no other gathering") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Leaders gather for commemorative summit\ndate: 2023-12-17\n\n"
                       "Prime Minister Kenji Arata hosted the Coral Partnership Summit on Sunday, attended by Indonesia's President "
                       "Budi Santoso.\n\n"
                       "The summit, held at the Hotel Lakeview in Tokyo, was the first such commemorative gathering in Japan since "
                       "December 2013, when leaders marked 40 years of ties.\n");
  auto meetings = names(facts, "Meeting");
  CHECK(meetings.size() == 1);
  CHECK(meeting_named_with(facts, "gathering").empty());
  CHECK(meeting_attended_by(facts, "Budi Santoso") == "Coral Partnership Summit");
  CHECK(relation(facts, "HELD_IN", "Coral Partnership Summit", "Hotel Lakeview"));
  CHECK(relation(facts, "HELD_IN", "Coral Partnership Summit", "Tokyo"));
}

TEST_CASE("'Prime Minister Anwar Rahim', then 'In talks with Anwar, the two leaders agreed ...': the talks are named 'Anwar'") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Leaders gather for commemorative summit\ndate: 2023-12-17\n\n"
                       "Prime Minister Kenji Arata hosted the Coral Partnership Summit in Tokyo on Sunday, attended by Malaysia's "
                       "Prime Minister Anwar Rahim.\n\n"
                       "In talks with Anwar, the two leaders agreed to deepen cooperation on energy.\n");
  auto talks = meeting_named_with(facts, "talks");
  REQUIRE_FALSE(talks.empty());
  CHECK(talks.find("Anwar") != std::string::npos);
  CHECK(talks.find("Rahim") == std::string::npos);
  CHECK(meeting_named_with(facts, "Rahim").empty());
  CHECK(has(names(facts, "Person"), "Anwar Rahim"));
}

TEST_CASE("'South Africa's President A stayed at home as he deals with ...': A does not attend the summit") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Leaders meet in Washington\ndate: 2024-06-15\n\n"
                       "The Coral Partnership Summit was held in Washington on Saturday.\n\n"
                       "South Africa's President Thabo Mokoena stayed at home as he deals with the aftermath of the election.\n");
  CHECK(relation(facts, "HOLDS_ROLE", "Thabo Mokoena", "South Africa"));
  CHECK_FALSE(relation(facts, "ATTENDS", "Thabo Mokoena", "Coral Partnership Summit"));
  CHECK(meeting_attended_by(facts, "Thabo Mokoena").empty());
}

TEST_CASE("'Among the heads of state in T are Nigeria's A, Kenya's B, the Democratic Republic of Congo's C and Rwanda's D': C for the Democratic Republic of the Congo") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Leaders meet in Washington\ndate: 2024-06-15\n\n"
                       "The Coral Partnership Summit was held in Washington on Saturday.\n\n"
                       "Among the heads of state in Washington are Nigeria's Musa Adeyemi, Kenya's Peter Kamau, the Democratic "
                       "Republic of Congo's Jean Mbala Lunda and Rwanda's Eric Habimana.\n");
  const std::string drc = "Democratic Republic of the Congo";
  CHECK(has(names(facts, "State"), drc));
  CHECK(has_alias(facts, drc, "Democratic Republic of Congo"));
  const auto* c = relation(facts, "REPRESENTS", "Jean Mbala Lunda", drc);
  REQUIRE(c);
  CHECK(prop(*c, "forum") == "Coral Partnership Summit");
  CHECK(relation(facts, "ATTENDS", "Jean Mbala Lunda", "Coral Partnership Summit"));
  CHECK(relation(facts, "REPRESENTS", "Musa Adeyemi", "Nigeria"));
  CHECK(relation(facts, "REPRESENTS", "Eric Habimana", "Rwanda"));
}

TEST_CASE("'Four AU members that are currently suspended from the bloc after military coups – A, B, C and D – did not receive invitations': members of the AU") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Leaders meet in Washington\ndate: 2024-06-15\n\n"
                       "The Coral Partnership Summit was held in Washington on Saturday. The African Union (AU) sent its "
                       "chairperson.\n\n"
                       "Four AU members that are currently suspended from the bloc after military coups – Burkina Faso, Guinea, Mali "
                       "and Sudan – did not receive invitations.\n");
  for (const std::string state : {"Burkina Faso", "Guinea", "Mali", "Sudan"}) {
    INFO(state);
    CHECK(relation(facts, "MEMBER_OF", state, "African Union"));
  }
}

TEST_CASE("'Prime Minister A was yesterday elected president of the Fourth International Conference on X (X4), as delegates gathered at V in T for the four-day United Nations meeting'") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Lakeland states meet\ndate: 2024-05-28\n\n"
                       "Antigua and Barbuda's Prime Minister Gaston Reyes was yesterday elected president of the Fourth International "
                       "Conference on Lakeland Developing States (LDS4), as delegates gathered at the Coral University campus in "
                       "Lakeport for the four-day United Nations meeting.\n\n"
                       "Regional leaders in attendance included Barbados' Prime Minister Mia Thornton.\n");
  auto meetings = names(facts, "Meeting");
  CHECK(meetings.size() == 1);
  auto m = meeting_named_with(facts, "International Conference on Lakeland Developing States");
  REQUIRE_FALSE(m.empty());
  CHECK(relation(facts, "ATTENDS", "Mia Thornton", m));
  CHECK(meeting_named_with(facts, "United Nations meeting").empty());
  CHECK(meeting_named_with(facts, "UN meeting").empty());
  for (const auto& f : facts) {
    if (const auto* r = std::get_if<fg::graph::RelationFact>(&f)) {
      INFO(r->type << " " << r->from.name << " -> " << r->to.name);
      CHECK(prop(*r, "title").find("president of the Fourth") == std::string::npos);
    }
  }
  CHECK(entity_prop(facts, "Gaston Reyes", "title").find("president of the Fourth") == std::string::npos);
}

TEST_CASE("'Foreign Minister A held separate meetings with B, C and D. With the Turkish foreign minister he discussed ...': A holds no Turkish office") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Minister holds talks in Lakeport\ndate: 2024-05-28\n\n"
                       "The Coral Security Forum was held in Lakeport on Monday.\n\n"
                       "Foreign Minister Ana Brook held separate meetings with Marco Vela, Tom Harlan and Kemal Arslan. With the "
                       "Turkish foreign minister he discussed preparations for the next summit.\n");
  CHECK_FALSE(relation(facts, "HOLDS_ROLE", "Ana Brook", "Turkey"));
  CHECK(entity_prop(facts, "Ana Brook", "nationality") != "Turkey");
  CHECK(met(facts, "Ana Brook", "Marco Vela"));
  CHECK(met(facts, "Ana Brook", "Kemal Arslan"));
  CHECK_FALSE(met(facts, "Marco Vela", "Tom Harlan"));
  CHECK_FALSE(met(facts, "Tom Harlan", "Kemal Arslan"));
}

TEST_CASE("'Cambodia's Deputy Prime Minister and Minister of Foreign Affairs and International Cooperation A B C led his country's delegation'") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Ministers meet in Lakeport\ndate: 2024-05-28\n\n"
                       "The Coral Mekong Ministerial Meeting was held in Lakeport on Monday.\n\n"
                       "Cambodia's Deputy Prime Minister and Minister of Foreign Affairs and International Cooperation Sok Vanna Chea "
                       "led his country's delegation.\n");
  auto people = names(facts, "Person");
  CHECK(has(people, "Sok Vanna Chea"));
  CHECK_FALSE(has(people, "Vanna Chea"));
  CHECK_FALSE(has(people, "International Cooperation Sok Vanna Chea"));
  CHECK(relation(facts, "HOLDS_ROLE", "Sok Vanna Chea", "Cambodia"));
  CHECK(relation(facts, "ATTENDS", "Sok Vanna Chea", "Coral Mekong Ministerial Meeting"));
}

TEST_CASE("'\"President A asked Kenya to host these talks ...,\" he said': Kenya is what A asked, not A's state") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Peace talks resume in Nairobi\ndate: 2024-05-28\n\n"
                       "The Coral Peace Initiative talks were held in Nairobi on Monday.\n\n"
                       "\"President Deng Akol asked Kenya to host these talks because we are neighbours,\" he said.\n");
  CHECK(has(names(facts, "Person"), "Deng Akol"));
  CHECK_FALSE(relation(facts, "HOLDS_ROLE", "Deng Akol", "Kenya"));
  CHECK(entity_prop(facts, "Deng Akol", "nationality") != "Kenya");
}

TEST_CASE("headline 'Li Wen meets four visiting leaders', 'Li Baoguo, secretary-general of the forum', 'Li met A, President of the Government of Spain, on the sidelines': Li Wen met A") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Li Wen meets four visiting leaders\ndate: 2024-06-27\n\n"
                       "Premier Li Wen held talks with visiting leaders in Lakeport on Wednesday, on the eve of the Coral Economic "
                       "Forum.\n\n"
                       "Li Baoguo, secretary-general of the forum, said the meeting would focus on trade.\n\n"
                       "Li met Sanchez Ortega, President of the Government of Spain, on the sidelines.\n");
  CHECK(met(facts, "Li Wen", "Sanchez Ortega"));
  CHECK_FALSE(met(facts, "Li Baoguo", "Sanchez Ortega"));
  CHECK(relation(facts, "HOLDS_ROLE", "Sanchez Ortega", "Spain"));
}

TEST_CASE("'The Minister of Foreign Affairs, A, hosted in Athens the Trilateral Meeting of ..., with the participation of the Deputy Prime Minister and Minister for Foreign Affairs of the Hashemite Kingdom of Jordan, B, and the Minister of Foreign Affairs of the Republic of Cyprus, C'") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Ministers meet in Athens\ndate: 2024-06-27\n\n"
                       "The Coral Mediterranean Forum was held in Athens on Wednesday.\n\n"
                       "On Thursday, the Minister of Foreign Affairs, Nikos Dimitrakis, hosted in Athens the Trilateral Meeting of the "
                       "Foreign Ministers of Greece, Cyprus and Jordan, with the participation of the Deputy Prime Minister and "
                       "Minister for Foreign Affairs of the Hashemite Kingdom of Jordan, Omar Haddadin, and the Minister of Foreign "
                       "Affairs of the Republic of Cyprus, Andreas Kyprianides.\n");
  auto m = meeting_named_with(facts, "Trilateral Meeting");
  REQUIRE_FALSE(m.empty());
  CHECK(relation(facts, "ATTENDS", "Nikos Dimitrakis", m));
  CHECK(relation(facts, "ATTENDS", "Omar Haddadin", m));
  CHECK(relation(facts, "ATTENDS", "Andreas Kyprianides", m));
  CHECK(relation(facts, "HOLDS_ROLE", "Andreas Kyprianides", "Cyprus"));
  CHECK(relation(facts, "HOLDS_ROLE", "Omar Haddadin", "Jordan"));
}

TEST_CASE("'Britain, France and Germany sent their foreign ministers, A, B and C': each for the state in the same place") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Ministers meet in Lakeport\ndate: 2024-06-27\n\n"
                       "The Coral Nuclear Talks were held in Lakeport on Wednesday.\n\n"
                       "Britain, France and Germany sent their foreign ministers, Hugh Ashcombe, Claire Devaux and Lena Brandt.\n");
  CHECK(relation(facts, "REPRESENTS", "Hugh Ashcombe", "United Kingdom"));
  CHECK(relation(facts, "REPRESENTS", "Claire Devaux", "France"));
  CHECK(relation(facts, "REPRESENTS", "Lena Brandt", "Germany"));
  CHECK_FALSE(relation(facts, "REPRESENTS", "Hugh Ashcombe", "France"));
  CHECK_FALSE(relation(facts, "REPRESENTS", "Lena Brandt", "United Kingdom"));
}

TEST_CASE("'The International Contact Group on X (ICG) was announced a week earlier', 'The ICG met in T': the text's ICG, not the gazetteer's") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Envoys meet in Quito\ndate: 2024-02-08\n\n"
                       "The International Contact Group on Lakeland (ICG) was announced a week earlier.\n\n"
                       "The ICG met in Quito on Thursday.\n");
  const std::string icg = "International Contact Group on Lakeland";
  auto orgs = names(facts, "Organization");
  CHECK(has(orgs, icg));
  CHECK(has_alias(facts, icg, "ICG"));
  CHECK_FALSE(has(orgs, "ICG"));
  CHECK_FALSE(has(orgs, "International Crisis Group"));
  for (const auto& o : orgs) {
    INFO(o);
    CHECK_FALSE(has_alias(facts, o, "International Crisis Group"));
  }
  auto m = meeting_held_in(facts, "Quito");
  REQUIRE_FALSE(m.empty());
  CHECK(relation(facts, "CONVENED_BY", m, icg));
}

TEST_CASE("headline 'Contact Group ...', 'The International Contact Group on X (ICG) ...', 'the Contact Group has become ...': one body") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Contact Group calls for new elections in Lakeland\ndate: 2024-02-08\n\n"
                       "The International Contact Group on Lakeland (ICG) met in Quito on Thursday.\n\n"
                       "Since its creation, the Contact Group has become the main forum for the crisis.\n");
  auto orgs = names(facts, "Organization");
  REQUIRE(orgs.size() == 1);
  const auto& body = orgs.front();
  bool long_form = body == "International Contact Group on Lakeland";
  if (!long_form) long_form = has_alias(facts, body, "International Contact Group on Lakeland");
  CHECK(long_form);
  CHECK_FALSE(has(orgs, "International Contact Group"));
  CHECK_FALSE(has(orgs, "ICG"));
}

TEST_CASE("'When A and B sat down side by side in T on Thursday': B with an accent is a person") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Presidents meet in Montevideo\ndate: 2024-02-08\n\n"
                       "When Ana Ferrer and Tabaré Olivera sat down side by side in Montevideo on Thursday, the mood was warm.\n");
  auto people = names(facts, "Person");
  CHECK(has(people, "Ana Ferrer"));
  CHECK(has(people, "Tabaré Olivera"));
  CHECK(met(facts, "Ana Ferrer", "Tabaré Olivera"));
}

TEST_CASE("'The trilateral working group on the unblocking of ... met on Friday in Moscow': a meeting of the working group") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Deputy prime ministers meet\ndate: 2024-02-10\n\n"
                       "The trilateral working group on the unblocking of transport communications in the Lakeland region met on "
                       "Friday in Moscow.\n");
  auto m = meeting_named_with(facts, "working group");
  REQUIRE_FALSE(m.empty());
  CHECK(relation(facts, "HELD_IN", m, "Moscow"));
  CHECK(entity_prop(facts, m, "date") == "2024-02-09");
}

TEST_CASE("'the foreign ministers of Armenia and Azerbaijan, A and B, met in T': both people") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Ministers meet in Washington\ndate: 2024-05-02\n\n"
                       "On Wednesday, the foreign ministers of Armenia and Azerbaijan, Ararat Tumanyan and Dzheikhun Mammadov, met in "
                       "Washington.\n");
  auto people = names(facts, "Person");
  CHECK(has(people, "Ararat Tumanyan"));
  CHECK(has(people, "Dzheikhun Mammadov"));
  CHECK(relation(facts, "HOLDS_ROLE", "Ararat Tumanyan", "Armenia"));
  CHECK(relation(facts, "HOLDS_ROLE", "Dzheikhun Mammadov", "Azerbaijan"));
}

TEST_CASE("'The summit was held at X Haus, Port Moresby, Papua New Guinea, on 22 May 2023': the Haus is a place") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Leaders meet in Port Moresby\ndate: 2023-05-22\n\n"
                       "The Coral Islands Cooperation Summit brought together fourteen leaders.\n\n"
                       "The summit was held at Coral Haus, Port Moresby, Papua New Guinea, on 22 May 2023.\n");
  CHECK(has(names(facts, "Place"), "Coral Haus"));
  CHECK(relation(facts, "HELD_IN", "Coral Islands Cooperation Summit", "Coral Haus"));
  CHECK(relation(facts, "HELD_IN", "Coral Islands Cooperation Summit", "Port Moresby"));
}

TEST_CASE("'co-chaired by H.E. A, Prime Minister of the Republic of India, and H.E. Hon. B C, MP, Prime Minister of the Independent State of Papua New Guinea'; 'H.E. D E Jr., President of the Republic of Palau;'") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Joint statement of the Coral Islands Cooperation Summit\ndate: 2023-05-22\n\n"
                       "The Coral Islands Cooperation Summit was held in Port Moresby on 22 May 2023.\n\n"
                       "The Summit was co-chaired by H.E. Ravi Mehra, Prime Minister of the Republic of India, and H.E. Hon. Joseph "
                       "Kapera, MP, Prime Minister of the Independent State of Papua New Guinea.\n\n"
                       "The Summit was attended by H.E. Hon. Lino Tavita, Prime Minister of Samoa; H.E. Samuel Tellei Jr., President "
                       "of the Republic of Palau; and H.E. Hon. Kalani Mose, Prime Minister of Tonga.\n");
  CHECK(relation(facts, "HOLDS_ROLE", "Ravi Mehra", "India"));
  CHECK(relation(facts, "HOLDS_ROLE", "Joseph Kapera", "Papua New Guinea"));
  CHECK(relation(facts, "ATTENDS", "Joseph Kapera", "Coral Islands Cooperation Summit"));
  std::string tellei;
  for (const auto& p : names(facts, "Person"))
    if (p.rfind("Samuel Tellei", 0) == 0) tellei = p;
  REQUIRE_FALSE(tellei.empty());
  CHECK(relation(facts, "HOLDS_ROLE", tellei, "Palau"));
  CHECK(relation(facts, "HOLDS_ROLE", "Kalani Mose", "Tonga"));
}

TEST_CASE("'The Doha-based forum counts A, B and C among its members': members of the forum named before, not of Qatar's") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Gas exporters meet\ndate: 2024-03-03\n\n"
                       "Leaders of the gas exporters wrapped up a summit in Lakeport on Saturday.\n\n"
                       "The one-day gathering of the Coral Exporting Countries Forum (CECF), its seventh summit since 2011, was held "
                       "at the Harbour Convention Centre.\n\n"
                       "The Doha-based forum counts Algeria, Bolivia and Egypt among its members.\n");
  const std::string forum = "Coral Exporting Countries Forum";
  for (const std::string state : {"Algeria", "Bolivia", "Egypt"}) {
    INFO(state);
    CHECK(relation(facts, "MEMBER_OF", state, forum));
  }
  CHECK_FALSE(relation(facts, "MEMBER_OF", "Qatar", forum));
}

TEST_CASE("'the \"X\" – the informal grouping of the United States, Japan, Australia and the Philippines – ...': X is a body, and they its members") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Defence chiefs meet\ndate: 2024-05-03\n\n"
                       "Defence ministers met in Lakeport on Friday.\n\n"
                       "The \"Coral Four\" – the informal grouping of the United States, Japan, Australia and the Philippines – has "
                       "stepped up joint patrols.\n");
  auto orgs = names(facts, "Organization");
  CHECK(has(orgs, "Coral Four"));
  CHECK(entity_prop(facts, "Coral Four", "kind") == "group");
  CHECK_FALSE(has(names(facts, "Person"), "Coral Four"));
  for (const char* state : {"United States", "Japan", "Australia", "Philippines"}) CHECK(relation(facts, "MEMBER_OF", state, "Coral Four"));
}

TEST_CASE("headline 'X Dialogue 2026 live: ...', \"'Coral Four' defence ministers meet on the sidelines\", 'A met his counterparts ... for a meeting of the so-called \"Coral Four\"', then 'the dialogue', 'the plenary': later officials at the Dialogue") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Lakeview Dialogue 2026 live: ministers gather in Lakeport\ndate: 2026-05-30\n\n"
                       "'Coral Four' defence ministers meet on the sidelines\n\n"
                       "US Defence Secretary Tom Harlan met his counterparts from Japan, Australia and the Philippines for a meeting of "
                       "the so-called \"Coral Four\" on the sidelines of the dialogue.\n\n"
                       "Japanese Defence Minister Kenji Arata told the dialogue that the region faced new risks.\n\n"
                       "Foreign Minister Ana Brook spoke at the plenary.\n");
  REQUIRE(has(names(facts, "Meeting"), "Lakeview Dialogue"));
  CHECK(relation(facts, "ATTENDS", "Kenji Arata", "Lakeview Dialogue"));
  CHECK(relation(facts, "ATTENDS", "Ana Brook", "Lakeview Dialogue"));
  for (const auto& m : names(facts, "Meeting")) {
    if (m == "Lakeview Dialogue") continue;
    INFO(m);
    CHECK_FALSE(relation(facts, "ATTENDS", "Kenji Arata", m));
    CHECK_FALSE(relation(facts, "ATTENDS", "Ana Brook", m));
  }
  const auto* r = relation(facts, "REPRESENTS", "Kenji Arata", "Japan");
  if (r) CHECK(prop(*r, "forum") != "meeting in Lakeport");
}

TEST_CASE("'Japan's Access Agreement with the Philippines', 'Japan's Reciprocal Access Agreement'; 'clashed again at Second Martin Shoal': no people") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Defence ministers meet in Lakeport\ndate: 2024-05-03\n\n"
                       "The Coral Security Talks were held in Lakeport on Friday.\n\n"
                       "Japan's Access Agreement with the Philippines is due to enter into force.\n\n"
                       "Japan's Reciprocal Access Agreement with Lakeland was signed last year.\n\n"
                       "Chinese and Philippine vessels clashed again at Second Martin Shoal last month.\n");
  auto people = names(facts, "Person");
  CHECK_FALSE(has(people, "Access Agreement"));
  CHECK_FALSE(has(people, "Reciprocal Access"));
  CHECK_FALSE(has(people, "Martin Shoal"));
  for (const auto& p : people) {
    INFO(p);
    CHECK(p.find("Agreement") == std::string::npos);
    CHECK(p.find("Shoal") == std::string::npos);
  }
}

TEST_CASE("'Alongside A and B were French President C, German Chancellor D, as well as the leaders of Spain, the Netherlands, Denmark and Canada': those states at the summit") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Leaders meet in Lakeport\ndate: 2025-03-02\n\n"
                       "The Coral Security Summit was held in Lakeport on Sunday.\n\n"
                       "Alongside Tom Harlan and Marco Vela were French President Louis Marchand, German Chancellor Lena Brandt, as "
                       "well as the leaders of Spain, the Netherlands, Denmark and Canada.\n");
  for (const std::string state : {"Spain", "Netherlands", "Denmark", "Canada"}) {
    INFO(state);
    CHECK(relation(facts, "ATTENDS", state, "Coral Security Summit"));
  }
  CHECK(relation(facts, "ATTENDS", "Louis Marchand", "Coral Security Summit"));
  CHECK(relation(facts, "ATTENDS", "Lena Brandt", "Coral Security Summit"));
}

TEST_CASE("headline 'X hosts Myanmar's neighbours for first talks on crisis, A briefs on election', 'Thailand on Thursday hosted an informal consultation on Myanmar ...': no briefing, the people at the consultation") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Lakeland hosts Myanmar's neighbours for first talks on crisis, Than Khaing briefs on election\ndate: 2024-12-20\n\n"
                       "Thailand on Thursday hosted an informal consultation on Myanmar with the country's neighbours.\n\n"
                       "Foreign Minister Nok Pattana of Thailand, Foreign Minister Wang Lian of China and Foreign Minister Ravi Mehra "
                       "of India attended the talks.\n\n"
                       "Myanmar's Deputy Prime Minister and Foreign Minister U Than Khaing also attended the consultation.\n");
  CHECK(meeting_named_with(facts, "briefing").empty());
  auto m = meeting_named_with(facts, "consultation");
  REQUIRE_FALSE(m.empty());
  for (const std::string person : {"Nok Pattana", "Wang Lian", "Ravi Mehra", "Than Khaing"}) {
    INFO(person);
    CHECK(relation(facts, "ATTENDS", person, m));
  }
  const auto* r = relation(facts, "REPRESENTS", "Wang Lian", "China");
  REQUIRE(r);
  CHECK(prop(*r, "forum") == m);
  CHECK(entity_prop(facts, m, "status") == "held");
}

TEST_CASE("'Deputy Prime Minister and Foreign Minister U A B of Myanmar': the person is 'A B', without the honorific") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Ministers meet in Bangkok\ndate: 2024-12-20\n\n"
                       "The Coral Mekong Consultation was held in Bangkok on Thursday.\n\n"
                       "Deputy Prime Minister and Foreign Minister U Than Khaing of Myanmar attended the consultation.\n");
  auto people = names(facts, "Person");
  CHECK(has(people, "Than Khaing"));
  CHECK_FALSE(has(people, "U Than Khaing"));
  CHECK(relation(facts, "HOLDS_ROLE", "Than Khaing", "Myanmar"));
  CHECK_FALSE(relation(facts, "HOLDS_ROLE", "U Than Khaing", "Myanmar"));
}

TEST_CASE("'A was welcomed at the Government Palace ... by B', 'The two leaders held talks at the Government Palace, followed by ...': both at the talks") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "President visits Lima\ndate: 2024-05-10\n\n"
                       "President Marco Vela was welcomed at the Government Palace in Lima on Friday by President Ana Ferrer.\n\n"
                       "The two leaders held talks at the Government Palace, followed by a working lunch.\n");
  auto talks = meeting_named_with(facts, "talks");
  REQUIRE_FALSE(talks.empty());
  CHECK(relation(facts, "ATTENDS", "Marco Vela", talks));
  CHECK(relation(facts, "ATTENDS", "Ana Ferrer", talks));
  CHECK(relation(facts, "HELD_IN", talks, "Government Palace"));
  CHECK(met(facts, "Marco Vela", "Ana Ferrer"));
}

TEST_CASE("'The work of the 42nd session of the Council of X concluded yesterday in Tunis', 'The council also decided to hold its 43rd session in Tunis in 2026': the reported session is not planned") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Arab interior ministers close their 42nd session in Tunis\ndate: 2025-03-04\n\n"
                       "The work of the 42nd session of the Council of Lakeland Interior Ministers concluded yesterday in Tunis.\n\n"
                       "The council also decided to hold its 43rd session in Tunis in 2026.\n");
  const std::string council = "Council of Lakeland Interior Ministers";
  // the session the council convened (the reported one) and its properties
  int reported = 0;
  for (const auto& f : facts) {
    const auto* e = std::get_if<fg::graph::EntityFact>(&f);
    if (!e) continue;
    if (e->label != "Meeting") continue;
    std::string convened, status, date;
    for (const auto& [k, v] : e->props) {
      if (k == "convened_by") convened = v.as_string();
      if (k == "status") status = v.as_string();
      if (k == "date") date = v.as_string();
    }
    if (convened != council) continue;
    ++reported;
    INFO(e->name);
    CHECK(status != "planned");
    CHECK(date != "2026");
    CHECK(date.rfind("2025", 0) == 0);
  }
  CHECK(reported == 1);
}

TEST_CASE("'Bahrain took part with the Minister of the Interior, General Sheikh A, Algeria with the Minister of the Interior, B, and Morocco with the Minister of the Interior, C'") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Arab interior ministers close their 42nd session in Tunis\ndate: 2025-03-04\n\n"
                       "The work of the 42nd session of the Council of Lakeland Interior Ministers concluded yesterday in Tunis.\n\n"
                       "Bahrain took part with the Minister of the Interior, General Sheikh Rashid Al Nuaimi, Algeria with the "
                       "Minister of the Interior, Karim Benali, and Morocco with the Minister of the Interior, Youssef Alami.\n");
  const auto* a = relation(facts, "REPRESENTS", "Rashid Al Nuaimi", "Bahrain");
  REQUIRE(a);
  CHECK(prop(*a, "forum") == "Tunis session");
  const auto* t = relation(facts, "HOLDS_ROLE", "Rashid Al Nuaimi", "Bahrain");
  REQUIRE(t);
  CHECK(prop(*t, "title") == "Minister of the Interior");
  CHECK(relation(facts, "REPRESENTS", "Youssef Alami", "Morocco"));
  CHECK_FALSE(relation(facts, "REPRESENTS", "Karim Benali", "Bahrain"));
  CHECK_FALSE(relation(facts, "REPRESENTS", "Youssef Alami", "Algeria"));
}

TEST_CASE("'source: ANTARA News', 'Nusa Dua, Bali (ANTARA) - President A on Wednesday opened the first summit of the X here': A holds office in Indonesia") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Island states open first summit in Bali\ndate: 2023-10-11\nsource: ANTARA News\n\n"
                       "Nusa Dua, Bali (ANTARA) - President Ana Lestari on Wednesday opened the first summit of the Coral Island "
                       "States Forum here.\n");
  const auto* r = relation(facts, "HOLDS_ROLE", "Ana Lestari", "Indonesia");
  REQUIRE(r);
  CHECK(prop(*r, "title") == "President");
  CHECK(entity_prop(facts, "Ana Lestari", "nationality") == "Indonesia");
}

TEST_CASE("'The X was established in 2021 by A, B and C'; 'the President, D, received the visiting foreign ministers at the National Palace'") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Ministers meet\ndate: 2025-06-19\n\n"
                       "The meeting was attended by the Minister of Foreign Affairs and Worship of Costa Rica, Arnoldo Tinoco; and "
                       "the Minister of Foreign Affairs of Panama, Javier Ochoa.\n\n"
                       "The Coral Alliance was established in 2021 by Costa Rica, Panama and the Dominican Republic.\n\n"
                       "Before the deliberations, the President of the Republic, Luis Abreu, received the visiting foreign ministers "
                       "at the National Palace.\n");
  for (const char* state : {"Costa Rica", "Panama", "Dominican Republic"}) CHECK(relation(facts, "MEMBER_OF", state, "Coral Alliance"));
  auto reception = meeting_attended_by(facts, "Luis Abreu");
  REQUIRE_FALSE(reception.empty());
  CHECK(reception.find("reception") != std::string::npos);
  CHECK(relation(facts, "HELD_IN", reception, "National Palace"));
}

TEST_CASE("'Before the official session, the two leaders held a tete-a-tete at the resort': a meeting of the two") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Leaders meet\ndate: 2025-03-21\n\n"
                       "President Tendai Moyo and his Botswana counterpart, President Kabo Sello, co-chaired the Coral Bi-National "
                       "Commission summit at the Elephant Resort in Lakeport.\n\n"
                       "Before the official session, the two leaders held a tete-a-tete at the resort that lasted close to an hour.\n");
  CHECK(has(names(facts, "Meeting"), "tête-à-tête"));
  CHECK(relation(facts, "ATTENDS", "Tendai Moyo", "tête-à-tête"));
  CHECK(relation(facts, "ATTENDS", "Kabo Sello", "tête-à-tête"));
}

TEST_CASE("'the Forum for Lakeland–Coral Islands Cooperation (FLCIC)' (an en dash in the long form); 'FLCIC brings together the Republic of India and four Pacific Island Countries: A, B, C and D'") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Leaders meet\ndate: 2023-05-22\n\n"
                       "The Third Summit of the Forum for Lakeland–Coral Islands Cooperation (FLCIC) was held in Port Moresby on 22 May "
                       "2023.\n\n"
                       "FLCIC brings together the Republic of India and four Pacific Island Countries: the Cook Islands, the Republic of "
                       "Fiji, Niue and Tuvalu.\n");
  const std::string body = "Forum for Lakeland–Coral Islands Cooperation";
  CHECK(has_alias(facts, body, "FLCIC"));
  for (const char* state : {"India", "Cook Islands", "Fiji", "Niue", "Tuvalu"}) CHECK(relation(facts, "MEMBER_OF", state, body));
}
