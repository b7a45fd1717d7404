// Runs the question grammar and collects the form and its slots.
#include <algorithm>
#include <cctype>
#include <set>

#include "query/ask/question.hpp"
#include "query/ask/question_grammar.hpp"

namespace fg::query::ask {

namespace g = grammar;
namespace pg = tao::pegtl;

std::string_view form_name(Form f) {
  switch (f) {
    case Form::RepresentsWhichForum: return "represents-which-forum";
    case Form::RepresentsAt: return "represents-at";
    case Form::RepresentsWhichParty: return "represents-which-party";
    case Form::Represents: return "represents";
    case Form::MeetingsAttendedBy: return "meetings-attended-by";
    case Form::WhereMet: return "where-met";
    case Form::WhomMet: return "whom-met";
    case Form::WhoMetWhom: return "who-met-whom";
    case Form::RoleOf: return "role-of";
    case Form::RoleHolder: return "role-holder";
    case Form::WorksFor: return "works-for";
    case Form::MembersOf: return "members-of";
    case Form::IsMember: return "is-member";
    case Form::MemberOfWhat: return "member-of-what";
    case Form::MeetingPlaceDate: return "meeting-place-date";
    case Form::MeetingsHeldIn: return "meetings-held-in";
    case Form::Attendees: return "attendees";
    case Form::AttendingParties: return "attending-parties";
    case Form::About: return "about";
  }
  return "?";
}

namespace {


// The possessive was split off for the grammar; names get it back ("People 's" -> "People's").
std::string slot_text(std::string s) {
  for (std::size_t at; (at = s.find(" 's")) != std::string::npos;) s.erase(at, 1);
  return s;
}

struct Builder {
  ParsedQuestion q;
  void set(const char* slot, std::string text) { q.slots[slot] = slot_text(std::move(text)); }
};

template <class Rule> struct action : pg::nothing<Rule> {};

template <> struct action<g::begin> {
  static void apply0(Builder& b) { b.q = ParsedQuestion{}; }
};
// Each form rule's success sets the form.
#define FG_ASK_FORM(rule, value) \
  template <> struct action<g::rule> { static void apply0(Builder& b) { b.q.form = Form::value; } }
FG_ASK_FORM(q_represents_which_forum, RepresentsWhichForum);
FG_ASK_FORM(q_represents_at, RepresentsAt);
FG_ASK_FORM(q_represents_which_party, RepresentsWhichParty);
FG_ASK_FORM(q_represents, Represents);
FG_ASK_FORM(q_meetings_attended_by, MeetingsAttendedBy);
FG_ASK_FORM(q_where_met, WhereMet);
FG_ASK_FORM(q_where_received, WhereMet);
FG_ASK_FORM(q_whom_met, WhomMet);
FG_ASK_FORM(q_who_met_whom, WhoMetWhom);
FG_ASK_FORM(q_role_of, RoleOf);
FG_ASK_FORM(q_role_holder, RoleHolder);
FG_ASK_FORM(q_works_for, WorksFor);
FG_ASK_FORM(q_members_of, MembersOf);
FG_ASK_FORM(q_is_member, IsMember);
FG_ASK_FORM(q_member_of_what, MemberOfWhat);
FG_ASK_FORM(q_meeting_place_date, MeetingPlaceDate);
FG_ASK_FORM(q_meetings_held_in, MeetingsHeldIn);
FG_ASK_FORM(q_attendees, Attendees);
FG_ASK_FORM(q_attending_parties, AttendingParties);
FG_ASK_FORM(q_about, About);
#undef FG_ASK_FORM
template <> struct action<g::t_future> {
  static void apply0(Builder& b) { b.q.tense = Tense::Future; }
};
template <> struct action<g::t_past> {
  static void apply0(Builder& b) { b.q.tense = Tense::Past; }
};
template <class Word> struct action<g::past<Word>> {
  static void apply0(Builder& b) { b.q.tense = Tense::Past; }
};
template <> struct action<g::t_present> {
  static void apply0(Builder& b) { b.q.tense = Tense::Present; }
};
template <> struct action<g::how_many> {
  static void apply0(Builder& b) { b.q.count = true; }
};
template <> struct action<g::next_marker> {
  static void apply0(Builder& b) { b.q.edition = Edition::Next; }
};
template <> struct action<g::previous_marker> {
  static void apply0(Builder& b) { b.q.edition = Edition::Previous; }
};
template <> struct action<g::latest_marker> {
  static void apply0(Builder& b) { b.q.edition = Edition::Last; }
};
template <> struct action<g::n_states> {
  static void apply0(Builder& b) { b.q.kind = Kind::State; }
};
template <> struct action<g::n_orgs> {
  static void apply0(Builder& b) { b.q.kind = Kind::Organization; }
};
template <> struct action<g::n_states_or_orgs> {
  static void apply0(Builder& b) { b.q.kind = Kind::StateOrOrganization; }
};
template <> struct action<g::n_people> {
  static void apply0(Builder& b) { b.q.kind = Kind::Person; }
};
template <> struct action<g::n_meetings> {
  static void apply0(Builder& b) { b.q.kind = Kind::Meeting; }
};
template <> struct action<g::ask_where_when> {
  template <class Input>
  static void apply(const Input& in, Builder& b) {
    std::string s = in.string();
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
    auto where = s.find("where"), when = s.find("when");
    b.q.ask_where = where != std::string::npos;
    b.q.ask_when = when != std::string::npos;
    b.q.when_first = b.q.ask_where && b.q.ask_when && when < where;
  }
};
template <> struct action<g::date_text> {
  template <class Input>
  static void apply(const Input& in, Builder& b) { b.q.slots["date"] = in.string(); }
};

#define FG_ASK_SLOT(rule, name)                                                       \
  template <class Stop> struct action<g::rule<Stop>> {                                \
    template <class Input>                                                            \
    static void apply(const Input& in, Builder& b) { b.set(name, in.string()); }      \
  }
FG_ASK_SLOT(x_slot, "x");
FG_ASK_SLOT(a_slot, "a");
FG_ASK_SLOT(forum_slot, "forum");
FG_ASK_SLOT(meeting_slot, "meeting");
FG_ASK_SLOT(place_slot, "place");
FG_ASK_SLOT(title_slot, "title");
FG_ASK_SLOT(title_of_slot, "title_of");
FG_ASK_SLOT(group_slot, "group");
#undef FG_ASK_SLOT
template <> struct action<g::b_slot> {
  template <class Input>
  static void apply(const Input& in, Builder& b) { b.set("b", in.string()); }
};

std::vector<std::string> words_of(std::string_view s) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s) {
    if (std::isalnum(static_cast<unsigned char>(c)) || c == '\'' || (c & 0x80)) {
      cur += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    } else if (!cur.empty()) {
      out.push_back(std::move(cur));
      cur.clear();
    }
  }
  if (!cur.empty()) out.push_back(std::move(cur));
  return out;
}

}  // namespace

std::string normalize_question(std::string_view question) {
  std::string s;
  s.reserve(question.size());
  for (std::size_t i = 0; i < question.size(); ++i) {
    // U+2018/U+2019 (quotes) -> ', U+201C/U+201D -> "
    if (i + 2 < question.size() && static_cast<unsigned char>(question[i]) == 0xE2 &&
        static_cast<unsigned char>(question[i + 1]) == 0x80) {
      auto c = static_cast<unsigned char>(question[i + 2]);
      if (c == 0x98 || c == 0x99) { s += '\''; i += 2; continue; }
      if (c == 0x9C || c == 0x9D) { s += '"'; i += 2; continue; }
    }
    char c = question[i];
    s += (c == '\t' || c == '\n' || c == '\r') ? ' ' : c;
  }
  std::string out;
  for (char c : s) {
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    out += c;
  }
  while (!out.empty() && (out.back() == ' ' || out.back() == '?' || out.back() == '!' || out.back() == '.'))
    out.pop_back();
  // "Russia's envoy" -> "Russia 's envoy": the possessive is a word of the grammar.
  std::string split;
  for (std::size_t i = 0; i < out.size(); ++i) {
    if (out[i] == '\'' && i > 0 && out[i - 1] != ' ' && i + 1 < out.size() && (out[i + 1] == 's' || out[i + 1] == 'S') &&
        (i + 2 == out.size() || out[i + 2] == ' ')) {
      split += " '";
      continue;
    }
    split += out[i];
  }
  return split;
}

ParsedQuestion parse_question(std::string_view question) {
  auto text = normalize_question(question);
  Builder b;
  bool ok = false;
  if (!text.empty()) {
    pg::memory_input in(text, "question");
    ok = pg::parse<g::question, action>(in, b);
  }
  if (!ok) {
    ParseFailure failure;
    failure.closest = closest_examples(question);
    throw failure;
  }
  return b.q;
}

const std::vector<std::string>& example_questions() {
  static const std::vector<std::string> examples = {
      "who represents Russia at which forum",
      "who represents the United States at the Geneva talks",
      "who represents which state at the NATO-Russia Council meeting",
      "who is Russia's envoy to NATO",
      "who represents France",
      "which meetings did Wendy Sherman attend",
      "which forums did Sergei Riabkov attend in Geneva",
      "where and when did Wendy Sherman meet Sergei Riabkov",
      "whom did Wendy Sherman meet with",
      "who did Wendy Sherman meet at the Geneva talks",
      "who met whom on the sidelines of the NATO-Russia Council meeting",
      "what is Alexander Grushko's role",
      "who is the deputy foreign minister of Russia",
      "who works for the OSCE",
      "which states are members of the Normandy format",
      "how many states are members of NATO",
      "is Germany a member of the Normandy format",
      "what is France a member of",
      "where and when is the OSCE meeting held",
      "when was the Geneva talks held",
      "where will the next Normandy format meeting be held",
      "where and when was the previous Normandy format meeting held",
      "where will the next round of the Geneva talks be held",
      "where and when did Wendy Sherman and Sergei Riabkov hold talks",
      "when will Wendy Sherman receive Sergei Riabkov",
      "which meetings were held in Geneva in January 2022",
      "who attended the NATO-Russia Council meeting",
      "which states or organizations attended the NATO-Russia Council meeting",
      "list the people representing Ukraine",
      "list the members of the Normandy format",
      "which states form the Normandy format",
      "which states take part in the Normandy format",
      "what do we know about Alexander Grushko",
  };
  return examples;
}

std::vector<std::string> closest_examples(std::string_view question, std::size_t n) {
  // Similarity: shared words (the grammar's keywords weigh as much as names) over all words,
  // plus a bonus for the same first word ("who ...", "which ...").
  auto q = words_of(question);
  std::set<std::string> qs(q.begin(), q.end());
  std::vector<std::pair<double, std::size_t>> scored;
  const auto& ex = example_questions();
  for (std::size_t i = 0; i < ex.size(); ++i) {
    auto e = words_of(ex[i]);
    std::set<std::string> es(e.begin(), e.end());
    std::size_t common = 0;
    for (const auto& w : qs) common += es.count(w);
    std::size_t all = qs.size() + es.size() - common;
    double score = all == 0 ? 0.0 : static_cast<double>(common) / static_cast<double>(all);
    if (!q.empty() && !e.empty() && q.front() == e.front()) score += 0.25;
    scored.emplace_back(-score, i);
  }
  std::stable_sort(scored.begin(), scored.end());
  std::vector<std::string> out;
  for (std::size_t i = 0; i < scored.size() && out.size() < n; ++i) out.push_back(ex[scored[i].second]);
  return out;
}

}  // namespace fg::query::ask
