// The article importer on constructions met in round 26: offices of a state before a name, composed portfolios, sides and bodies represented, conferences and
// declarations' own meetings, live blogs' lead meetings, full names with particles and hyphens, capitals as places, and memberships told in many ways.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "article_facts.hpp"
#include "importers/article/extractor.hpp"
#include "importers/article/lexicon.hpp"

using namespace fg::importers::article;
using namespace fg::importers::article::test;

TEST_CASE("'attended by the Minister of Energy of the Kyrgyz Republic A, the Minister of Energy of Kazakhstan B and the Minister of Energy of Uzbekistan C': each for the state before the name") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Energy ministers meet\ndate: 2024-05-10\n\n"
                       "The meeting was attended by the Minister of Energy of the Kyrgyz Republic Toktobek Abirov, the Minister of Energy "
                       "of Kazakhstan Serikbol Dauletov and the Minister of Energy of Uzbekistan Dilmurod Xasanqulov.\n");
  CHECK(has(names(facts, "Person"), "Dilmurod Xasanqulov"));
  const auto* a = relation(facts, "HOLDS_ROLE", "Toktobek Abirov", "Kyrgyzstan");
  REQUIRE(a);
  CHECK(prop(*a, "title") == "Minister of Energy");
  CHECK_FALSE(relation(facts, "HOLDS_ROLE", "Toktobek Abirov", "Kazakhstan"));
  const auto* b = relation(facts, "HOLDS_ROLE", "Serikbol Dauletov", "Kazakhstan");
  REQUIRE(b);
  CHECK(prop(*b, "title") == "Minister of Energy");
  const auto* c = relation(facts, "HOLDS_ROLE", "Dilmurod Xasanqulov", "Uzbekistan");
  REQUIRE(c);
  CHECK(prop(*c, "title") == "Minister of Energy");
}

TEST_CASE("'Kazakhstan's delegation also included the Minister of Water X, while the Uzbek side was joined by the Minister of Water Resources Y': Y for Uzbekistan") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Central Asian water ministers meet in Tashkent\ndate: 2024-05-10\n\n"
                       "Ministers of the Central Asian states met in Tashkent on Thursday to discuss water sharing.\n\n"
                       "Kazakhstan's delegation also included the Minister of Water Nurlan Baitasov, while the Uzbek side was joined by "
                       "the Minister of Water Resources Shavkat Hamroqulov.\n");
  CHECK(relation(facts, "REPRESENTS", "Nurlan Baitasov", "Kazakhstan"));
  CHECK(relation(facts, "REPRESENTS", "Shavkat Hamroqulov", "Uzbekistan"));
  CHECK_FALSE(relation(facts, "REPRESENTS", "Shavkat Hamroqulov", "Kazakhstan"));
}

TEST_CASE("'The World Bank was represented by its Regional Director for Central Asia Z': Z for the bank") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Central Asian water ministers meet in Tashkent\ndate: 2024-05-10\n\n"
                       "Ministers of the Central Asian states met in Tashkent on Thursday to discuss water sharing.\n\n"
                       "The World Bank was represented by its Regional Director for Central Asia Ingrid Vasquella.\n");
  CHECK(relation(facts, "REPRESENTS", "Ingrid Vasquella", "World Bank"));
  CHECK(has(names(facts, "Person"), "Ingrid Vasquella"));
}

TEST_CASE("'coordinated by the Interstate Commission for River Coordination of Central Asia (ICRC), which includes A, B, C, D and E': the full name, its members") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Central Asian water ministers meet in Tashkent\ndate: 2024-05-10\n\n"
                       "Ministers of the Central Asian states met in Tashkent on Thursday to discuss water sharing.\n\n"
                       "Water allocation in the region is coordinated by the Interstate Commission for River Coordination of Central Asia "
                       "(ICRC), which includes Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan.\n");
  const std::string icrc = "Interstate Commission for River Coordination of Central Asia";
  auto orgs = names(facts, "Organization");
  CHECK(has(orgs, icrc));
  CHECK_FALSE(has(orgs, "Interstate Commission"));
  for (const auto* state : {"Kazakhstan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Uzbekistan"}) {
    INFO(state);
    CHECK(relation(facts, "MEMBER_OF", state, icrc));
  }
}

TEST_CASE("'live coverage of day one of the Fifth International Conference on Financing for Development': the conference's full name") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Live: leaders gather in Seville\ndate: 2025-06-30\n\n"
                       "Welcome to our live coverage of day one of the Fifth International Conference on Financing for Development, which "
                       "opens this morning in Seville.\n");
  auto meetings = names(facts, "Meeting");
  CHECK(has(meetings, "Fifth International Conference on Financing for Development"));
  CHECK_FALSE(has(meetings, "Fifth International Conference on Financing"));
  CHECK(relation(facts, "HELD_IN", "Fifth International Conference on Financing for Development", "Seville"));
}

TEST_CASE("live blog whose lead names the X Conference, an entry on 'the G20 leaders' summit it hosts in Johannesburg in November', then 'Germany's delegation is led by Development Minister X': at the conference") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Live: day one in Lakeport\ndate: 2025-06-30\n\n"
                       "Welcome to our live coverage of the Fifth International Conference on Coral Development, which opens this morning "
                       "in Lakeport.\n\n"
                       "09:15 South Africa's president will speak later today. His government is preparing for the G20 leaders' summit it "
                       "hosts in Johannesburg in November.\n\n"
                       "10:40 Germany's delegation is led by Development Minister Annelie Strohwald, who arrived last night.\n");
  const std::string conference = "Fifth International Conference on Coral Development";
  REQUIRE(has(names(facts, "Meeting"), conference));
  const auto* r = relation(facts, "REPRESENTS", "Annelie Strohwald", "Germany");
  REQUIRE(r);
  CHECK(prop(*r, "forum") == conference);
  CHECK(relation(facts, "ATTENDS", "Annelie Strohwald", conference));
  CHECK_FALSE(relation(facts, "ATTENDS", "Annelie Strohwald", "G20 leaders' summit"));
}

TEST_CASE("'We, the Heads of State and Government of the Member States of the Alliance of X (AX), met at United Nations Headquarters in New York on 23 September 2024': the alliance's meeting in New York") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Declaration of the Heads of State and Government of the Alliance of Coral Island States\ndate: 2024-09-24\n\n"
                       "We, the Heads of State and Government of the Member States of the Alliance of Coral Island States (ACIS), met at "
                       "United Nations Headquarters in New York on 23 September 2024.\n");
  auto m = meeting_where(facts, [&](const std::string& n) { return relation(facts, "CONVENED_BY", n, "Alliance of Coral Island States") != nullptr; });
  REQUIRE_FALSE(m.empty());
  CHECK(relation(facts, "HELD_IN", m, "New York"));
  CHECK(entity_prop(facts, m, "date") == "2024-09-23");
}

TEST_CASE("'The Republic of Cabo Verde was represented by H.E. A B e C, Prime Minister': the full name with its particle 'e'") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Island leaders meet in New York\ndate: 2024-09-24\n\n"
                       "The Heads of State and Government of the Alliance of Coral Island States met in New York on Monday.\n\n"
                       "The Republic of Cabo Verde was represented by H.E. Djalmiro Correia e Sousa, Prime Minister.\n");
  auto people = names(facts, "Person");
  CHECK(has(people, "Djalmiro Correia e Sousa"));
  CHECK_FALSE(has(people, "Djalmiro Correia"));
  CHECK(relation(facts, "REPRESENTS", "Djalmiro Correia e Sousa", "Cape Verde"));
}

TEST_CASE("'The Alliance of X comprises five Member States: Barbados, the Co-operative Republic of Guyana, Jamaica, ...': Guyana and the states after it are members") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Island leaders meet in New York\ndate: 2024-09-24\n\n"
                       "The Heads of State and Government of the Alliance of Coral Island States met in New York on Monday.\n\n"
                       "The Alliance of Coral Island States comprises five Member States: Barbados, the Co-operative Republic of Guyana, "
                       "Jamaica, Saint Lucia and the Republic of Trinidad and Tobago.\n");
  for (const auto* state : {"Barbados", "Guyana", "Jamaica", "Saint Lucia", "Trinidad and Tobago"}) {
    INFO(state);
    CHECK(relation(facts, "MEMBER_OF", state, "Alliance of Coral Island States"));
  }
}

TEST_CASE("'brought together several of his peers, among them A of the Democratic Republic of Congo, B-C D of the Central African Republic and E of Burundi': the hyphenated given name is kept") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Regional leaders gather in Brazzaville\ndate: 2024-10-12\n\n"
                       "President Firmin Ngakosso hosted a summit that brought together several of his peers, among them Tshibanda "
                       "Mwilambwe of the Democratic Republic of Congo, Brice-Olivier Koulamba of the Central African Republic and Evariste "
                       "Nkurunziba of Burundi.\n");
  auto people = names(facts, "Person");
  CHECK(has(people, "Brice-Olivier Koulamba"));
  CHECK_FALSE(has(people, "Olivier Koulamba"));
  CHECK(has(people, "Evariste Nkurunziba"));
}

TEST_CASE("'chaired by the Minister of the Environment, Sustainable Development and the Congo Basin, Arlette X': the portfolio's list is the title") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Ministers meet on forest protection\ndate: 2024-10-12\n\n"
                       "The preparatory meeting of ministers was held on Thursday. It was chaired by the Minister of the Environment, "
                       "Sustainable Development and the Congo Basin, Arlette Mbouloukoua.\n");
  auto people = names(facts, "Person");
  CHECK(has(people, "Arlette Mbouloukoua"));
  CHECK_FALSE(has(people, "Sustainable"));
  CHECK(std::none_of(people.begin(), people.end(), [](const std::string& p) { return p.find("Sustainable") != std::string::npos; }));
}

TEST_CASE("'at the Coral International Conference Centre, on the northern outskirts of Brazzaville': Brazzaville is a place, not only the state's government") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Leaders meet on forest protection\ndate: 2024-10-12\n\n"
                       "The summit on forest protection opened on Friday at the Coral International Conference Centre, on the northern "
                       "outskirts of Brazzaville.\n");
  CHECK(has(names(facts, "Place"), "Brazzaville"));
  CHECK(has(names(facts, "Place"), "Coral International Conference Centre"));
}

TEST_CASE("'The Republic of the Union of Myanmar was represented ...': the state, no body") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Leaders meet on forest protection\ndate: 2024-10-12\n\n"
                       "The summit on forest protection opened on Friday in Lakeport. The Republic of the Union of Myanmar was represented by "
                       "its foreign minister.\n");
  CHECK(has(names(facts, "State"), "Myanmar"));
  CHECK_FALSE(has(names(facts, "Organization"), "Republic of the Union of Myanmar"));
}

TEST_CASE("analysis: 'the format's latest ministerial, held in Chișinău last Friday', then 'the first-ever EU–Moldova summit, which Brussels and Chișinău have pencilled in for the summer': two meetings, the summit planned") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Analysis: what the Lakeview format can still deliver for Moldova\ndate: 2024-05-13\nsource: Coral Review\n\n"
                       "Ministers of the Lakeview format pledged new support for Moldova at the format's latest ministerial, held in "
                       "Chișinău last Friday, but the harder questions were left for later.\n\n"
                       "Officials say the real test will come at the first-ever EU–Moldova summit, which Brussels and Chișinău have "
                       "pencilled in for the summer.\n");
  auto ministerial = meeting_held_in(facts, "Chisinau");
  REQUIRE_FALSE(ministerial.empty());
  CHECK(ministerial != "EU–Moldova summit");
  CHECK(entity_prop(facts, ministerial, "date") == "2024-05-10");
  REQUIRE(has(names(facts, "Meeting"), "EU–Moldova summit"));
  CHECK(entity_prop(facts, "EU–Moldova summit", "status") == "planned");
  CHECK_FALSE(relation(facts, "HELD_IN", "EU–Moldova summit", "Chisinau"));
}

TEST_CASE("'India and France are both founding members of the X Alliance, which the UAE has also joined': the UAE a member") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "India and France deepen solar ties\ndate: 2024-05-13\n\n"
                       "Ministers of India and France met in New Delhi on Monday to discuss solar energy.\n\n"
                       "India and France are both founding members of the Coral Solar Alliance, which the UAE has also joined.\n");
  CHECK(relation(facts, "MEMBER_OF", "India", "Coral Solar Alliance"));
  CHECK(relation(facts, "MEMBER_OF", "France", "Coral Solar Alliance"));
  CHECK(relation(facts, "MEMBER_OF", "United Arab Emirates", "Coral Solar Alliance"));
}

TEST_CASE("'India and the UAE are also part of the K3P3 grouping along with Israel and the United States': the four are members") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "India and the UAE deepen ties\ndate: 2024-05-13\n\n"
                       "Ministers of India and the United Arab Emirates met in New Delhi on Monday to discuss trade.\n\n"
                       "India and the UAE are also part of the K3P3 grouping along with Israel and the United States.\n");
  CHECK(has(names(facts, "Organization"), "K3P3"));
  for (const auto* state : {"India", "United Arab Emirates", "Israel", "United States"}) {
    INFO(state);
    CHECK(relation(facts, "MEMBER_OF", state, "K3P3"));
  }
}

TEST_CASE("'Jordan was represented by ..., Chairman of the Joint Chiefs of Staff Maj. Gen. A and General Intelligence Department Director Maj. Gen. B': the department holds no name") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Regional security meeting in Amman\ndate: 2024-05-13\n\n"
                       "Security chiefs of the region met in Amman on Sunday to discuss border security.\n\n"
                       "Jordan was represented by Foreign Minister Nasser Qudwani, Chairman of the Joint Chiefs of Staff Maj. Gen. Yousef "
                       "Hadrami and General Intelligence Department Director Maj. Gen. Ahmad Sharaydeh.\n");
  CHECK(has(names(facts, "Person"), "Yousef Hadrami"));
  CHECK(has(names(facts, "Person"), "Ahmad Sharaydeh"));
  auto orgs = names(facts, "Organization");
  CHECK(has(orgs, "General Intelligence Department"));
  CHECK(std::none_of(orgs.begin(), orgs.end(), [](const std::string& o) { return o.find("Yousef") != std::string::npos; }));
  CHECK(relation(facts, "REPRESENTS", "Yousef Hadrami", "Jordan"));
}

TEST_CASE("'Türkiye, Jordan, Iraq and Lebanon are all members of the US-led Global Coalition to Defeat X': the coalition's name without 'US-led'") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Regional security meeting in Amman\ndate: 2024-05-13\n\n"
                       "Security chiefs of the region met in Amman on Sunday to discuss border security.\n\n"
                       "Türkiye, Jordan, Iraq and Lebanon are all members of the US-led Global Coalition to Defeat Coralism.\n");
  const std::string coalition = "Global Coalition to Defeat Coralism";
  auto orgs = names(facts, "Organization");
  CHECK(has(orgs, coalition));
  CHECK(std::none_of(orgs.begin(), orgs.end(), [](const std::string& o) { return o.find("US-led") != std::string::npos; }));
  for (const auto* state : {"Turkey", "Jordan", "Iraq", "Lebanon"}) {
    INFO(state);
    CHECK(relation(facts, "MEMBER_OF", state, coalition));
  }
}

TEST_CASE("'..., the Communications Directorate said in a statement': no person") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Regional security meeting in Amman\ndate: 2024-05-13\n\n"
                       "Security chiefs of the region met in Amman on Sunday to discuss border security.\n\n"
                       "The talks were constructive, the Communications Directorate said in a statement.\n");
  CHECK_FALSE(has(names(facts, "Person"), "Communications Directorate"));
}

TEST_CASE("'the five countries that make up the Five Eyes intelligence partnership: Australia, Canada, New Zealand, the United Kingdom and the United States': members") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Intelligence chiefs meet in Ottawa\ndate: 2024-05-13\n\n"
                       "Intelligence chiefs met in Ottawa on Monday. They represent the five countries that make up the Five Eyes "
                       "intelligence partnership: Australia, Canada, New Zealand, the United Kingdom and the United States.\n");
  for (const auto* state : {"Australia", "Canada", "New Zealand", "United Kingdom", "United States"}) {
    INFO(state);
    CHECK(relation(facts, "MEMBER_OF", state, "Five Eyes"));
  }
}

TEST_CASE("'B met Qatari Prime Minister Karim bin Rashid Al Fahdi', later 'Al Fahdi said ...': the meeting is named with 'Al Fahdi'") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Gulf ministers in Lakeport\ndate: 2024-04-18\n\n"
                       "Foreign Minister Elena Varnic met Qatari Prime Minister Karim bin Rashid Al Fahdi in Lakeport on Thursday.\n\n"
                       "Al Fahdi said the talks had been useful.\n");
  CHECK(met(facts, "Elena Varnic", "Karim bin Rashid Al Fahdi"));
  auto m = meeting_named_with(facts, "Al Fahdi");
  REQUIRE_FALSE(m.empty());
  CHECK(relation(facts, "ATTENDS", "Karim bin Rashid Al Fahdi", m));
  CHECK(meeting_named_with(facts, "Karim bin Rashid").empty());
}

TEST_CASE("trilateral summit of A, B and C: 'closer coordination within the X (XC) and the Y (YC), of which all three countries are members'") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Leaders of Türkiye, Azerbaijan and Pakistan hold trilateral summit\ndate: 2024-07-05\n\n"
                       "The leaders of Türkiye, Azerbaijan and Pakistan held a trilateral summit in Lakeport on Thursday.\n\n"
                       "They agreed on closer coordination within the Organization of Coral Cooperation (OCC) and the Economic Coral "
                       "Organization (ECO), of which all three countries are members.\n");
  for (const auto* state : {"Turkey", "Azerbaijan", "Pakistan"}) {
    INFO(state);
    CHECK(relation(facts, "MEMBER_OF", state, "Organization of Coral Cooperation"));
    CHECK(relation(facts, "MEMBER_OF", state, "Economic Coral Organization"));
  }
}

TEST_CASE("'revive the X Triangle, the format in which Germany, France and Poland have been coordinating since 1991'; 'in the X Triangle format, the grouping of Germany, France and Poland created in 1991'") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Polish premier seeks to revive the Coral Triangle\ndate: 2024-02-12\n\n"
                       "Polish Prime Minister Tadeusz Wrzosek met French President Laurent Duvignac in Paris on Monday. Wrzosek wants to "
                       "revive the Coral Triangle, the format in which Germany, France and Poland have been coordinating since 1991.\n");
  for (const auto* state : {"Germany", "France", "Poland"}) {
    INFO(state);
    CHECK(relation(facts, "MEMBER_OF", state, "Coral Triangle"));
  }
  auto grouping = extract(ex, "probe",
                          "Ministers meet in the Coral Triangle format\ndate: 2024-02-12\n\n"
                          "The foreign ministers met in Paris on Monday in the Coral Triangle format, the grouping of Germany, France and "
                          "Poland created in 1991.\n");
  for (const auto* state : {"Germany", "France", "Poland"}) {
    INFO(state);
    CHECK(relation(grouping, "MEMBER_OF", state, "Coral Triangle"));
  }
}

TEST_CASE("'Canada and Estonia are both among NATO's 32 members': both members") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Canadian and Estonian defence ministers meet in Tallinn\ndate: 2024-06-10\n\n"
                       "The defence ministers of Canada and Estonia met in Tallinn on Monday. Canada and Estonia are both among NATO's 32 "
                       "members.\n");
  CHECK(relation(facts, "MEMBER_OF", "Canada", "NATO"));
  CHECK(relation(facts, "MEMBER_OF", "Estonia", "NATO"));
}

TEST_CASE("'the presidents of the Comoros, Djibouti, Mauritania and Somalia, whose countries are members of the Arab League': members") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Arab leaders gather in Manama\ndate: 2024-05-16\n\n"
                       "Arab leaders met in Manama on Thursday. Among the guests were the presidents of the Comoros, Djibouti, Mauritania "
                       "and Somalia, whose countries are members of the Arab League.\n");
  for (const auto* state : {"Comoros", "Djibouti", "Mauritania", "Somalia"}) {
    INFO(state);
    CHECK(relation(facts, "MEMBER_OF", state, "Arab League"));
  }
}

TEST_CASE("'the X Council of Ministers met in Entebbe ... the X Initiative (XI)', 'The XI is an intergovernmental partnership launched in 1999. Its members are ...': members of XI, not of the council") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Nile ministers meet in Entebbe\ndate: 2024-08-20\n\n"
                       "The Nile Coral Council of Ministers met in Entebbe on Monday to review the work of the Nile Coral Initiative "
                       "(NCI).\n\n"
                       "The ministers agreed to expand the basin's monitoring network.\n\n"
                       "The NCI is an intergovernmental partnership launched in 1999. Its members are Burundi, Egypt, Ethiopia and "
                       "Kenya.\n");
  for (const auto* state : {"Burundi", "Egypt", "Ethiopia", "Kenya"}) {
    INFO(state);
    CHECK(relation(facts, "MEMBER_OF", state, "Nile Coral Initiative"));
    CHECK_FALSE(relation(facts, "MEMBER_OF", state, "Nile Coral Council of Ministers"));
  }
}

TEST_CASE("'Launched in Rome in 1990, the 5+5 Dialogue, also called the Western X Forum, brings together five countries of the southern shore — ... — and five of the northern shore: ...': one body") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Mediterranean ministers meet in Valletta\ndate: 2024-10-20\n\n"
                       "Foreign ministers of the western Mediterranean met in Valletta on Sunday.\n\n"
                       "Launched in Rome in 1990, the 5+5 Dialogue, also called the Western Coral Forum, brings together five countries of "
                       "the southern shore — Algeria, Libya, Mauritania, Morocco and Tunisia — and five of the northern shore: France, "
                       "Italy, Malta, Portugal and Spain.\n");
  auto orgs = names(facts, "Organization");
  CHECK(has(orgs, "5+5 Dialogue"));
  CHECK_FALSE(has(orgs, "Western Coral Forum"));
  for (const auto* state : {"Algeria", "Libya", "Mauritania", "Morocco", "Tunisia", "France", "Italy", "Malta", "Portugal", "Spain"}) {
    INFO(state);
    CHECK(relation(facts, "MEMBER_OF", state, "5+5 Dialogue"));
  }
}

TEST_CASE("'Enlargement Commissioner Marta X is attending in person on behalf of the European Commission': X for the Commission") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Live: the Western Balkans summit in Lakeport\ndate: 2024-10-20\n\n"
                       "Welcome to our live coverage of the Western Balkans summit in Lakeport, which opens this morning.\n\n"
                       "10:05 Enlargement Commissioner Marta Velikovska is attending in person on behalf of the European Commission.\n");
  CHECK(relation(facts, "REPRESENTS", "Marta Velikovska", "European Commission"));
}

TEST_CASE("'the Kazakh and Turkmen delegations were led by deputy foreign ministers A and B': each for the state in the same place") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Central Asian foreign ministers meet in Dushanbe\ndate: 2024-10-20\n\n"
                       "Foreign ministers of Central Asia met in Dushanbe on Friday. The host was represented by Foreign Minister Rustam "
                       "Nazarzoda, while the Kazakh and Turkmen delegations were led by deputy foreign ministers Yerlan Dzhaksybek and "
                       "Merdan Gurbanmyradov.\n");
  CHECK(relation(facts, "REPRESENTS", "Yerlan Dzhaksybek", "Kazakhstan"));
  CHECK(relation(facts, "REPRESENTS", "Merdan Gurbanmyradov", "Turkmenistan"));
  CHECK_FALSE(relation(facts, "REPRESENTS", "Yerlan Dzhaksybek", "Turkmenistan"));
}

TEST_CASE("'the Gulf Cooperation Council (GCC), the six-member bloc that groups Saudi Arabia, Kuwait, ...'; 'Iceland and Norway are members of EFTA together with Liechtenstein and Switzerland'") {
  Extractor ex(lex());
  auto facts = extract(ex, "probe",
                       "Gulf and EFTA ministers meet in Geneva\ndate: 2024-10-20\n\n"
                       "Ministers of the Gulf Cooperation Council (GCC) and the European Free Trade Association (EFTA) met in Geneva on "
                       "Monday.\n\n"
                       "The talks were the first between EFTA and the Gulf Cooperation Council (GCC), the six-member bloc that groups Saudi "
                       "Arabia, Kuwait, Bahrain, Qatar, the United Arab Emirates and Oman.\n\n"
                       "Iceland and Norway are members of EFTA together with Liechtenstein and Switzerland.\n");
  for (const auto* state : {"Saudi Arabia", "Kuwait", "Bahrain", "Qatar", "United Arab Emirates", "Oman"}) {
    INFO(state);
    CHECK(relation(facts, "MEMBER_OF", state, "Gulf Cooperation Council"));
  }
  for (const auto* state : {"Iceland", "Norway", "Liechtenstein", "Switzerland"}) {
    INFO(state);
    CHECK(relation(facts, "MEMBER_OF", state, "EFTA"));
  }
}
