// The question grammar alone (no graph): each phrasing parses to its form and slots; tense,
// articles, "with", case and a trailing "?" are variations of one form; other text is refused.
#include <catch2/catch.hpp>

#include "query/ask/ask.hpp"
#include "query/ask/question.hpp"

using fg::query::ask::Form;
using fg::query::ask::Kind;
using fg::query::ask::ParsedQuestion;
using fg::query::ask::ParseFailure;
using fg::query::ask::Tense;
using fg::query::ask::parse_question;

namespace {
struct Case {
  const char* question;
  Form form;
  std::vector<std::pair<const char*, const char*>> slots;
};

void check(const Case& c) {
  INFO(c.question);
  ParsedQuestion q;
  REQUIRE_NOTHROW(q = parse_question(c.question));
  CHECK(fg::query::ask::form_name(q.form) == fg::query::ask::form_name(c.form));
  for (const auto& [slot, value] : c.slots) {
    INFO("slot " << slot);
    CHECK(q.slot(slot) == value);
  }
}
}  // namespace

TEST_CASE("ask grammar: representation forms", "[ask]") {
  for (const auto& c : std::vector<Case>{
           {"who represents Russia at which forum", Form::RepresentsWhichForum, {{"x", "Russia"}}},
           {"Who represents Russia at which forum?", Form::RepresentsWhichForum, {{"x", "Russia"}}},
           {"who represented the United States at which forums", Form::RepresentsWhichForum, {{"x", "the United States"}}},
           {"WHO WILL REPRESENT the Russian Federation AT WHICH MEETING?", Form::RepresentsWhichForum,
            {{"x", "the Russian Federation"}}},
           {"who is representing Ukraine at what talks", Form::RepresentsWhichForum, {{"x", "Ukraine"}}},
           {"who represents Russia at the Geneva talks", Form::RepresentsAt, {{"x", "Russia"}, {"forum", "Geneva talks"}}},
           {"who represented France at the NATO-Russia Council meeting?", Form::RepresentsAt,
            {{"x", "France"}, {"forum", "NATO-Russia Council meeting"}}},
           {"who is Russia's envoy to NATO", Form::RepresentsAt, {{"x", "Russia"}, {"forum", "NATO"}}},
           {"who is the envoy of the US to NATO?", Form::RepresentsAt, {{"x", "the US"}, {"forum", "NATO"}}},
           {"who represents which state at the G7 foreign ministers' meeting in Karuizawa", Form::RepresentsWhichParty,
            {{"forum", "G7 foreign ministers' meeting in Karuizawa"}}},
           {"who represented which party at the Pretoria peace talks", Form::RepresentsWhichParty,
            {{"forum", "Pretoria peace talks"}}},
           {"who represents which states or organizations", Form::RepresentsWhichParty, {}},
           {"who represents Ukraine", Form::Represents, {{"x", "Ukraine"}}},
           {"list the people representing Ukraine", Form::Represents, {{"x", "Ukraine"}}},
           {"which officials represented the European Union", Form::Represents, {{"x", "the European Union"}}},
       })
    check(c);
}

TEST_CASE("ask grammar: which noun sets the kind", "[ask]") {
  CHECK(parse_question("who represents which state at the summit").kind == Kind::State);
  CHECK(parse_question("who represents which party at the summit").kind == Kind::StateOrOrganization);
  CHECK(parse_question("who represents which organization at the summit").kind == Kind::Organization);
  CHECK(parse_question("which states or organizations attended the summit").kind == Kind::StateOrOrganization);
  CHECK(parse_question("which countries attended the summit").kind == Kind::State);
}

TEST_CASE("ask grammar: meetings, places and dates", "[ask]") {
  for (const auto& c : std::vector<Case>{
           {"which forums did Sergei Riabkov attend", Form::MeetingsAttendedBy, {{"x", "Sergei Riabkov"}}},
           {"which meetings does Wendy Sherman attend in Geneva?", Form::MeetingsAttendedBy,
            {{"x", "Wendy Sherman"}, {"place", "Geneva"}}},
           {"what summits will Joe Biden take part in", Form::MeetingsAttendedBy, {{"x", "Joe Biden"}}},
           {"list the meetings Sherman attended", Form::MeetingsAttendedBy, {{"x", "Sherman"}}},
           {"where and when is the OSCE meeting held", Form::MeetingPlaceDate, {{"meeting", "OSCE meeting"}}},
           {"where was the G7 summit in Hiroshima held?", Form::MeetingPlaceDate, {{"meeting", "G7 summit in Hiroshima"}}},
           {"when will the Normandy format meeting be held", Form::MeetingPlaceDate,
            {{"meeting", "Normandy format meeting"}}},
           {"when and where did the Geneva talks take place", Form::MeetingPlaceDate, {{"meeting", "Geneva talks"}}},
           {"where is MC13", Form::MeetingPlaceDate, {{"meeting", "MC13"}}},
           {"which meetings were held in Geneva", Form::MeetingsHeldIn, {{"place", "Geneva"}}},
           {"which meetings were held in Geneva in January 2022?", Form::MeetingsHeldIn,
            {{"place", "Geneva"}, {"date", "January 2022"}}},
           {"what summits took place in New Delhi in 2023", Form::MeetingsHeldIn, {{"place", "New Delhi"}, {"date", "2023"}}},
           {"list the meetings held in Vienna on 13 January 2022", Form::MeetingsHeldIn,
            {{"place", "Vienna"}, {"date", "13 January 2022"}}},
           {"who attended the NATO-Russia Council meeting", Form::Attendees, {{"meeting", "NATO-Russia Council meeting"}}},
           {"who took part in the Geneva talks?", Form::Attendees, {{"meeting", "Geneva talks"}}},
           // ("meeting" ends a person in "who is Lavrov meeting": not after "who will attend")
           {"who will attend the interior ministers' meeting in Ljubljana", Form::Attendees,
            {{"meeting", "interior ministers' meeting in Ljubljana"}}},
           {"which people will attend the next summit", Form::Attendees, {{"meeting", "summit"}}},
           {"which states or organizations attended the OSCE meeting", Form::AttendingParties, {{"meeting", "OSCE meeting"}}},
           {"which countries participated in the 2014 Normandy leaders meeting", Form::AttendingParties,
            {{"meeting", "2014 Normandy leaders meeting"}}},
       })
    check(c);
}

TEST_CASE("ask grammar: tense and 'next' are recorded, not separate forms", "[ask]") {
  auto q = parse_question("where will the next trilateral meeting be held");
  CHECK(q.form == Form::MeetingPlaceDate);
  CHECK(q.edition == fg::query::ask::Edition::Next);
  CHECK(q.tense == Tense::Future);
  CHECK(q.slot("meeting") == "trilateral meeting");
  CHECK(q.ask_where);
  CHECK_FALSE(q.ask_when);
  CHECK(parse_question("who represented Russia at which forum").tense == Tense::Past);
  CHECK(parse_question("who represents Russia at which forum").tense == Tense::Present);
  auto both = parse_question("when and where is the OSCE meeting held");
  CHECK(both.ask_where);
  CHECK(both.ask_when);
  CHECK(both.when_first);
}

TEST_CASE("ask grammar: editions of a series: next, previous, last, the next round of", "[ask]") {
  using fg::query::ask::Edition;
  auto prev = parse_question("where and when was the previous Lakeside summit held");
  CHECK(prev.form == Form::MeetingPlaceDate);
  CHECK(prev.edition == Edition::Previous);
  CHECK(prev.slot("meeting") == "Lakeside summit");
  CHECK(prev.tense == Tense::Past);
  auto last = parse_question("where was the last Lakeside summit held?");
  CHECK(last.edition == Edition::Last);
  CHECK(last.slot("meeting") == "Lakeside summit");
  CHECK(parse_question("when was the most recent Lakeside summit").edition == Edition::Last);
  CHECK(parse_question("where is the latest Lakeside summit held").edition == Edition::Last);
  auto round = parse_question("where and when will the next round of Lakeside trade talks be held");
  CHECK(round.form == Form::MeetingPlaceDate);
  CHECK(round.edition == Edition::Next);
  CHECK(round.slot("meeting") == "Lakeside trade talks");
  auto edition = parse_question("when is the next edition of the Birchwood forum held");
  CHECK(edition.edition == Edition::Next);
  CHECK(edition.slot("meeting") == "Birchwood forum");
  CHECK(parse_question("where is the upcoming Lakeside summit").edition == Edition::Next);
  CHECK(parse_question("where is the Lakeside summit held").edition == Edition::Named);
  auto at = parse_question("who did Anna Berg meet at the last Lakeside summit");
  CHECK(at.form == Form::WhomMet);
  CHECK(at.edition == Edition::Last);
  CHECK(at.slot("meeting") == "Lakeside summit");
}

TEST_CASE("ask grammar: where and when two people meet, hold talks, receive or visit", "[ask]") {
  for (const auto& c : std::vector<Case>{
           {"where and when did Anna Berg and Tomas Lind hold talks", Form::WhereMet, {{"a", "Anna Berg and Tomas Lind"}}},
           {"where did Berg and Lind hold a bilateral meeting?", Form::WhereMet, {{"a", "Berg and Lind"}}},
           {"when did Berg and Lind have talks", Form::WhereMet, {{"a", "Berg and Lind"}}},
           {"where did Berg and Lind talk", Form::WhereMet, {{"a", "Berg and Lind"}}},
           {"where did Berg and Lind meet with each other", Form::WhereMet, {{"a", "Berg and Lind"}}},
           {"when will Berg and Lind meet", Form::WhereMet, {{"a", "Berg and Lind"}}},
           {"where did Anna Berg hold talks with Tomas Lind", Form::WhereMet, {{"a", "Anna Berg"}, {"b", "Tomas Lind"}}},
           {"where did Berg talk to Lind", Form::WhereMet, {{"a", "Berg"}, {"b", "Lind"}}},
           {"where and when will Anna Berg receive Tomas Lind", Form::WhereMet, {{"a", "Anna Berg"}, {"b", "Tomas Lind"}}},
           {"where did Berg host Lind", Form::WhereMet, {{"a", "Berg"}, {"b", "Lind"}}},
           {"when will Berg visit Ravensholm", Form::WhereMet, {{"a", "Berg"}, {"b", "Ravensholm"}}},
           {"where will Lind be received by Berg", Form::WhereMet, {{"a", "Lind"}, {"b", "Berg"}}},
           {"where and when was Lind received by Berg?", Form::WhereMet, {{"a", "Lind"}, {"b", "Berg"}}},
           {"when has Lind been visited by Berg", Form::WhereMet, {{"a", "Lind"}, {"b", "Berg"}}},
           {"where did Berg see Lind", Form::WhereMet, {{"a", "Berg"}, {"b", "Lind"}}},
           {"where and when will Berg meet Lind next", Form::WhereMet, {{"a", "Berg"}, {"b", "Lind"}}},
           {"when will Berg and Lind meet again?", Form::WhereMet, {{"a", "Berg and Lind"}}},
       })
    check(c);
  CHECK(parse_question("where and when will Anna Berg receive Tomas Lind").tense == Tense::Future);
  CHECK(parse_question("where and when did Berg and Lind hold talks").tense == Tense::Past);
  auto when = parse_question("when did Berg receive Lind");
  CHECK(when.ask_when);
  CHECK_FALSE(when.ask_where);
  // a meeting held: still the place-and-date form
  CHECK(parse_question("where will the Berg–Lind talks be held").form == Form::MeetingPlaceDate);
  CHECK(parse_question("where will be the next Lakeside summit").form == Form::MeetingPlaceDate);
  CHECK(parse_question("where was the Lakeside summit hosted").form == Form::MeetingPlaceDate);
  CHECK(parse_question("where is the OSCE meeting").form == Form::MeetingPlaceDate);
}

TEST_CASE("ask grammar: meeting people, roles, organizations", "[ask]") {
  for (const auto& c : std::vector<Case>{
           {"where did Wendy Sherman meet Sergei Riabkov", Form::WhereMet, {{"a", "Wendy Sherman"}, {"b", "Sergei Riabkov"}}},
           {"where and when did Sherman meet with Riabkov?", Form::WhereMet, {{"a", "Sherman"}, {"b", "Riabkov"}}},
           {"where and when did Biden and Xi meet", Form::WhereMet, {{"a", "Biden and Xi"}}},
           {"whom did Wendy Sherman meet with", Form::WhomMet, {{"x", "Wendy Sherman"}}},
           {"who did Valdis Dombrovskis meet", Form::WhomMet, {{"x", "Valdis Dombrovskis"}}},
           {"who did Sherman meet at the Geneva talks", Form::WhomMet, {{"x", "Sherman"}, {"meeting", "Geneva talks"}}},
           {"who met with Riabkov", Form::WhomMet, {{"x", "Riabkov"}}},
           {"who did Anna Berg hold talks with", Form::WhomMet, {{"x", "Anna Berg"}}},
           {"whom will Berg receive at the next Lakeside summit", Form::WhomMet,
            {{"x", "Berg"}, {"meeting", "Lakeside summit"}}},
           {"who did Berg talk to", Form::WhomMet, {{"x", "Berg"}}},
           {"who did Anna Berg meet in Birchwood", Form::WhomMet, {{"x", "Anna Berg"}, {"meeting", "Birchwood"}}},
           {"who met whom", Form::WhoMetWhom, {}},
           {"who met whom on the sidelines of the Lakeside summit", Form::WhoMetWhom, {{"meeting", "Lakeside summit"}}},
           {"who met whom bilaterally in Port Elm?", Form::WhoMetWhom, {{"meeting", "Port Elm"}}},
           {"who will meet whom during the next Lakeside summit", Form::WhoMetWhom, {{"meeting", "Lakeside summit"}}},
           {"what is Alexander Grushko's role?", Form::RoleOf, {{"x", "Alexander Grushko"}}},
           {"what was the title of Wendy Sherman", Form::RoleOf, {{"x", "Wendy Sherman"}}},
           {"what position does Jen Psaki hold", Form::RoleOf, {{"x", "Jen Psaki"}}},
           {"who is the foreign minister of Russia", Form::RoleHolder, {{"title_of", "foreign minister of Russia"}}},
           {"who is President of the Lakeside Council", Form::RoleHolder, {{"title_of", "President of the Lakeside Council"}}},
           {"who is Anna Berg", Form::About, {{"x", "Anna Berg"}}},
           {"who was Russia's deputy foreign minister", Form::RoleHolder, {{"x", "Russia"}, {"title", "deputy foreign minister"}}},
           {"who holds the African Union chairmanship", Form::RoleHolder, {{"title_of", "African Union chairmanship"}}},
           {"who works for the OSCE", Form::WorksFor, {{"x", "OSCE"}}},
           {"who worked at the White House?", Form::WorksFor, {{"x", "White House"}}},
           {"which states are members of the Normandy format", Form::MembersOf, {{"group", "Normandy format"}}},
           {"which states are parties to the JCPOA", Form::MembersOf, {{"group", "JCPOA"}}},
           {"which states are OSCE participating states", Form::MembersOf, {{"group", "OSCE"}}},
           {"which countries belong to NATO", Form::MembersOf, {{"group", "NATO"}}},
           {"who are the members of the G7", Form::MembersOf, {{"group", "G7"}}},
           {"list the members of the Normandy format", Form::MembersOf, {{"group", "Normandy format"}}},
           {"which states form the Lakeside troika", Form::MembersOf, {{"group", "Lakeside troika"}}},
           {"which countries make up the Lakeside Process?", Form::MembersOf, {{"group", "Lakeside Process"}}},
           {"what nations constitute the Lakeside troika", Form::MembersOf, {{"group", "Lakeside troika"}}},
           {"who forms the Lakeside troika", Form::MembersOf, {{"group", "Lakeside troika"}}},
           {"list the states that make up the Lakeside troika", Form::MembersOf, {{"group", "Lakeside troika"}}},
           {"which states take part in the Lakeside Process", Form::AttendingParties, {{"meeting", "Lakeside Process"}}},
           {"is Germany a member of the Normandy format?", Form::IsMember, {{"x", "Germany"}, {"group", "Normandy format"}}},
           {"was france part of the normandy group", Form::IsMember, {{"x", "france"}, {"group", "normandy group"}}},
           {"does Ukraine belong to NATO", Form::IsMember, {{"x", "Ukraine"}, {"group", "NATO"}}},
           {"what is France a member of", Form::MemberOfWhat, {{"x", "France"}}},
           {"which organizations does Russia belong to", Form::MemberOfWhat, {{"x", "Russia"}}},
           {"what do we know about Alexander Grouchko", Form::About, {{"x", "Alexander Grouchko"}}},
           {"tell me about the OSCE", Form::About, {{"x", "the OSCE"}}},
       })
    check(c);
}

TEST_CASE("ask grammar: how many is the count of a list form", "[ask]") {
  auto q = parse_question("how many states are members of the Normandy format?");
  CHECK(q.form == Form::MembersOf);
  CHECK(q.count);
  CHECK(q.slot("group") == "Normandy format");
  auto m = parse_question("how many meetings did Sherman attend");
  CHECK(m.form == Form::MeetingsAttendedBy);
  CHECK(m.count);
  auto h = parse_question("how many members does NATO have");
  CHECK(h.form == Form::MembersOf);
  CHECK(h.count);
  CHECK(h.slot("group") == "NATO");
  CHECK_FALSE(parse_question("which states are members of NATO").count);
}

TEST_CASE("ask grammar: questions outside the grammar are refused with the closest forms", "[ask]") {
  for (const char* text : {"why did Russia invade", "delete all nodes", "MATCH (n) RETURN n", "", "   ?",
                           "who", "how are you", "represents Russia at which forum", "which of these is best"}) {
    INFO(text);
    try {
      parse_question(text);
      FAIL("parsed");
    } catch (const ParseFailure& e) {
      CHECK(std::string(e.what()) == "I can't parse that question");
      CHECK(e.closest.size() == 3);
    }
  }
  try {
    parse_question("which summits did Biden go");
    FAIL("parsed");
  } catch (const ParseFailure& e) {
    CHECK(e.closest.front().rfind("which", 0) == 0);
  }
}

TEST_CASE("ask grammar: members of a delegation; who met whom during a meeting", "[ask]") {
  for (const auto& c : std::vector<Case>{
           {"who was in the Ruritanian delegation representing Ruritania at the talks in Port Elm", Form::RepresentsAt,
            {{"delegation", "Ruritanian"}, {"x", "Ruritania"}, {"forum", "talks in Port Elm"}}},
           {"who is in the Spanish delegation?", Form::Represents, {{"delegation", "Spanish"}}},
           {"who were on the Spanish delegation at the Lakeside summit", Form::RepresentsAt,
            {{"delegation", "Spanish"}, {"forum", "Lakeside summit"}}},
           {"who was part of the delegation of Ruritania", Form::Represents, {{"x", "Ruritania"}}},
           {"who are the members of the delegation from Ruritania to the Lakeside summit", Form::RepresentsAt,
            {{"x", "Ruritania"}, {"forum", "Lakeside summit"}}},
           {"who was a member of the Northern Seas Council delegation", Form::Represents,
            {{"delegation", "Northern Seas Council"}}},
       })
    check(c);
  // not a delegation: the members of an organization, a person
  CHECK(parse_question("who are the members of the Lakeside Process").form == Form::MembersOf);
  CHECK(parse_question("who was in the Lakeside delegation").form == Form::Represents);
  CHECK(parse_question("who was in the delegation").form == Form::About);  // no party named

  auto during = parse_question("who met whom during the state visit");
  CHECK(during.form == Form::WhoMetWhom);
  CHECK(during.during);
  CHECK(during.slot("meeting") == "state visit");
  CHECK_FALSE(parse_question("who met whom at the state visit").during);
  CHECK_FALSE(parse_question("who met whom on the sidelines of the state visit").during);
}

TEST_CASE("ask grammar: every example of the help parses", "[ask]") {
  for (const auto& e : fg::query::ask::example_questions()) {
    INFO(e);
    CHECK_NOTHROW(parse_question(e));
  }
}

TEST_CASE("ask grammar: normalization", "[ask]") {
  using fg::query::ask::normalize_question;
  CHECK(normalize_question("  who  represents\tRussia ?? ") == "who represents Russia");
  CHECK(normalize_question("what is Grushko’s role?") == "what is Grushko 's role");
  CHECK(normalize_question("the ministers' meeting") == "the ministers' meeting");
}

TEST_CASE("ask: which REPL lines are questions", "[ask]") {
  using fg::query::ask::is_question_start;
  for (const char* yes : {"who represents Russia", "Which states", "  where is it", "how many", "list the members",
                          "is France a member of NATO", "are there", "whom did", "when", "what's up"})
    CHECK(is_question_start(yes));
  for (const char* no : {"MATCH (n) RETURN n", "RETURN 1", ":ask who", "whoever", "listing", "", "isolate"})
    CHECK_FALSE(is_question_start(no));
}
