#include "query/ask/cypher_template.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <set>

#include "graph/names.hpp"

namespace fg::query::ask {

namespace {

const std::vector<std::string> kParty = {"State", "Organization"};
const std::vector<std::string> kActor = {"Person", "State", "Organization"};
const std::vector<std::string> kAnything = {"Person", "State", "Organization", "Meeting", "Place"};

std::string describe(const std::vector<std::string>& labels) {
  std::string out;
  for (std::size_t i = 0; i < labels.size(); ++i) {
    std::string l = labels[i];
    for (auto& c : l) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    out += (i == 0 ? "" : i + 1 == labels.size() ? " or " : ", ") + l;
  }
  return out;
}

// Builds one query: MATCH/WHERE lines, the answer columns, the variables whose provenance backs
// a row, and the ORDER BY.
class Builder {
 public:
  Builder(const NameResolver& names, CypherPlan& plan) : names_(names), plan_(plan) {}

  // Resolves a phrase and returns the node pattern for it; adds a WHERE condition when it names
  // several nodes. Throws AskError when it names none.
  std::string node(const std::string& var, const std::string& phrase, const std::vector<std::string>& labels,
                   bool all_matches = false) {
    auto r = names_.resolve(phrase, labels, all_matches);
    if (r.empty()) {
      std::string msg = "I don't know \"" + phrase + "\" (a " + describe(labels) + ") in this graph";
      auto similar = names_.similar_names(phrase, labels);
      if (!similar.empty()) {
        msg += "; did you mean ";
        for (std::size_t i = 0; i < similar.size(); ++i) msg += (i ? ", " : "") + ("\"" + similar[i] + "\"");
        msg += "?";
      }
      throw AskError(msg);
    }
    note(phrase, r.names);
    return pattern(var, r);
  }

  std::string pattern(const std::string& var, const Resolved& r) {
    if (r.names.size() == 1) {
      plan_.params[var] = Value(r.names.front());
      return "(" + var + ":" + r.label + " {name: $" + var + "})";
    }
    List list;
    for (const auto& n : r.names) list.emplace_back(n);
    plan_.params[var] = Value(std::move(list));
    next_where_.push_back(var + ".name IN $" + var);
    return "(" + var + ":" + r.label + ")";
  }

  void note(const std::string& phrase, const std::vector<std::string>& names) {
    if (names.size() == 1 && graph::normalize_name(names.front()) == graph::normalize_name(phrase)) return;
    std::string n;
    for (std::size_t i = 0; i < names.size(); ++i) n += (i ? ", " : "") + names[i];
    plan_.notes.push_back("\"" + phrase + "\" read as " + n);
  }

  void forum(const std::string& var, const std::string& phrase) {
    auto values = names_.forum_values(phrase);
    if (values.empty()) {
      std::string msg = "I don't know a forum called \"" + phrase + "\" in this graph";
      auto similar = names_.similar_names(phrase, {"Meeting", "Organization"});
      if (!similar.empty()) {
        msg += "; did you mean ";
        for (std::size_t i = 0; i < similar.size(); ++i) msg += (i ? ", " : "") + ("\"" + similar[i] + "\"");
        msg += "?";
      }
      throw AskError(msg);
    }
    note(phrase, values);
    List list;
    for (const auto& v : values) list.emplace_back(v);
    plan_.params["forum"] = Value(std::move(list));
    where(var + ".forum IN $forum");
  }

  // The meeting a phrase names, as the pattern `(m...)` for the caller's MATCH; for "the next /
  // previous / last M" the edition is first chosen among the series M names (clauses ending in
  // `WITH m`), and the pattern is `(m)`.
  std::string meeting(const std::string& phrase, Edition edition) {
    if (edition == Edition::Named) return node("m", phrase, {"Meeting"});
    static const char* markers[] = {"", "next", "previous", "last"};
    std::string marker = markers[static_cast<int>(edition)];
    // "the next OAS General Assembly" may be a meeting's name ("next OAS General Assembly in
    // Washington"), when a name of it says so; otherwise an edition of the series.
    auto named = names_.resolve(marker + " " + phrase, {"Meeting"});
    bool says_so = !named.empty();
    for (auto n : named.nodes) {
      bool has = false;
      for (const auto& name : names_.names_of(n)) {
        auto words = content_words(name);
        has = has || std::find(words.begin(), words.end(), marker) != words.end();
      }
      says_so = says_so && has;
    }
    if (says_so) {
      note(marker + " " + phrase, named.names);
      return pattern("m", named);
    }
    auto r = names_.series(phrase);
    if (r.empty()) node("m", phrase, {"Meeting"});  // throws with the "did you mean" list
    if (r.names.size() > 5) {
      std::string some;
      for (std::size_t i = 0; i < 5; ++i) some += r.names[i] + ", ";
      plan_.notes.push_back("\"" + phrase + "\" read as a series of " + std::to_string(r.names.size()) +
                            " meetings: " + some + "...");
    } else {
      note(phrase, r.names);
    }
    match(pattern("m", r));
    if (edition == Edition::Next) {
      where("m.status = 'planned'");
      with("m ORDER BY m.date LIMIT 1");
    } else {
      where("coalesce(m.status, 'held') <> 'planned'");
      where("m.date IS NOT NULL");
      // Meetings on the same day are one edition (a summit and its side events).
      with("m ORDER BY m.date DESC");
      with("collect(m) AS editions");
      if (edition == Edition::Last) {
        with("editions[0].date AS edition_date, editions");
      } else {
        // The edition dated before the latest one (dates may be partial: "2024-05" is not
        // before "2024-05-27"); the latest when there is no earlier one.
        with("coalesce(head([e IN editions WHERE e.date < left(editions[0].date, size(e.date))]), editions[0]).date AS "
             "edition_date, editions");
      }
      clause("UNWIND [e IN editions WHERE e.date = edition_date] AS m");
    }
    return "(m)";
  }

  // Conditions a node pattern needs (next_where_) go into the WHERE of the clause it is used in.
  void match(std::string text) { clause("MATCH " + std::move(text)); }
  void optional_match(std::string text) { clause("OPTIONAL MATCH " + std::move(text)); }
  void with(std::string text) { clause("WITH " + std::move(text)); }
  void where(std::string cond) { where_.push_back(std::move(cond)); }
  void column(std::string expr, std::string name) { columns_.emplace_back(std::move(expr), std::move(name)); }
  void provenance(std::string var) { prov_.push_back(std::move(var)); }

  void finish(bool count) {
    flush_where();
    std::string text;
    for (const auto& l : lines_) text += l + "\n";
    text += "RETURN ";
    if (count) {
      text += "count(DISTINCT " + columns_.front().first + ") AS count";
      plan_.columns = {"count"};
    } else {
      for (std::size_t i = 0; i < columns_.size(); ++i) {
        text += (i ? ", " : "") + columns_[i].first + " AS " + columns_[i].second;
        plan_.columns.push_back(columns_[i].second);
      }
    }
    for (const auto* key : {"sources", "sentences", "evidences"}) {
      text += ",\n       ";
      for (std::size_t i = 0; i < prov_.size(); ++i) text += (i ? " + " : "") + ("collect(" + prov_[i] + "." + key + ")");
      text += std::string(" AS _") + key;
    }
    if (!count) {
      text += "\nORDER BY ";
      for (std::size_t i = 0; i < columns_.size(); ++i) text += (i ? ", " : "") + columns_[i].second;
    }
    plan_.cypher = text;
  }

 private:
  void clause(std::string line) {
    flush_where();
    lines_.push_back(std::move(line));
    where_ = std::move(next_where_);
    next_where_.clear();
  }
  void flush_where() {
    if (where_.empty()) return;
    std::string w = "WHERE ";
    for (std::size_t i = 0; i < where_.size(); ++i) w += (i ? " AND " : "") + where_[i];
    lines_.push_back(w);
    where_.clear();
  }

  const NameResolver& names_;
  CypherPlan& plan_;
  std::vector<std::string> lines_, where_, next_where_, prov_;
  std::vector<std::pair<std::string, std::string>> columns_;
};

// The label a plural noun asks for, in the node pattern ("" for states-or-organizations, which
// kind_condition() expresses in WHERE).
std::string kind_label(Kind kind) {
  switch (kind) {
    case Kind::State: return ":State";
    case Kind::Organization: return ":Organization";
    case Kind::Person: return ":Person";
    default: return "";
  }
}
std::string kind_condition(const std::string& var) {
  return "('State' IN labels(" + var + ") OR 'Organization' IN labels(" + var + "))";
}
std::string kind_column(Kind kind, const std::string& fallback) {
  switch (kind) {
    case Kind::State: return "state";
    case Kind::Organization: return "organization";
    case Kind::Person: return "who";
    default: return fallback;
  }
}

// The place and date of meeting m. Meetings recur, so "where" also gives the date and "when" the
// place, after the asked one. The venue is a Place, or a State when only the host country is known.
void place_and_date(Builder& b, const ParsedQuestion& q) {
  bool when_first = q.when_first || !q.ask_where;
  b.optional_match("(m)-[r:HELD_IN]->(pl)");
  b.provenance("r");
  if (when_first) b.column("m.date", "date");
  b.column("pl.name", "place");
  if (!when_first) b.column("m.date", "date");
  b.provenance("m");
}

// Does "Biden and Xi" name two persons?
bool names_two_persons(const std::string& text, const NameResolver& names) {
  for (std::size_t at = text.find(" and "); at != std::string::npos; at = text.find(" and ", at + 1))
    if (!names.resolve(text.substr(0, at), {"Person"}).empty() && !names.resolve(text.substr(at + 5), {"Person"}).empty()) return true;
  return false;
}

// Splits "Biden and Xi" where both sides name persons.
std::pair<std::string, std::string> split_pair(const std::string& text, const NameResolver& names) {
  for (std::size_t at = text.find(" and "); at != std::string::npos; at = text.find(" and ", at + 1)) {
    auto a = text.substr(0, at), b = text.substr(at + 5);
    if (!names.resolve(a, {"Person"}).empty() && !names.resolve(b, {"Person"}).empty()) return {a, b};
  }
  auto at = text.find(" and ");
  if (at == std::string::npos) throw AskError("whom did \"" + text + "\" meet? Name two persons: \"where did A meet B\"");
  return {text.substr(0, at), text.substr(at + 5)};
}

// "foreign minister of Russia" -> (Russia, foreign minister); "African Union chairmanship" ->
// (African Union, chairmanship): the split whose holder part names a state or organization.
std::pair<std::string, std::string> split_title(const std::string& text, const NameResolver& names) {
  // "the Secretary-General of the Council of Arab Interior Ministers": the split whose holder is a
  // name of a node as written comes first (a shorter tail may only match loosely)
  for (std::size_t at = text.find(" of "); at != std::string::npos; at = text.find(" of ", at + 1)) {
    auto holder = text.substr(at + 4);
    auto r = names.resolve(holder, kParty);
    auto bare = graph::normalize_name(holder.rfind("the ", 0) == 0 ? holder.substr(4) : holder);
    for (auto n : r.nodes)
      for (const auto& name : names.names_of(n))
        if (graph::normalize_name(name) == bare) return {holder, text.substr(0, at)};
  }
  for (std::size_t at = text.rfind(" of "); at != std::string::npos && at > 0; at = text.rfind(" of ", at - 1)) {
    auto holder = text.substr(at + 4);
    if (!names.resolve(holder, kParty).empty()) return {holder, text.substr(0, at)};
    if (at == 0) break;
  }
  std::vector<std::size_t> spaces;
  for (std::size_t i = 0; i < text.size(); ++i)
    if (text[i] == ' ') spaces.push_back(i);
  for (auto it = spaces.rbegin(); it != spaces.rend(); ++it) {
    auto holder = text.substr(0, *it);
    auto r = names.resolve(holder, kParty);
    if (!r.empty()) return {holder, text.substr(*it + 1)};
  }
  throw AskError("I can't tell whose title \"" + text + "\" is: no state or organization of that name in this graph");
}

}  // namespace

std::string title_stem(std::string_view title) {
  std::string t = graph::normalize_name(title);
  for (auto& c : t)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != ' ' && !(c & 0x80)) c = ' ';
  auto ends = [&](std::string_view suffix) {
    return t.size() > suffix.size() + 2 && t.compare(t.size() - suffix.size(), suffix.size(), suffix) == 0;
  };
  for (std::string_view s : {"personship", "manship", "womanship", "person", "woman", "man"})
    if (ends(s) && t.find(' ') == std::string::npos) return t.substr(0, t.size() - s.size());
  if (ends("ship")) return t.substr(0, t.size() - 4);
  if (ends("ency")) return t.substr(0, t.size() - 4) + "ent";
  return t;
}

std::string date_prefix(std::string_view phrase) {
  static const char* months[] = {"january", "february", "march",     "april",   "may",      "june",
                                 "july",    "august",   "september", "october", "november", "december"};
  std::string year, month, day;
  std::string text(phrase);
  for (auto& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (text.size() >= 4 && std::isdigit(static_cast<unsigned char>(text[0])) && text.find('-') == 4) return text;
  std::size_t i = 0;
  while (i < text.size()) {
    auto j = text.find(' ', i);
    if (j == std::string::npos) j = text.size();
    auto w = text.substr(i, j - i);
    i = j + 1;
    for (int m = 0; m < 12; ++m)
      if (w == months[m]) month = (m < 9 ? "0" : "") + std::to_string(m + 1);
    std::string digits;
    for (char c : w)
      if (std::isdigit(static_cast<unsigned char>(c))) digits += c;
    if (digits.size() == 4) year = digits;
    else if (!digits.empty() && digits.size() <= 2) day = (digits.size() == 1 ? "0" : "") + digits;
  }
  if (year.empty()) return "";
  if (month.empty()) return year;
  return day.empty() ? year + "-" + month : year + "-" + month + "-" + day;
}

// The first day after a meeting's date that "during M" no longer covers: M has only its first
// day, so the week from it (until, not including, seven days later); a partial date ("2024-05", "2024") covers its month or year.
std::string during_until(std::string_view date) {
  bool full = date.size() == 10 && date[4] == '-' && date[7] == '-';
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) full = full && std::isdigit(static_cast<unsigned char>(date[i]));
  if (!full) return std::string(date) + "-99";
  int y = std::stoi(std::string(date.substr(0, 4))), m = std::stoi(std::string(date.substr(5, 2))),
      d = std::stoi(std::string(date.substr(8, 2)));
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  d += 7;
  for (;;) {
    int in_month = days[(m - 1) % 12] + (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0) ? 1 : 0);
    if (d <= in_month) break;
    d -= in_month;
    if (++m > 12) { m = 1; ++y; }
  }
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

CypherPlan plan_question(const ParsedQuestion& q, const NameResolver& names) {
  CypherPlan plan;
  Builder b(names, plan);
  auto x = q.slot("x");
  // "who was in the French delegation": the state the demonym (or name) denotes.
  auto party = [&]() {
    if (!x.empty() || !q.slots.count("delegation")) return b.node("x", x, kParty);
    auto phrase = q.slot("delegation");
    auto r = names.resolve(phrase, kParty);
    if (r.empty()) r = names.demonym_state(phrase);
    if (r.empty()) return b.node("x", phrase, kParty);  // throws with "did you mean"
    b.note(phrase, r.names);
    return b.pattern("x", r);
  };
  switch (q.form) {
    case Form::RepresentsWhichForum:
      b.match("(p:Person)-[r:REPRESENTS]->" + b.node("x", x, kParty));
      b.column("p.name", "who");
      b.column("r.forum", "forum");
      b.provenance("r");
      break;
    case Form::RepresentsAt:
      b.match("(p:Person)-[r:REPRESENTS]->" + party());
      b.forum("r", q.slot("forum"));
      b.column("p.name", "who");
      b.provenance("r");
      break;
    case Form::RepresentsWhichParty: {
      b.match("(p:Person)-[r:REPRESENTS]->(x" + kind_label(q.kind) + ")");
      if (kind_label(q.kind).empty()) b.where(kind_condition("x"));
      bool has_forum = q.slots.count("forum") > 0;
      if (has_forum) b.forum("r", q.slot("forum"));
      b.column("p.name", "who");
      b.column("x.name", kind_column(q.kind, "party"));
      if (!has_forum) b.column("r.forum", "forum");
      b.provenance("r");
      break;
    }
    case Form::Represents:
      b.match("(p:Person)-[r:REPRESENTS]->" + party());
      b.column("p.name", "who");
      b.provenance("r");
      break;
    case Form::MeetingsAttendedBy:
      b.match(b.node("x", x, kActor) + "-[r:ATTENDS]->(m:Meeting)");
      if (q.slots.count("place")) {
        b.match("(m)-[h:HELD_IN]->" + b.node("place", q.slot("place"), {"Place"}));
        b.provenance("h");
      }
      b.column("m.name", "meeting");
      b.provenance("r");
      break;
    case Form::WhereMet: {
      auto a = q.slot("a"), c = q.slot("b");
      // "where and when did the CPLP Council of Ministers meet": one body or meeting, not two people
      if (c.empty() && !names_two_persons(a, names) && !names.resolve(a, {"Meeting", "Organization"}).empty()) {
        if (!names.resolve(a, {"Meeting"}).empty()) {
          auto m = b.meeting(a, q.edition);
          if (m != "(m)") b.match(m);
        } else {
          b.match("(m:Meeting)-[:CONVENED_BY]->" + b.node("body", a, {"Organization"}));  // the body's meetings
        }
        place_and_date(b, q);
        break;
      }
      if (c.empty()) std::tie(a, c) = split_pair(a, names);
      // "will A visit Phnom Penh": B is a place or state, where A's meeting is held.
      auto venue = names.resolve(c, {"Person"}).empty() ? names.resolve(c, {"Place", "State"}) : Resolved{};
      if (!venue.empty()) {
        b.note(c, venue.names);
        b.match(b.node("a", a, {"Person"}) + "-[r1:ATTENDS]->(m:Meeting)-[h:HELD_IN]->(pl)-[:LOCATED_IN*0..3]->" +
                b.pattern("b", venue));
      } else {
        b.match(b.node("a", a, {"Person"}) + "-[r1:ATTENDS]->(m:Meeting)<-[r2:ATTENDS]-" + b.node("b", c, {"Person"}));
      }
      // "will A meet B": a planned meeting; "did A meet B": one that is not only planned.
      if (q.tense == Tense::Future) b.where("m.status = 'planned'");
      if (q.tense == Tense::Past) b.where("coalesce(m.status, 'held') <> 'planned'");
      if (venue.empty()) b.optional_match("(m)-[h:HELD_IN]->(pl)");
      bool when_first = q.when_first || !q.ask_where;
      if (when_first) b.column("m.date", "date");
      b.column("pl.name", "place");
      if (!when_first) b.column("m.date", "date");
      b.provenance("r1");
      if (venue.empty()) b.provenance("r2");
      b.provenance("h");
      break;
    }
    case Form::WhomMet: {
      // An edition ("at the last summit") is chosen first: its clauses end in `WITH m`.
      // "in Vientiane": a place (or state) where a meeting both attended was held.
      bool edition = q.slots.count("meeting") && q.edition != Edition::Named;
      auto venue = q.slots.count("meeting") && !edition && names.resolve(q.slot("meeting"), {"Meeting"}).empty()
                       ? names.resolve(q.slot("meeting"), {"Place", "State"})
                       : Resolved{};
      std::string m = edition ? b.meeting(q.slot("meeting"), q.edition) : "";
      b.match(b.node("x", x, {"Person"}) + "-[r:MET_WITH]-(y:Person)");
      if (!venue.empty()) {
        b.note(q.slot("meeting"), venue.names);
        b.match("(x)-[a1:ATTENDS]->(m:Meeting)<-[a2:ATTENDS]-(y), (m)-[h:HELD_IN]->()-[:LOCATED_IN*0..3]->" +
                b.pattern("place", venue));
        b.provenance("a1");
        b.provenance("a2");
      } else if (q.slots.count("meeting")) {
        if (!edition) m = b.meeting(q.slot("meeting"), q.edition);
        b.match("(x)-[a1:ATTENDS]->" + m + "<-[a2:ATTENDS]-(y)");
        b.provenance("a1");
        b.provenance("a2");
      }
      b.column("y.name", "who");
      b.provenance("r");
      break;
    }
    case Form::WhoMetWhom: {
      // Each pair both ways. "in Tokyo": a place (or state) where a meeting both attended was
      // held, when the phrase names no meeting; otherwise a meeting both attended.
      bool edition = q.slots.count("meeting") && q.edition != Edition::Named;
      auto phrase = q.slot("meeting");
      // A phrase naming a meeting is that meeting ("the summit in Kestrel Bay"), as in whom-met.
      auto venue = q.slots.count("meeting") && !edition && names.resolve(phrase, {"Meeting"}).empty()
                       ? names.resolve(phrase, {"Place", "State"})
                       : Resolved{};
      std::string m = edition ? b.meeting(phrase, q.edition) : "";
      b.match("(x:Person)-[r:MET_WITH]-(y:Person)");
      if (!venue.empty()) {
        b.note(phrase, venue.names);
        b.match("(x)-[a1:ATTENDS]->(m:Meeting)<-[a2:ATTENDS]-(y), (m)-[h:HELD_IN]->()-[:LOCATED_IN*0..3]->" +
                b.pattern("place", venue));
        b.provenance("a1");
        b.provenance("a2");
      } else if (q.slots.count("meeting")) {
        if (!edition) m = b.meeting(phrase, q.edition);
        // "during M" (one dated meeting): also a meeting both attended that was held where M was
        // (or in a place located there) from M's date to a week later (M's month or year when its
        // date is partial): the side meetings of a visit or summit.
        auto named = edition ? Resolved{} : names.resolve(phrase, {"Meeting"});
        auto date = named.nodes.size() == 1 ? names.date_of(named.nodes.front()) : std::string();
        if (q.during && date.size() >= 4) {
          b.match(m);
          b.match("(x)-[a1:ATTENDS]->(m2:Meeting)<-[a2:ATTENDS]-(y)");
          plan.params["from"] = Value(date);
          plan.params["until"] = Value(during_until(date));
          b.where("(m2 = m OR (m2.date >= $from AND m2.date < $until AND "
                  "(m2)-[:HELD_IN]->()-[:LOCATED_IN*0..3]->()<-[:HELD_IN]-(m)))");
        } else {
          b.match("(x)-[a1:ATTENDS]->" + m + "<-[a2:ATTENDS]-(y)");
        }
        b.provenance("a1");
        b.provenance("a2");
      }
      b.column("x.name", "who");
      b.column("y.name", "whom");
      b.provenance("r");
      break;
    }
    case Form::RoleOf:
      b.match(b.node("x", x, {"Person"}) + "-[r:HOLDS_ROLE]->(o)");
      b.column("r.title", "title");
      b.column("o.name", "of");
      b.provenance("r");
      break;
    case Form::RoleHolder: {
      std::string holder = x, title = q.slot("title");
      if (q.slots.count("title_of")) std::tie(holder, title) = split_title(q.slot("title_of"), names);
      b.match("(p:Person)-[r:HOLDS_ROLE]->" + b.node("x", holder, kParty));
      // The title's words in order, any punctuation between them ("chairperson-in-office").
      std::string pattern = ".*\\b";
      std::string stem = title_stem(title);
      std::size_t start = 0;
      for (bool first = true; start <= stem.size(); first = false) {
        auto end = stem.find(' ', start);
        if (end == std::string::npos) end = stem.size();
        pattern += (first ? "" : "[^a-z0-9]+") + stem.substr(start, end - start);
        start = end + 1;
      }
      pattern += ".*";
      plan.params["title"] = Value(pattern);
      b.where("toLower(r.title) =~ $title");
      // "the foreign minister" is not the deputy foreign minister, unless asked for.
      std::string excluded;
      auto title_words = content_words(title);
      for (const char* w : {"deputy", "vice", "assistant", "former", "acting", "under", "junior"})
        if (std::find(title_words.begin(), title_words.end(), w) == title_words.end())
          excluded += std::string(excluded.empty() ? "" : "|") + w;
      plan.params["excluded"] = Value(".*\\b(" + excluded + ")\\b.*");
      b.where("NOT toLower(r.title) =~ $excluded");
      b.column("p.name", "who");
      b.column("r.title", "title");
      b.provenance("r");
      break;
    }
    case Form::WorksFor:
      b.match("(p:Person)-[r:HOLDS_ROLE]->" + b.node("x", x, kParty));
      b.column("p.name", "who");
      b.column("r.title", "title");
      b.provenance("r");
      break;
    case Form::MembersOf:
      b.match("(x" + kind_label(q.kind) + ")-[r:MEMBER_OF]->" + b.node("group", q.slot("group"), {"Organization"}));
      if (kind_label(q.kind).empty()) b.where(kind_condition("x"));
      b.column("x.name", kind_column(q.kind, "member"));
      b.provenance("r");
      break;
    case Form::IsMember:
      b.match(b.node("x", x, kParty));
      b.match(b.node("group", q.slot("group"), {"Organization"}));
      b.optional_match("(x)-[r:MEMBER_OF]->(group)");
      b.column("count(r) > 0", "member");
      b.provenance("r");
      break;
    case Form::MemberOfWhat:
      b.match(b.node("x", x, kParty) + "-[r:MEMBER_OF]->(o:Organization)");
      b.column("o.name", "organization");
      b.provenance("r");
      break;
    case Form::MeetingPlaceDate: {
      auto m = b.meeting(q.slot("meeting"), q.edition);
      if (m != "(m)") b.match(m);
      place_and_date(b, q);
      break;
    }
    case Form::MeetingsHeldIn: {
      auto place = names.resolve(q.slot("place"), {"Place"});
      if (!place.empty()) {
        b.note(q.slot("place"), place.names);
        b.match("(m:Meeting)-[r:HELD_IN]->" + b.pattern("place", place));
      } else {
        // A country: meetings in its places.
        b.match("(m:Meeting)-[r:HELD_IN]->(:Place)-[:LOCATED_IN*1..3]->" +
                b.node("place", q.slot("place"), {"State", "Place"}));
      }
      if (q.slots.count("date")) {
        auto prefix = date_prefix(q.slot("date"));
        if (prefix.empty()) throw AskError("I can't read the date \"" + q.slot("date") + "\": give a year (\"in January 2022\")");
        plan.params["date"] = Value(prefix);
        b.where("m.date STARTS WITH $date");
      }
      b.column("m.name", "meeting");
      b.column("m.date", "date");
      b.provenance("r");
      break;
    }
    case Form::Attendees:
      b.match("(x:Person)-[r:ATTENDS]->" + b.meeting(q.slot("meeting"), q.edition));
      b.column("x.name", "who");
      b.provenance("r");
      break;
    case Form::AttendingParties: {
      // "which states take part in the Berlin Process": a phrase naming an organization (before
      // any meeting) asks for its members and those attending its meetings: the meetings it
      // convenes and those named after it ("Berlin Process summit in Vienna").
      auto org = q.edition == Edition::Named ? names.resolve(q.slot("meeting"), {"Meeting", "Organization"}) : Resolved{};
      if (!org.empty() && org.label == "Organization") {
        b.note(q.slot("meeting"), org.names);
        b.match(b.pattern("group", org));
        List meetings;
        for (const auto& n : names.series(q.slot("meeting")).names) meetings.emplace_back(n);
        plan.params["meetings"] = Value(std::move(meetings));
        b.match("(x" + kind_label(q.kind) + ")-[r:MEMBER_OF|ATTENDS]->(o)");
        b.where("((type(r) = 'MEMBER_OF' AND o = group) OR "
                "(type(r) = 'ATTENDS' AND (o.name IN $meetings OR (o)-[:CONVENED_BY]->(group))))");
      } else {
        b.match("(x" + kind_label(q.kind) + ")-[r:ATTENDS]->" + b.meeting(q.slot("meeting"), q.edition));
      }
      if (kind_label(q.kind).empty()) b.where(kind_condition("x"));
      b.column("x.name", kind_column(q.kind, "participant"));
      b.provenance("r");
      break;
    }
    case Form::About:
      b.match(b.node("x", x, kAnything) + "-[r]-(y)");
      b.column("type(r)", "relationship");
      b.column("CASE WHEN startNode(r) = x THEN 'to' ELSE 'from' END", "direction");
      b.column("y.name", "other");
      b.column("coalesce(r.forum, r.title, r.meeting, r.on_behalf_of, r.since)", "detail");
      b.provenance("r");
      break;
  }
  b.finish(q.count && q.form != Form::IsMember && q.form != Form::About);
  return plan;
}

std::string cypher_literal(const Value& v) {
  if (v.is_string()) {
    std::string out = "'";
    for (char c : v.as_string()) {
      if (c == '\'' || c == '\\') out += '\\';
      out += c;
    }
    return out + "'";
  }
  if (v.is_list()) {
    std::string out = "[";
    for (std::size_t i = 0; i < v.as_list().size(); ++i) out += (i ? ", " : "") + cypher_literal(v.as_list()[i]);
    return out + "]";
  }
  if (v.is_int()) return std::to_string(v.as_int());
  if (v.is_bool()) return v.as_bool() ? "true" : "false";
  return "null";
}

std::string inline_parameters(const std::string& cypher, const Params& params) {
  std::string out;
  for (std::size_t i = 0; i < cypher.size(); ++i) {
    if (cypher[i] == '$') {
      std::size_t j = i + 1;
      while (j < cypher.size() && (std::isalnum(static_cast<unsigned char>(cypher[j])) || cypher[j] == '_')) ++j;
      auto it = params.find(std::string_view(cypher).substr(i + 1, j - i - 1));
      if (it != params.end()) {
        out += cypher_literal(it->second);
        i = j - 1;
        continue;
      }
    }
    out += cypher[i];
  }
  return out;
}

}  // namespace fg::query::ask
