// The article importer on constructions met in round 27: members of a body whose council met, lists of members after a body named only in an agreement, territories that name no state, meetings of a state's neighbours,
// a group's meeting before a forum's, visits expected, summits named in passing, time zones, signatories, presidents named for their government, counts of countries, encounters told in the passive, and memberships told in many ways.
#include <catch2/catch.hpp>

#include <algorithm>
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
  static auto l = lex_with_files("round27_bodies", {{"gazetteer/organizations.tsv", "# invented bodies\n"
                                                                                     "Coral Association of States\tCAS\torganization\t-\t-\n"
                                                                                     "Bolivarian Coral Alliance\tBCA\talliance\t-\t-\n"
                                                                                     "Petrocoral\t-\torganization\t-\t-\n"
                                                                                     "Coral Pact\t-\talliance\t-\t-\n"
                                                                                     "Coral Treaty Organization\tCTO\torganization\t-\t-\n"
                                                                                     "Prosural\t-\torganization\t-\t-\n"},
                                                    {"gazetteer/officials_international.tsv", "# no office-holders of bodies\n"}});
  return l;
}
}  // namespace

TEST_CASE("'Joint Communiqué of the XXXI Ordinary Meeting of the Ministerial Council of the X', 'The following Member States took part in the Meeting: ...': members of X, not of the council") {
  Extractor ex(lex_with_bodies());
  auto facts = extract(ex, "probe",
                       "Joint Communiqué of the XXXI Ordinary Meeting of the Ministerial Council of the Coral Association of States\n"
                       "date: 2024-05-10\n\n"
                       "Joint Communiqué of the XXXI Ordinary Meeting of the Ministerial Council of the Coral Association of States\n\n"
                       "The Ministerial Council of the Coral Association of States held its XXXI Ordinary Meeting in Panama City on 9 May "
                       "2024.\n\n"
                       "The following Member States took part in the Meeting: Barbados, the Republic of Colombia, Jamaica and the Republic "
                       "of Panama.\n");
  for (const auto* state : {"Barbados", "Colombia", "Jamaica", "Panama"}) {
    INFO(state);
    CHECK(relation(facts, "MEMBER_OF", state, "Coral Association of States"));
    CHECK_FALSE(relation(facts, "MEMBER_OF", state, "Ministerial Council"));
  }
  auto orgs = names(facts, "Organization");
  CHECK_FALSE(has(orgs, "Ministerial Council"));
  CHECK(std::any_of(orgs.begin(), orgs.end(), [](const std::string& o) { return o.rfind("Ministerial Council of the", 0) == 0; }));
}

TEST_CASE("'The final declaration reiterated the composition of the mechanism: A, B, C and D' after 'a report on ... the Petrocoral energy agreement': members of the alliance, not of Petrocoral") {
  Extractor ex(lex_with_bodies());
  auto facts = extract(ex, "probe",
                       "Bolivarian Coral Alliance leaders meet in Caracas\ndate: 2024-12-15\n\n"
                       "Leaders of the Bolivarian Coral Alliance held their summit in Caracas on Saturday to mark the bloc's twentieth "
                       "anniversary.\n\n"
                       "The leaders heard a report on the bloc's bank and the Petrocoral energy agreement.\n\n"
                       "The final declaration reiterated the composition of the mechanism: Venezuela, Cuba, Bolivia and Nicaragua.\n");
  for (const auto* state : {"Venezuela", "Cuba", "Bolivia", "Nicaragua"}) {
    INFO(state);
    CHECK(relation(facts, "MEMBER_OF", state, "Bolivarian Coral Alliance"));
    CHECK_FALSE(relation(facts, "MEMBER_OF", state, "Petrocoral"));
  }
}

TEST_CASE("'Samoa, Tonga, Tuvalu, the Cook Islands, Niue, New Zealand and French Polynesia are also full members', 'American Samoa': no France, no United States") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Polynesian leaders meet in Apia\ndate: 2024-08-20\n\n"
                       "Leaders of the Coral Polynesian Group met in Apia on Monday to discuss climate finance.\n\n"
                       "Samoa, Tonga, Tuvalu, the Cook Islands, Niue, New Zealand and French Polynesia are also full members of the "
                       "group.\n\n"
                       "A delegation from American Samoa attended as observers.\n");
  auto states = names(facts, "State");
  CHECK(has(states, "Samoa"));
  CHECK(has(states, "New Zealand"));
  CHECK_FALSE(has(states, "France"));
  CHECK_FALSE(has(states, "United States"));
}

TEST_CASE("'Algeria hosted today in Algiers the ministerial meeting of the neighbouring countries of Libya': the meeting is named for Libya's neighbours") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Algeria hosts Libya's neighbours\ndate: 2024-05-20\n\n"
                       "Algeria hosted today in Algiers the ministerial meeting of the neighbouring countries of Libya, with the foreign "
                       "ministers of Tunisia, Egypt, Sudan, Chad and Niger taking part.\n");
  auto m = meeting_named_with(facts, "neighbouring");
  REQUIRE_FALSE(m.empty());
  CHECK(m.find("Libya") != std::string::npos);
  CHECK(relation(facts, "HELD_IN", m, "Algiers"));
}

TEST_CASE("'Leaders of the X Group (X.G.) meeting in Nuku'alofa on Sunday agreed to ...' in a Monday's article: the group's meeting, the day before, held") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Coral leaders push for ocean deal\ndate: 2024-08-26\n\n"
                       "Leaders of the Coral Leaders Group (C.L.G.) meeting in Nuku'alofa on Sunday agreed to push for a regional ocean "
                       "deal.\n");
  auto m = meeting_where(facts, [&](const std::string& n) { return relation(facts, "CONVENED_BY", n, "Coral Leaders Group") != nullptr; });
  REQUIRE_FALSE(m.empty());
  CHECK(entity_prop(facts, m, "date") == "2024-08-25");
  CHECK(entity_prop(facts, m, "status") == "held");
  CHECK(relation(facts, "HELD_IN", m, "Nuku'alofa"));
}

TEST_CASE("'The meeting at the X Centre was chaired by ... and was held a day before the 53rd Y Forum Leaders Meeting opens', 'A was represented by Prime Minister B': B at the group's meeting") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Coral leaders push for ocean deal\ndate: 2024-08-26\n\n"
                       "Leaders of the Coral Leaders Group (C.L.G.) meeting in Nuku'alofa on Sunday agreed to push for a regional ocean "
                       "deal.\n\n"
                       "The meeting at the Coral Convention Centre was chaired by Tuvalu's Prime Minister Feleti Tauvaga and was held a "
                       "day before the 53rd Coral Islands Forum Leaders Meeting opens in the Tongan capital.\n\n"
                       "Fiji was represented by Prime Minister Josefa Ratukalou.\n");
  auto m = meeting_where(facts, [&](const std::string& n) { return relation(facts, "CONVENED_BY", n, "Coral Leaders Group") != nullptr; });
  REQUIRE_FALSE(m.empty());
  CHECK(m != "53rd Coral Islands Forum Leaders Meeting");
  const auto* r = relation(facts, "REPRESENTS", "Josefa Ratukalou", "Fiji");
  REQUIRE(r);
  CHECK(prop(*r, "forum") == m);
  CHECK_FALSE(relation(facts, "ATTENDS", "Josefa Ratukalou", "53rd Coral Islands Forum Leaders Meeting"));
}

TEST_CASE("'Foreign and transport ministers of A, B, C and D gathered in our city on Thursday for a quadrilateral meeting': no 'transport ministers meeting'") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Ministers meet in Aktau\ndate: 2024-06-21\n\n"
                       "Aktau, June 21. Foreign and transport ministers of Kazakhstan, Azerbaijan, Georgia and Türkiye gathered in our "
                       "city on Thursday for a quadrilateral meeting on the development of the route.\n");
  CHECK_FALSE(has(names(facts, "Meeting"), "transport ministers meeting"));
  CHECK(meeting_named_with(facts, "transport ministers").empty());
  CHECK_FALSE(meeting_held_in(facts, "Aktau").empty());
}

TEST_CASE("live blog on the 'first ASEAN-GCC-China Summit', an entry on joining 'at the 47th ASEAN Summit here in October': two meetings, the joint summit held today") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Live: leaders gather for the first ASEAN-GCC-China Summit\ndate: 2025-05-27\n\n"
                       "Welcome to our live coverage of the first ASEAN-GCC-China Summit, which opens this morning in Kuala Lumpur.\n\n"
                       "10:15 Malaysian officials said Timor-Leste will formally join the bloc at the 47th ASEAN Summit here in "
                       "October.\n");
  auto meetings = names(facts, "Meeting");
  REQUIRE(has(meetings, "ASEAN-GCC-China Summit"));
  REQUIRE(has(meetings, "47th ASEAN Summit"));
  CHECK(entity_prop(facts, "ASEAN-GCC-China Summit", "status") == "held");
  CHECK(entity_prop(facts, "ASEAN-GCC-China Summit", "date") == "2025-05-27");
  CHECK(entity_prop(facts, "47th ASEAN Summit", "status") == "planned");
}

TEST_CASE("'The summit, held a day after the 49th X Summit closed at the same venue, gathered ...', then 'A was represented by B': B at the lead's summit") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Coral and Gulf leaders meet in Kuala Lumpur\ndate: 2025-05-27\n\n"
                       "Leaders of the Coral states and the Gulf held their first joint summit in Kuala Lumpur on Tuesday.\n\n"
                       "The summit, held a day after the 49th Coral Summit closed at the same venue, gathered leaders of sixteen "
                       "countries.\n\n"
                       "Oman was represented by Deputy Prime Minister Salim bin Khamis Al Qasmoori.\n");
  auto lead = meeting_held_in(facts, "Kuala Lumpur");
  REQUIRE_FALSE(lead.empty());
  CHECK(lead != "49th Coral Summit");
  const auto* r = relation(facts, "REPRESENTS", "Salim bin Khamis Al Qasmoori", "Oman");
  REQUIRE(r);
  CHECK(prop(*r, "forum") == lead);
  CHECK_FALSE(relation(facts, "ATTENDS", "Salim bin Khamis Al Qasmoori", "49th Coral Summit"));
}

TEST_CASE("'All times are Malaysia time (GMT+8).': no body 'GMT+8'") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Live: leaders gather for the first ASEAN-GCC-China Summit\ndate: 2025-05-27\n\n"
                       "Welcome to our live coverage of the first ASEAN-GCC-China Summit, which opens this morning in Kuala Lumpur. All "
                       "times are Malaysia time (GMT+8).\n");
  auto orgs = names(facts, "Organization");
  CHECK(has(orgs, "GCC"));
  CHECK_FALSE(has(orgs, "GMT+8"));
}

TEST_CASE("'The X Pact was signed in this same city in September 2019 by A, B, C and D', 'All four signatories are also members of the Y (YO)': members of both") {
  Extractor ex(lex_with_bodies());
  auto facts = extract(ex, "probe",
                       "Amazon presidents meet in Leticia\ndate: 2024-08-23\n\n"
                       "The presidents of Bolivia, Brazil, Colombia and Peru met in Leticia on Thursday to review the Coral Pact.\n\n"
                       "The Coral Pact was signed in this same city in September 2019 by Bolivia, Brazil, Colombia and Peru.\n\n"
                       "All four signatories are also members of the Coral Treaty Organization (CTO).\n");
  for (const auto* state : {"Bolivia", "Brazil", "Colombia", "Peru"}) {
    INFO(state);
    CHECK(relation(facts, "MEMBER_OF", state, "Coral Pact"));
    CHECK(relation(facts, "MEMBER_OF", state, "Coral Treaty Organization"));
  }
}

TEST_CASE("'The Peruvian delegation defended the record of President X's government': X, named only for his government, does not attend") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "South American leaders meet in Brasília\ndate: 2024-05-30\n\n"
                       "South American leaders held a summit in Brasília on Thursday to relaunch regional integration.\n\n"
                       "The Peruvian delegation defended the record of President Coralo Vantes's government.\n");
  auto summit = meeting_held_in(facts, "Brasilia");
  REQUIRE_FALSE(summit.empty());
  CHECK(has(names(facts, "Person"), "Coralo Vantes"));
  CHECK_FALSE(relation(facts, "ATTENDS", "Coralo Vantes", summit));
}

TEST_CASE("lead naming A, B and C only, then 'The three South American countries are, together with D, founding members of Mercosur': the three are members") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Paraguay, Argentina and Brazil discuss the Paraná waterway\ndate: 2024-07-04\n\n"
                       "The foreign ministers of Paraguay, Argentina and Brazil met in Asunción on Wednesday to discuss navigation on the "
                       "Paraná waterway.\n\n"
                       "The three South American countries are, together with Uruguay, founding members of Mercosur.\n");
  for (const auto* state : {"Paraguay", "Argentina", "Brazil", "Uruguay"}) {
    INFO(state);
    CHECK(relation(facts, "MEMBER_OF", state, "Mercosur"));
  }
}

TEST_CASE("'Lebanese Foreign Minister A arrived in Paris on Tuesday and was received on Wednesday evening by his French counterpart B at the Foreign Ministry': A met B") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Lebanese foreign minister in Paris\ndate: 2024-03-14\n\n"
                       "Lebanese Foreign Minister Karim Abou Haddoura arrived in Paris on Tuesday and was received on Wednesday evening by "
                       "his French counterpart Laurent Vissecq at the Foreign Ministry.\n");
  CHECK(met(facts, "Karim Abou Haddoura", "Laurent Vissecq"));
  auto m = meeting_attended_by(facts, "Laurent Vissecq");
  REQUIRE_FALSE(m.empty());
  CHECK(relation(facts, "ATTENDS", "Karim Abou Haddoura", m));
}

// memberships, one construction each

TEST_CASE("'the X Group, of which A and B are also members': members") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Central European leaders meet in Vienna\ndate: 2024-06-10\n\n"
                       "The leaders of Austria, Czechia and Slovakia met in Vienna on Monday to discuss energy security.\n\n"
                       "The meeting comes after a rift within the Coral Group, of which Czechia and Slovakia are also members.\n");
  CHECK(relation(facts, "MEMBER_OF", "Czech Republic", "Coral Group"));
  CHECK(relation(facts, "MEMBER_OF", "Slovakia", "Coral Group"));
  CHECK_FALSE(relation(facts, "MEMBER_OF", "Austria", "Coral Group"));
}

TEST_CASE("'the X, the 33-nation body, of which both A and B are members': members of the body named before") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Guyana and Venezuela leaders meet in Kingstown\ndate: 2024-06-10\n\n"
                       "The presidents of Guyana and Venezuela met in Kingstown on Thursday to discuss the border dispute.\n\n"
                       "The talks were brokered by the Community of Coral States, the 33-nation body, of which both Guyana and Venezuela "
                       "are members.\n");
  CHECK(relation(facts, "MEMBER_OF", "Guyana", "Community of Coral States"));
  CHECK(relation(facts, "MEMBER_OF", "Venezuela", "Community of Coral States"));
}

TEST_CASE("'the X Organization (XO), to which A, B and the US all belong': members") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Caucasus talks in Geneva\ndate: 2024-06-10\n\n"
                       "Envoys of Georgia, Russia and the United States met in Geneva on Monday to discuss security in the South "
                       "Caucasus.\n\n"
                       "The talks are co-chaired by the Coral Organization (CO), to which Georgia, Russia and the US all belong.\n");
  for (const auto* state : {"Georgia", "Russia", "United States"}) {
    INFO(state);
    CHECK(relation(facts, "MEMBER_OF", state, "Coral Organization"));
  }
}

TEST_CASE("'the X Corridor (XC), a rail project whose founding partners are A, B and C': members") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Rail project partners meet in Riyadh\ndate: 2024-06-10\n\n"
                       "Transport ministers of India and Saudi Arabia met in Riyadh on Monday to discuss trade routes.\n\n"
                       "They reviewed progress on the Coral Corridor (CC), a rail project whose founding partners are India, Saudi Arabia "
                       "and France.\n");
  for (const auto* state : {"India", "Saudi Arabia", "France"}) {
    INFO(state);
    CHECK(relation(facts, "MEMBER_OF", state, "Coral Corridor"));
  }
}

TEST_CASE("'A and B also belong to the X Group, whose other two members, C and D, were not invited': all four members") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Central European leaders meet in Warsaw\ndate: 2024-06-10\n\n"
                       "The prime ministers of Hungary and Slovakia met in Warsaw on Monday to discuss energy security.\n\n"
                       "Hungary and Slovakia also belong to the Coral Group, whose other two members, Poland and the Czech Republic, were "
                       "not invited.\n");
  for (const auto* state : {"Hungary", "Slovakia", "Poland", "Czech Republic"}) {
    INFO(state);
    CHECK(relation(facts, "MEMBER_OF", state, "Coral Group"));
  }
}

TEST_CASE("'The DRC and Tanzania are the only countries that belong to both the EAC and the 16-member SADC': members of both") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Regional leaders meet in Arusha\ndate: 2024-06-10\n\n"
                       "Leaders of East and southern Africa met in Arusha on Monday to discuss the crisis in eastern Congo.\n\n"
                       "The DRC and Tanzania are the only countries that belong to both the EAC and the 16-member SADC.\n");
  for (const auto* state : {"Democratic Republic of the Congo", "Tanzania"}) {
    INFO(state);
    CHECK(relation(facts, "MEMBER_OF", state, "EAC"));
    CHECK(relation(facts, "MEMBER_OF", state, "SADC"));
  }
}

TEST_CASE("'A and B sit with Russia in the Eurasian Economic Union, and with Tajikistan and Russia in the Collective Security Treaty Organization': members of each") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Central Asian leaders meet in Astana\ndate: 2024-06-10\n\n"
                       "The presidents of Kazakhstan and Kyrgyzstan met in Astana on Monday to discuss water sharing.\n\n"
                       "Kazakhstan and Kyrgyzstan sit with Russia in the Eurasian Economic Union, and with Tajikistan and Russia in the "
                       "Collective Security Treaty Organization.\n");
  for (const auto* state : {"Kazakhstan", "Kyrgyzstan", "Russia"}) {
    INFO(state);
    CHECK(relation(facts, "MEMBER_OF", state, "Eurasian Economic Union"));
    CHECK(relation(facts, "MEMBER_OF", state, "Collective Security Treaty Organization"));
  }
  CHECK(relation(facts, "MEMBER_OF", "Tajikistan", "Collective Security Treaty Organization"));
  CHECK_FALSE(relation(facts, "MEMBER_OF", "Tajikistan", "Eurasian Economic Union"));
}

TEST_CASE("'A is also a member of the X Customs Union (XCU), alongside B, C and D': all four members") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Southern African ministers meet in Gaborone\ndate: 2024-06-10\n\n"
                       "Trade ministers of southern Africa met in Gaborone on Monday to discuss customs reform.\n\n"
                       "Botswana is also a member of the Coral Customs Union (CCU), alongside Eswatini, Lesotho and Namibia.\n");
  for (const auto* state : {"Botswana", "Eswatini", "Lesotho", "Namibia"}) {
    INFO(state);
    CHECK(relation(facts, "MEMBER_OF", state, "Coral Customs Union"));
  }
}

TEST_CASE("'tabled by A, B and C on behalf of the Caribbean Community': members") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Climate resolution adopted in Nairobi\ndate: 2024-06-10\n\n"
                       "Environment ministers met in Nairobi on Monday for the UN Environment Assembly.\n\n"
                       "The assembly adopted a resolution on coral reefs tabled by Jamaica, The Bahamas and Barbados on behalf of the "
                       "Caribbean Community.\n");
  for (const auto* state : {"Jamaica", "Bahamas", "Barbados"}) {
    INFO(state);
    CHECK(relation(facts, "MEMBER_OF", state, "Caribbean Community"));
  }
}

TEST_CASE("'X, created in 2019, still formally counts A, B and C among its members': members") {
  Extractor ex(lex_with_bodies());
  auto facts = extract(ex, "probe",
                       "South American ministers meet in Brasília\ndate: 2024-06-10\n\n"
                       "Foreign ministers of South America met in Brasília on Monday to relaunch regional integration.\n\n"
                       "Prosural, created in 2019, still formally counts Chile, Ecuador and Peru among its members.\n");
  for (const auto* state : {"Chile", "Ecuador", "Peru"}) {
    INFO(state);
    CHECK(relation(facts, "MEMBER_OF", state, "Prosural"));
  }
}

TEST_CASE("'The African Union was admitted as a permanent member of the G20': the union a member") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "G20 leaders meet in New Delhi\ndate: 2024-06-10\n\n"
                       "G20 leaders met in New Delhi on Saturday for their annual summit.\n\n"
                       "The African Union was admitted as a permanent member of the G20.\n");
  CHECK(relation(facts, "MEMBER_OF", "African Union", "G20"));
}

TEST_CASE("'Of the 27 member states of the European Union, only A, B and C were present': members") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Mediterranean ministers meet in Valletta\ndate: 2024-06-10\n\n"
                       "Ministers of the Mediterranean met in Valletta on Monday to discuss migration.\n\n"
                       "Of the 27 member states of the European Union, only Italy, Cyprus and Malta were present.\n");
  for (const auto* state : {"Italy", "Cyprus", "Malta"}) {
    INFO(state);
    CHECK(relation(facts, "MEMBER_OF", state, "European Union"));
  }
}

TEST_CASE("'The X format was launched in January 2017 on the initiative of A, B and C': members") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Coral format talks in Tehran\ndate: 2024-06-10\n\n"
                       "Foreign ministers met in Tehran on Monday to discuss Syria.\n\n"
                       "The Coral format was launched in January 2017 on the initiative of Russia, Turkey and Iran.\n");
  for (const auto* state : {"Russia", "Turkey", "Iran"}) {
    INFO(state);
    CHECK(relation(facts, "MEMBER_OF", state, "Coral format"));
  }
}

TEST_CASE("'A, B and C, all currently suspended from the AU's activities, were not invited': members of the union") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "African leaders meet in Addis Ababa\ndate: 2024-06-10\n\n"
                       "African Union leaders met in Addis Ababa on Saturday for their annual summit.\n\n"
                       "Sudan, Mali and Niger, all currently suspended from the AU's activities, were not invited.\n");
  for (const auto* state : {"Sudan", "Mali", "Niger"}) {
    INFO(state);
    CHECK(relation(facts, "MEMBER_OF", state, "African Union"));
  }
}

TEST_CASE("'X is expected in Beirut later this month': a planned visit to Beirut; 'X is also expected in Skopje' where the story's meeting is: no visit") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "France steps up mediation in Lebanon\ndate: 2024-05-06\n\n"
                       "French envoy Jean-Yves Corvallec met Lebanese Prime Minister Najib Haddourani in Beirut on Monday to discuss the "
                       "presidential vacancy.\n\n"
                       "Former foreign minister Alain Corbessac is expected in Beirut later this month.\n");
  auto visit = meeting_attended_by(facts, "Alain Corbessac");
  REQUIRE_FALSE(visit.empty());
  CHECK(relation(facts, "HELD_IN", visit, "Beirut"));
  CHECK(entity_prop(facts, visit, "status") == "planned");
  CHECK_FALSE(relation(facts, "ATTENDS", "Jean-Yves Corvallec", visit));

  // the story's own meeting is where the person is expected: no visit of its own
  auto skopje = extract(ex, "probe",
                        "Balkan ministers meet in Skopje\ndate: 2024-05-06\n\n"
                        "Foreign ministers of the Western Balkans met in Skopje on Monday to discuss regional cooperation.\n\n"
                        "German Foreign Minister Annelie Strohwald is also expected in Skopje.\n");
  CHECK(meeting_named_with(skopje, "visit").empty());
  CHECK(names(skopje, "Meeting").size() == 1);
}

TEST_CASE("'The basin ministers last met in Punta del Este, Uruguay, in December 2016', 'The last such summit was held in Salto in May 2019': earlier meetings, named after their towns") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Ministers of the Coral Basin meet in Asunción\ndate: 2025-08-21\n\n"
                       "The foreign ministers of Argentina, Bolivia, Brazil, Paraguay and Uruguay met in Asunción on Thursday to discuss the "
                       "waterway.\n\n"
                       "The basin ministers last met in Punta del Este, Uruguay, in December 2016.\n\n"
                       "The last such summit was held in Salto in May 2019.\n");
  auto punta = meeting_named_with(facts, "Punta del Este");
  REQUIRE_FALSE(punta.empty());
  CHECK(relation(facts, "HELD_IN", punta, "Punta del Este"));
  CHECK(entity_prop(facts, punta, "date") == "2016-12");
  auto salto = meeting_named_with(facts, "Salto");
  REQUIRE_FALSE(salto.empty());
  CHECK(entity_prop(facts, salto, "date") == "2019-05");
  // the reported meeting keeps its own name and place
  CHECK_FALSE(meeting_named_with(facts, "Asunción").empty());

  // "The two ministers last met in Uzhhorod": their encounter, no meeting of its own
  auto pair = extract(ex, "probe",
                      "Tala and Morvane meet in Prague\ndate: 2025-05-14\n\n"
                      "Slovak Foreign Minister Juraj Tala and Ukrainian Foreign Minister Andrii Morvane met in Prague on Wednesday.\n\n"
                      "The two ministers last met in Uzhhorod in February, when they agreed to reopen a crossing.\n");
  CHECK(meeting_named_with(pair, "meeting in Uzhhorod").empty());
  CHECK(met(pair, "Juraj Tala", "Andrii Morvane"));
}

TEST_CASE("a venue the text places nowhere, in a story filed from 'ROME (AP) -': in Rome, and so is what was held there") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Coral Islands leaders meet\ndate: 2025-03-10\n\n"
                       "ROME (AP) - Leaders of the Coral Islands Forum met on Monday for their annual summit.\n\n"
                       "Later, Italian Prime Minister Giorgia Valenti received Fijian Prime Minister Sitiveni Rabukovu at the Villa Corsani.\n");
  CHECK(relation(facts, "LOCATED_IN", "Villa Corsani", "Rome"));
  auto encounter = meeting_attended_by(facts, "Sitiveni Rabukovu");
  REQUIRE_FALSE(encounter.empty());
  CHECK(relation(facts, "HELD_IN", encounter, "Villa Corsani"));
  CHECK(relation(facts, "HELD_IN", encounter, "Rome"));
}

TEST_CASE("'The European Union was represented at the meeting by its ambassador in Bujumbura, X': X represents the union") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Coral basin ministers meet in Bujumbura\ndate: 2025-03-10\n\n"
                       "The Council of Ministers of the Coral Basin Community met in Bujumbura on Monday.\n\n"
                       "The European Union was represented at the meeting by its ambassador in Bujumbura, Marta Velarde Ruiz.\n");
  CHECK(relation(facts, "REPRESENTS", "Marta Velarde Ruiz", "European Union"));
  CHECK(relation(facts, "HOLDS_ROLE", "Marta Velarde Ruiz", "European Union"));
}
