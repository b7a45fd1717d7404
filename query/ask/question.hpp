#pragma once
// A question in controlled English, parsed (without looking at any graph) into one of the known
// question forms and the raw phrases of its slots. question_grammar.hpp holds the grammar;
// cypher_template.hpp turns a parsed question into Cypher once its names are resolved.
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace fg::query::ask {

// One form per meaning; tense, articles, "with", case and a trailing "?" are variations of a form.
enum class Form {
  RepresentsWhichForum,  // who represents X at which forum
  RepresentsAt,          // who represents X at F / who is X's envoy to F
  RepresentsWhichParty,  // who represents which state|party|organization [at F]
  Represents,            // who represents X
  MeetingsAttendedBy,    // which meetings did X attend [in PLACE]
  WhereMet,              // where [and when] did A meet [with] B / did A and B hold talks / will A receive B
  WhomMet,               // whom did P meet [with] [at M] / who met P
  WhoMetWhom,            // who met whom [at M / on the sidelines of M / in PLACE]
  RoleOf,                // what is P's role
  RoleHolder,            // who is the foreign minister of X / X's T / who holds the X T
  WorksFor,              // who works for O
  MembersOf,             // which states are members of O / form O
  IsMember,              // is X a member of O
  MemberOfWhat,          // what is X a member of
  MeetingPlaceDate,      // where / when / where and when is M held
  MeetingsHeldIn,        // which meetings were held in PLACE [in January 2022]
  Attendees,             // who attended M
  AttendingParties,      // which states or organizations attended M
  About,                 // what do we know about X
};
std::string_view form_name(Form f);

enum class Tense { Present, Past, Future };

// Which meeting of a recurring series a phrase asks for: the one it names, the next (earliest
// planned), the previous (the held one before the latest held) or the last (latest held) one.
enum class Edition { Named, Next, Previous, Last };

// Which nodes a plural noun ("states", "parties", "organizations") asks for.
enum class Kind { Any, Person, State, Organization, StateOrOrganization, Meeting };

struct ParsedQuestion {
  Form form = Form::About;
  Tense tense = Tense::Present;
  bool count = false;          // "how many ..."
  Kind kind = Kind::Any;       // the asked-for kind of the plural noun, when the form has one
  bool ask_where = false;      // MeetingPlaceDate, WhereMet: which of place and date are asked,
  bool ask_when = false;       //   in the question's order (when_first: "when and where")
  bool when_first = false;
  Edition edition = Edition::Named;  // "the next / previous / last M": one edition of a series
  // Raw phrases by slot: x (an entity), forum, meeting, place, date, a, b, title, title_of
  // (an unsplit "T of X" or "X T"), person, group.
  std::map<std::string, std::string, std::less<>> slots;
  std::string slot(std::string_view name) const {
    auto it = slots.find(name);
    return it == slots.end() ? std::string() : it->second;
  }
};

// Thrown when a question is outside the grammar; what() is "I can't parse that question" and
// `closest` lists example phrasings of the nearest known forms.
struct ParseFailure : std::exception {
  std::vector<std::string> closest;
  const char* what() const noexcept override { return "I can't parse that question"; }
};

// The question as the grammar sees it: typographic quotes made plain, spaces collapsed, the
// possessive "'s" split off as its own word, trailing "?", "!" and "." dropped.
std::string normalize_question(std::string_view question);

// Parses a question; throws ParseFailure when no form matches.
ParsedQuestion parse_question(std::string_view question);

// Example phrasings of every form, one per line of the help; the closest ones follow a refusal.
const std::vector<std::string>& example_questions();
std::vector<std::string> closest_examples(std::string_view question, std::size_t n = 3);

}  // namespace fg::query::ask
