// The relation rules of data/patterns/*.rules applied to each sentence: their actions resolved to
// entities and turned into relations (the derived ones are in derived_relations.cpp).
#include "importers/article/relations.hpp"

#include <algorithm>
#include <charconv>
#include <functional>
#include <set>

#include "graph/names.hpp"
#include "importers/article/relation_builder.hpp"
#include "importers/article/resolve.hpp"
#include "importers/article/tokenize.hpp"
#include "importers/article/translit.hpp"

namespace fg::importers::article {

using namespace std::string_view_literals;  // `== "x"sv` compares inline, without strlen

namespace {

// A rule's "confidence=0.7": from_chars reads the plain decimal a rule writes (the same double as
// std::stod, without its cost); anything else is left to std::stod.
double confidence_value(const std::string& v) {
  double d = 0;
  auto [end, err] = std::from_chars(v.data(), v.data() + v.size(), d);
  if (err == std::errc() && end == v.data() + v.size()) return d;
  return std::stod(v);
}

int number_word(std::string_view w) {
  static const std::string_view words[] = {"zero", "one", "two",   "three", "four", "five", "six",
                                           "seven", "eight", "nine", "ten", "eleven", "twelve"};
  for (int i = 0; i < 13; ++i)
    if (w == words[i]) return i;
  if (!w.empty() && w.size() <= 3 && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    int v = 0;
    std::from_chars(w.data(), w.data() + w.size(), v);
    return v;
  }
  return -1;
}

bool allowed(std::string_view type, Label from, Label to) {
  using L = Label;
  auto any = [](L x, std::initializer_list<L> set) { return std::find(set.begin(), set.end(), x) != set.end(); };
  if (type == "REPRESENTS"sv || type == "HOLDS_ROLE"sv) return from == L::Person && any(to, {L::State, L::Organization});
  if (type == "ATTENDS"sv) return any(from, {L::Person, L::State, L::Organization}) && to == L::Meeting;
  if (type == "MEMBER_OF"sv) return any(from, {L::State, L::Organization}) && to == L::Organization;
  if (type == "HELD_IN"sv) return from == L::Meeting && to == L::Place;
  if (type == "CONVENED_BY"sv) return from == L::Meeting && to == L::Organization;
  if (type == "MET_WITH"sv) return from == L::Person && to == L::Person;
  if (type == "LOCATED_IN"sv) return any(from, {L::Place, L::Organization}) && any(to, {L::State, L::Place});
  if (type == "STATED"sv) return any(from, {L::Person, L::Organization, L::State});
  return false;
}

}  // namespace

const std::string& RelationBuilder::norm_of(std::size_t i) {
  if (norm_cache.size() < a.entities.size()) norm_cache.resize(a.entities.size());
  if (norm_cache[i].empty()) norm_cache[i] = normalized(a.entities[i].name);
  return norm_cache[i];
}

int RelationBuilder::find_entity(Label l, const std::string& name) {
  for (std::size_t i = 0; i < a.entities.size(); ++i)
    if (a.entities[i].label == l && a.entities[i].name == name) return static_cast<int>(i);
  auto n = normalized(name);
  for (std::size_t i = 0; i < a.entities.size(); ++i)
    if (a.entities[i].label == l && norm_of(i) == n) return static_cast<int>(i);
  for (std::size_t i = 0; i < a.entities.size(); ++i)
    if (a.entities[i].label == l)
      for (const auto& al : a.entities[i].aliases)
        if (normalized(al) == n) return static_cast<int>(i);
  return -1;
}

// The entity of `label` so named, made (from sentence s, by `rule`) when the article has none.
int RelationBuilder::entity_named(Label label, const std::string& name, const Sentence& s, std::string_view rule) {
  if (int known = find_entity(label, name); known >= 0) return known;
  Entity e;
  e.label = label;
  e.name = name;
  e.sentence = s.index;
  e.rule = rule;
  a.entities.push_back(std::move(e));
  return static_cast<int>(a.entities.size() - 1);
}

int RelationBuilder::state_entity(const std::string& name, const Sentence& s, std::string_view rule) {
  return entity_named(Label::State, name, s, rule);
}

int RelationBuilder::meeting_named(const std::string& name, const Sentence& s, const std::string& rule) {
  auto key = meeting_key(name);
  // (each meeting's key is worked out again only when its name changed since)
  if (meeting_keys.size() < a.entities.size()) meeting_keys.resize(a.entities.size());
  for (std::size_t i = 0; i < a.entities.size(); ++i) {
    if (a.entities[i].label != Label::Meeting) continue;
    auto& [seen_name, seen_key] = meeting_keys[i];
    if (seen_name != a.entities[i].name || seen_key.empty()) {
      seen_name = a.entities[i].name;
      seen_key = meeting_key(seen_name);
    }
    if (seen_key == key) return static_cast<int>(i);
  }
  Entity e;
  e.label = Label::Meeting;
  e.name = name;
  e.sentence = s.index;
  e.rule = rule;
  e.confidence = 0.7;
  e.mentions = 1;
  a.entities.push_back(std::move(e));
  return static_cast<int>(a.entities.size() - 1);
}

// "prepare the Santa Marta summit in Brussels": a meeting named after one town is not held in another
// (a venue may still lie in it)
bool RelationBuilder::in_another_town(const Entity& meeting, int place) {
  auto it = meeting.props.find("place");
  if (it == meeting.props.end() || it->second.empty() || is_site(place)) return false;
  int town = find_entity(Label::Place, it->second);
  return town >= 0 && town != place && !is_site(town);
}

// The meeting the sentence is about: the topic when it starts, else the first meeting it names that
// has taken place ("negotiators resumed talks in Geneva, with X leading the American team": the
// sentence that first names the article's meeting is about it)
int RelationBuilder::topic_of(const Sentence& s) const {
  int t = a.topic_by_sentence[static_cast<std::size_t>(s.index)];
  if (t >= 0) {
    // ("The deputy ministers met in Moscow on April 4: the Russian side was represented by ...": a
    // sentence that tells of a group's meeting of its own is about that one)
    for (int oi : a.mentions_of_sentence[static_cast<std::size_t>(s.index)]) {
      const auto& o = a.mentions[static_cast<std::size_t>(oi)];
      if (o.label == Label::Meeting && o.entity >= 0 && o.entity != t && (o.rule == "meeting.group_met"sv || o.rule == "meeting.group_listed_met"sv) &&
          a.entities[static_cast<std::size_t>(o.entity)].sentence == s.index && !planned(o.entity))
        return o.entity;
    }
    return t;
  }
  for (int oi : a.mentions_of_sentence[static_cast<std::size_t>(s.index)]) {
    const auto& o = a.mentions[static_cast<std::size_t>(oi)];
    if (o.label == Label::Meeting && o.entity >= 0 && !planned(o.entity)) return o.entity;
  }
  return -1;
}

void RelationBuilder::add(std::string type, int from, int to, Props props, const Sentence& s, std::string_view rule, double confidence) {
  if (from < 0 || to < 0) return;
  if (from == to) return;  // nobody meets, joins or represents itself
  const auto& fe = a.entities[static_cast<std::size_t>(from)];
  const auto& te = a.entities[static_cast<std::size_t>(to)];
  if (!allowed(type, fe.label, te.label)) return;
  // "President Gitanas Nausėda" placed in Ukraine by the sentence around him: a known office-holder's
  // national office is his own state's (data/gazetteer/officials.tsv)
  if (type == "HOLDS_ROLE"sv && te.label == Label::State && props.count("title") && national_office(props["title"]) &&
      lower_utf8(props["title"]).find("former") == std::string::npos)
    if (auto own = official_state_name(from); !own.empty() && own != te.name && !body_office(from, props["title"])) {
      add(std::move(type), from, state_entity(own, s, "derived.official_state"), std::move(props), s, rule, confidence);
      return;
    }
  if (type == "MET_WITH"sv && from > to) std::swap(from, to);
  if (type == "HELD_IN"sv && rule.rfind("held_in.", 0) == 0 && in_another_town(fe, to)) return;
  for (auto& r : a.relations) {
    if (r.from != from || r.to != to || r.type != type) continue;  // the cheap tests first: this runs for every relation added
    // one person may hold several titles of one state ("deputy foreign minister", "head of the delegation")
    if (type == "HOLDS_ROLE"sv && r.props.count("title") && props.count("title") && !props["title"].empty() &&
        !shares_content_word(r.props["title"], props["title"]))
      continue;
    if (type == "REPRESENTS"sv && r.props["forum"] != props["forum"]) {
      if (r.props["forum"].empty()) { r.props["forum"] = props["forum"]; return; }
      if (props["forum"].empty()) return;
      continue;
    }
    for (auto& [k, v] : props)
      if (!r.props.count(k) || r.props[k].empty()) r.props[k] = v;
    // a fact a rule states outright is not a guess from someone speaking in the article: it keeps
    // that rule (and survives the filtering of guessed participants)
    if (r.rule.rfind("attends.participant", 0) == 0 && rule.rfind("attends.participant", 0) != 0) {
      r.rule = rule;
      r.sentence = s.index;
      r.confidence = confidence;
    }
    return;
  }
  Relation r;
  r.type = std::move(type);
  r.from = from;
  r.to = to;
  for (auto& [k, v] : props)
    if (!v.empty()) r.props[k] = v;
  r.sentence = s.index;
  r.rule = rule;
  r.confidence = confidence;
  a.relations.push_back(std::move(r));
}

// The body an organization belongs to when it is one of its organs (the CPLP for the "CPLP Council of
// Ministers"), else the organization itself.
int RelationBuilder::body_of(int org) {
  if (org < 0) return org;
  for (const auto& m : a.mentions)
    if (m.entity == org)
      if (auto it = m.props.find("organ_of"); it != m.props.end())
        if (int b = find_entity(Label::Organization, it->second); b >= 0) return b;
  // "Ministerial Council of the Association of Caribbean States": the body the organ's name ends with,
  // when the text names it
  const auto& name = a.entities[static_cast<std::size_t>(org)].name;
  if (auto of = name.find(" of the "); of != std::string::npos)
    if (int b = find_entity(Label::Organization, name.substr(of + 8)); b >= 0 && b != org) return b;
  return org;
}

// A quoted name of a rule's action ("{a:ref}–{b:ref} meeting"): the meeting it names, made if new.
std::vector<int> RelationBuilder::resolve_quoted(const std::string& arg, const MatchResult& mr, const std::vector<Unit>& units, const Sentence& s) {
  std::vector<int> out;
  // "{a:ref}–{b:ref} meeting" where both are one person ("Radman met Grlić Radman"): no meeting
  std::vector<int> people;
  for (std::size_t b = arg.find('{'); b != std::string::npos; b = arg.find('{', b + 1)) {
    auto e = arg.find_first_of(":}", b);
    if (e == std::string::npos) break;
    const Mention* m = capture_mention(arg.substr(b + 1, e - b - 1), mr, units);
    if (!m || m->entity < 0 || m->label != Label::Person) continue;
    if (std::find(people.begin(), people.end(), m->entity) != people.end()) return out;
    people.push_back(m->entity);
  }
  auto name = fill(arg.substr(1, arg.size() - 2), mr, units);
  if (!name.empty()) out.push_back(meeting_named(name, s, mr.rule->name));
  return out;
}

namespace {
// the kind of office a title names, to match a counterpart's ("minister", "premier", "president" ...)
std::string office_kind(const std::string& title) {
  auto t = lower_utf8(title);
  if (t.find("prime minister") != std::string::npos || t.find("premier") != std::string::npos) return "premier";
  for (const char* w : {"minister", "president", "secretary", "chancellor", "envoy", "ambassador", "representative", "adviser", "advisor", "king"})
    if (t.find(w) != std::string::npos) return w;
  return {};
}
}  // namespace

// A meeting's properties from a rule's captures (what it does not know yet; a date refines the year
// known so far: "2021", then "June 2021")
void RelationBuilder::set_meeting_props(int e, const Props& props) {
  auto& ent = a.entities[static_cast<std::size_t>(e)];
  if (ent.label != Label::Meeting) return;
  for (const auto& [k, v] : props) {
    if (v.empty()) continue;
    auto& have = ent.props[k];
    bool finer = k == "date"sv && have.size() == 4 && v.size() > 4 && v.compare(0, 4, have) == 0;
    if (have.empty() || finer) {
      have = v;
      if (finer && props.count("date_text")) ent.props["date_text"] = props.at("date_text");
    }
  }
}

// Two people's encounter: a meeting named after both, which both attend (returned)
int RelationBuilder::encounter(int f, int t, const Props& props, const Sentence& s, const std::string& rule, double confidence) {
  int m = meeting_named(short_reference(f) + "\u2013" + short_reference(t) + " meeting", s, rule);
  add("ATTENDS", f, m, {}, s, rule, confidence);
  add("ATTENDS", t, m, {}, s, rule, confidence);
  add("MET_WITH", f, t, {}, s, rule, confidence);
  set_meeting_props(m, props);
  return m;
}

void RelationBuilder::settle_pending_counterparts() {
  auto pending = std::move(pending_counterparts);
  pending_counterparts.clear();
  for (const auto& p : pending) {
    const auto& s = a.seg.sentences[static_cast<std::size_t>(p.sentence)];
    for (int t : counterparts(p.people, p.states, p.sentence))
      for (int f : p.people)
        if (f != t && a.entities[static_cast<std::size_t>(f)].label == Label::Person && a.entities[static_cast<std::size_t>(t)].label == Label::Person)
          encounter(f, t, p.props, s, p.rule, p.confidence);
  }
}

std::set<std::string> RelationBuilder::offices_of(int person) const {
  std::set<std::string> out;
  for (const auto& r : a.relations)
    if (r.type == "HOLDS_ROLE"sv && r.from == person && r.props.count("title") && !former_title(r))
      if (auto o = office_kind(r.props.at("title")); !o.empty()) out.insert(o);
  return out;
}

// The one person the text has given an office of each state before `before_sentence`, of the same
// kind as an office of `people` (the counterpart of a minister is a minister, not the president); none
// for a state where several hold one.
std::vector<int> RelationBuilder::counterparts(const std::vector<int>& people, const std::vector<int>& states, int before_sentence) const {
  std::set<std::string> mine;
  for (int p : people) mine.merge(offices_of(p));
  std::vector<int> out;
  for (int st : states) {
    if (a.entities[static_cast<std::size_t>(st)].label != Label::State) continue;
    std::set<int> holders;
    for (const auto& r : a.relations)
      if (r.type == "HOLDS_ROLE"sv && r.to == st && r.sentence < before_sentence && !former_title(r) && r.props.count("title") &&
          mine.count(office_kind(r.props.at("title"))))
        holders.insert(r.from);
    if (holders.size() == 1) out.push_back(*holders.begin());
  }
  return out;
}

// The entities an action argument stands for.
std::vector<int> RelationBuilder::resolve_arg(const std::string& arg, const MatchResult& mr, const std::vector<Unit>& units, const Sentence& s) {
  std::vector<int> out;
  if (auto bar = arg.find('|'); bar != std::string::npos && arg.front() != '"') {
    // "m|@main": the first alternative that stands for something
    out = resolve_arg(arg.substr(0, bar), mr, units, s);
    return out.empty() ? resolve_arg(arg.substr(bar + 1), mr, units, s) : out;
  }
  if (arg == "@topic"sv) {
    if (int t = topic_of(s); t >= 0) out.push_back(t);
    return out;
  }
  if (arg == "@body"sv) {
    // the body named just before with a possessive ("The Arctic Council's eight member states are")
    for (auto u = mr.begin; u > 0 && u + 3 > mr.begin && out.empty(); --u) {
      const auto& un = units[u - 1];
      if (un.mention >= 0 && un.label == Label::Organization && u < units.size() && units[u].mention < 0 &&
          (a.seg.tokens[units[u].tb].lower == "'s"sv || a.seg.tokens[units[u].tb].lower == "'"sv))
        if (int o = a.mentions[static_cast<std::size_t>(un.mention)].entity; o >= 0) out.push_back(body_of(o));
    }
    if (!out.empty()) return out;
    // the body the sentence opens with, when its verb owns the members ("The Arctic Council, where
    // ... are discussed, has eight member states - A, B, C")
    auto before = mr.begin;  // past a count: "has four member states - A, B"
    if (before > 1 && units[before - 1].mention < 0 &&
        (a.seg.tokens[units[before - 1].tb].has(kDigit) || number_word(a.seg.tokens[units[before - 1].tb].lower) >= 0))
      --before;
    if (before > 0 && units[before - 1].mention < 0) {
      const auto& verb = a.seg.tokens[units[before - 1].tb].lower;
      if (verb == "has"sv || verb == "had"sv || verb == "counts"sv || verb == "comprises"sv) {
        std::size_t u = 0;
        if (u < before && units[u].mention < 0 && a.seg.tokens[units[u].tb].lower == "the"sv) ++u;
        if (u < before && units[u].mention >= 0 && units[u].label == Label::Organization)
          if (int o = a.mentions[static_cast<std::size_t>(units[u].mention)].entity; o >= 0) out.push_back(body_of(o));
        if (!out.empty()) return out;
      }
    }
    // "The Compact with Africa was launched in 2017 ... It now has 13 member countries": the body the
    // sentence before opens with
    bool it_opens = a.seg.tokens[s.tok_begin].lower == "it"sv;
    for (auto u = std::size_t{0}; it_opens && u < mr.begin; ++u) it_opens = units[u].label != Label::Organization;
    if (it_opens && s.index > 0) {
      const auto& prev = a.seg.sentences[static_cast<std::size_t>(s.index - 1)];
      for (int oi : a.mentions_of_sentence[static_cast<std::size_t>(s.index - 1)]) {
        const auto& o = a.mentions[static_cast<std::size_t>(oi)];
        if (o.label != Label::Organization || o.entity < 0) continue;
        auto start = prev.tok_begin + (a.seg.tokens[prev.tok_begin].lower == "the"sv ? 1 : 0);
        if (o.tok_begin == start) out.push_back(body_of(o.entity));
        break;
      }
      if (!out.empty()) return out;
    }
    // the body the text named last before the match, from sentence `earliest` on (not a news agency or a
    // state's own office)
    auto last_body_named = [&](int earliest) {
      for (auto m = a.mentions.rbegin(); m != a.mentions.rend(); ++m) {
        if (m->sentence > s.index || (m->sentence == s.index && m->tok_begin >= units[mr.begin].tb)) continue;
        if (m->sentence < earliest) break;
        if (m->label != Label::Organization || m->entity < 0) continue;
        if (m->kind == "news agency"sv || m->kind == "government body"sv || m->kind == "ministry"sv || !m->state_of.empty()) continue;
        if (int o = body_of(m->entity); o >= 0) return o;
      }
      return -1;
    };
    // a body named earlier in the sentence ("bids for seats on a reformed Security Council, ... with five
    // permanent members (the United States, ...)")
    if (int o = last_body_named(s.index); o >= 0) return {o};
    // "The NBI is an intergovernmental partnership ... Its members are A, B and C": the body the sentence
    // before named last, whatever meeting the story is about
    if (a.seg.tokens[s.tok_begin].lower == "its"sv && s.index > 0)
      if (int o = last_body_named(s.index - 1); o >= 0) return {o};
    // the body whose meeting the sentence is about ("The existing members - A, B, C - ...")
    int t = a.topic_by_sentence[static_cast<std::size_t>(s.index)];
    if (t < 0) t = main_meeting();
    if (t >= 0)
      if (auto it = a.entities[static_cast<std::size_t>(t)].props.find("convened_by"); it != a.entities[static_cast<std::size_t>(t)].props.end())
        if (int o = body_of(find_entity(Label::Organization, it->second)); o >= 0) out.push_back(o);
    // else the body the text named last, in any sentence before
    if (int o = out.empty() ? last_body_named(0) : -1; o >= 0) out.push_back(o);
    return out;
  }
  if (arg == "@last_two"sv) {
    // "the two ministers also met": the last two people named before the match
    const auto tb = units[mr.begin].tb;
    for (auto m = a.mentions.rbegin(); m != a.mentions.rend() && out.size() < 2; ++m) {
      if (m->label != Label::Person || m->entity < 0 || m->sentence > s.index || (m->sentence == s.index && m->tok_end > tb)) continue;
      if (m->sentence + 2 < s.index) break;  // no further back than the sentence before last
      if (std::find(out.begin(), out.end(), m->entity) == out.end()) out.push_back(m->entity);
    }
    if (out.size() < 2) out.clear();
    return out;
  }
  if (arg == "@delegation_state"sv) {
    // "The Russian delegation was headed by X. The delegation included Y": the state whose delegation
    // the sentence before named last (only one state)
    const auto& toks = a.seg.tokens;
    if (s.index == 0) return out;
    for (int oi : a.mentions_of_sentence[static_cast<std::size_t>(s.index - 1)]) {
      const auto& m = a.mentions[static_cast<std::size_t>(oi)];
      if (m.label != Label::State || m.entity < 0) continue;
      auto k = m.tok_end;
      if (k < toks.size() && toks[k].possessive()) ++k;
      if (k < toks.size() && (toks[k].lower == "delegation"sv || toks[k].lower == "team"sv) &&
          std::find(out.begin(), out.end(), m.entity) == out.end())
        out.push_back(m.entity);
    }
    if (out.size() != 1) out.clear();
    return out;
  }
  if (arg == "@main"sv) {
    if (int m = main_meeting(); m >= 0) out.push_back(m);
    return out;
  }
  if (arg == "@counted_states"sv) {
    // "All five countries are also members of X": the states of the last sentence before that names
    // as many states as the match counts (no further back than four sentences)
    int id = mr.rule->capture_id("n");
    if (id < 0) return out;
    auto [b, e] = mr.captures[static_cast<std::size_t>(id)];
    if (b < 0 || e - b != 1) return out;
    int n = number_word(a.seg.tokens[units[static_cast<std::size_t>(b)].tb].lower);
    if (n < 2) return out;
    // (a demonym beside the list, "met their Chinese counterpart", is no member of it)
    for (int si = s.index - 1; si >= 0 && si + 4 >= s.index && out.empty(); --si)
      for (bool demonyms : {true, false}) {
        std::vector<int> states;
        for (int oi : a.mentions_of_sentence[static_cast<std::size_t>(si)]) {
          const auto& m = a.mentions[static_cast<std::size_t>(oi)];
          if (m.label == Label::State && m.entity >= 0 && (demonyms || m.kind != "demonym"sv) &&
              std::find(states.begin(), states.end(), m.entity) == states.end())
            states.push_back(m.entity);
        }
        if (static_cast<int>(states.size()) == n) {
          out = states;
          break;
        }
      }
    // ("The leaders adopted a joint declaration ..., of which all three countries are members", the three
    // named in the headline or the lead: the parties of the story, when as many)
    std::vector<int> lead_states;  // the states of the headline, then of the lead's sentences, as far as each
    for (int si = 0; out.empty() && si <= 2 && si < s.index; ++si) {
      for (int oi : a.mentions_of_sentence[static_cast<std::size_t>(si)]) {
        const auto& m = a.mentions[static_cast<std::size_t>(oi)];
        if (m.label == Label::State && m.entity >= 0 && std::find(lead_states.begin(), lead_states.end(), m.entity) == lead_states.end())
          lead_states.push_back(m.entity);
      }
      if (static_cast<int>(lead_states.size()) == n) out = lead_states;
    }
    return out;
  }
  if (arg == "@title"sv) {
    // the state a title in the match belongs to
    for (auto u = mr.begin; u < mr.end; ++u) {
      const auto& un = units[u];
      if (un.mention < 0 || un.label != Label::Title) continue;
      const auto& t = a.mentions[static_cast<std::size_t>(un.mention)];
      if (!t.state_of.empty()) out.push_back(state_entity(t.state_of, s, mr.rule->name));
      else if (t.props.count("employer")) {
        int o = find_entity(Label::Organization, t.props.at("employer"));
        if (o >= 0) out.push_back(o);
      }
      break;
    }
    return out;
  }
  if (!arg.empty() && arg.front() == '"') {
    for (const auto& [named, ids] : named_in_match)
      if (named == arg) return ids;
    named_in_match.emplace_back(arg, resolve_quoted(arg, mr, units, s));
    return named_in_match.back().second;
  }
  // "s.holder": the one person the text has given an office of the state captured as s ("held talks
  // with his Egyptian counterpart", the Egyptian minister named before); none when several hold one
  // (of the same kind of office as the person the rule captured as a, which the text must have given
  // before: the counterpart of a minister is a minister, not the president)
  if (arg.size() > 7 && arg.ends_with(".holder")) {
    std::vector<int> people;
    if (mr.rule->capture_id("a") >= 0) people = resolve_arg("a", mr, units, s);
    return counterparts(people, resolve_arg(arg.substr(0, arg.size() - 7), mr, units, s), s.index);
  }
  // "m.body": the body that convenes the meeting captured as m ("for the meeting of the Bucharest
  // Nine (B9)")
  if (arg.size() > 5 && arg.ends_with(".body")) {
    for (int m : resolve_arg(arg.substr(0, arg.size() - 5), mr, units, s)) {
      const auto& e = a.entities[static_cast<std::size_t>(m)];
      if (e.label != Label::Meeting) continue;
      if (auto it = e.props.find("convened_by"); it != e.props.end())
        if (int o = body_of(find_entity(Label::Organization, it->second)); o >= 0) out.push_back(o);
    }
    return out;
  }
  int id = mr.rule->capture_id(arg);
  if (id < 0) return out;
  auto [b, e] = mr.captures[static_cast<std::size_t>(id)];
  if (b < 0) return out;
  bool tokens_only = true;
  for (auto u = b; u < e; ++u) {
    const auto& un = units[static_cast<std::size_t>(u)];
    if (un.mention < 0) continue;
    tokens_only = false;
    const auto& mm = a.mentions[static_cast<std::size_t>(un.mention)];
    int ent = mm.entity;
    // "Minister for Foreign Affairs of Australia" in a list stands for its state too
    if (ent < 0 && mm.label == Label::Title && !mm.state_of.empty()) ent = state_entity(mm.state_of, s, mr.rule->name);
    if (ent >= 0 && std::find(out.begin(), out.end(), ent) == out.end()) out.push_back(ent);
  }
  if (tokens_only) {
    // "the four countries": the states of the latest enumeration of that many
    for (auto u = b; u < e; ++u) {
      int n = number_word(a.seg.tokens[units[static_cast<std::size_t>(u)].tb].lower);
      if (n > 1 && static_cast<int>(last_list.size()) == n) return last_list;
      if (n > 1) return enumeration_before(n, s.index, units[static_cast<std::size_t>(b)].tb);
    }
  }
  int states = 0;
  for (int x : out) states += a.entities[static_cast<std::size_t>(x)].label == Label::State;
  if (states >= 2) {
    last_list.clear();
    for (int x : out)
      if (a.entities[static_cast<std::size_t>(x)].label == Label::State) last_list.push_back(x);
  }
  return out;
}

// The states of the latest enumeration of exactly `n` of them ("Ethiopia, Egypt and Sudan") written
// before token `before` of sentence `sentence`: what "all three states" refers to.
std::vector<int> RelationBuilder::enumeration_before(int n, int sentence, std::uint32_t before) const {
  const auto& toks = a.seg.tokens;
  std::vector<int> run;  // the run being read, backwards
  std::uint32_t run_start = 0;
  for (auto mi = a.mentions.size(); mi-- > 0;) {
    const auto& m = a.mentions[mi];
    if (m.label == Label::None || m.sentence > sentence || (m.sentence == sentence && m.tok_end > before)) continue;
    bool joined = false;  // to the run by nothing but commas, "and" and "the"
    if (!run.empty() && m.label == Label::State && m.entity >= 0 && m.tok_end <= run_start) {
      joined = true;
      for (auto k = m.tok_end; k < run_start && joined; ++k)
        joined = toks[k].lower == ","sv || toks[k].lower == "and"sv || toks[k].lower == "the"sv;
    }
    if (!joined) {
      if (static_cast<int>(run.size()) == n) break;
      run.clear();
      if (m.label != Label::State || m.entity < 0) continue;
    }
    if (std::find(run.begin(), run.end(), m.entity) == run.end()) run.push_back(m.entity);
    run_start = m.tok_begin;
  }
  if (static_cast<int>(run.size()) != n) return {};
  std::reverse(run.begin(), run.end());
  return run;
}

std::string RelationBuilder::capture_text(const std::string& arg, const MatchResult& mr, const std::vector<Unit>& units) {
  int id = mr.rule->capture_id(arg);
  if (id < 0) return "";
  auto [b, e] = mr.captures[static_cast<std::size_t>(id)];
  if (b < 0) return "";
  if (e - b == 1 && units[static_cast<std::size_t>(b)].mention >= 0) {
    const auto& m = a.mentions[static_cast<std::size_t>(units[static_cast<std::size_t>(b)].mention)];
    if (m.entity >= 0) return a.entities[static_cast<std::size_t>(m.entity)].name;
    return m.name;
  }
  return a.text_of(units[static_cast<std::size_t>(b)].tb, units[static_cast<std::size_t>(e - 1)].te);
}

const Mention* RelationBuilder::capture_mention(const std::string& arg, const MatchResult& mr, const std::vector<Unit>& units) {
  int id = mr.rule->capture_id(arg);
  if (id < 0) return nullptr;
  auto [b, e] = mr.captures[static_cast<std::size_t>(id)];
  if (b < 0) return nullptr;
  for (auto u = b; u < e; ++u)
    if (units[static_cast<std::size_t>(u)].mention >= 0) return &a.mentions[static_cast<std::size_t>(units[static_cast<std::size_t>(u)].mention)];
  return nullptr;
}

bool RelationBuilder::mentions_former_office(const MatchResult& mr, const std::vector<Unit>& units) const {
  for (auto u = mr.begin; u < mr.end; ++u) {
    const auto& un = units[static_cast<std::size_t>(u)];
    for (auto t = un.tb; t < un.te; ++t) {
      const auto& w = a.seg.tokens[t].lower;
      if (w == "former"sv || w == "ex"sv || w == "late"sv || w == "then"sv) return true;
    }
  }
  return false;
}

// How the text refers to a person in short: the one-word form it uses ("Lula", "Petro"), else the
// short form it uses by surname reference ("Paz Pereira"), else the family name.
namespace {
// Whether `word` is written as one of the words of `name` ("Lula" of Luiz Inácio Lula da Silva; not
// "Zelensky" of Volodymyr Zelenskyy, a respelling).
bool word_of_name(std::string_view word, std::string_view name) {
  for (std::size_t b = 0; b <= name.size();) {
    auto e = name.find(' ', b);
    if (e == std::string_view::npos) e = name.size();
    if (name.substr(b, e - b) == word) return true;
    b = e + 1;
  }
  return false;
}
}  // namespace

std::string RelationBuilder::short_reference(int person) const {
  const auto& name = a.entities[static_cast<std::size_t>(person)].name;
  auto [cached, fresh] = written_short.try_emplace(person);
  if (fresh) {
    std::string two_words;
    for (const auto& o : a.mentions) {
      if (o.entity != person || o.label != Label::Person || !o.alias_worthy || o.surface.size() < 2) continue;
      if (o.surface.find(' ') == std::string::npos && word_of_name(o.surface, name)) {
        two_words = o.surface;
        break;
      }
      // ("Al Zayani", "Al-Zayani": a family name with its particle, as the article writes it)
      // ("Al Zayani" after "Abdullatif bin Rashid Al Zayani", whichever rule found it: the end of his name)
      bool tail = o.surface.find(' ') != std::string::npos && name.size() > o.surface.size() + 1 && name.ends_with(o.surface) &&
                  name[name.size() - o.surface.size() - 1] == ' ';
      if (two_words.empty() && (tail || (o.rule == "person.surname_in_article"sv && o.surface.find_first_of(" -") != std::string::npos &&
                                         std::count(o.surface.begin(), o.surface.end(), ' ') < std::count(name.begin(), name.end(), ' '))))  // (not the whole name respelled)
        two_words = o.surface;
      // ("Bendito Freitas" for "Bendito dos Santos Freitas": the text's own short form ends with the family name it uses)
      auto first_space = o.surface.find(' ');
      if (two_words.empty() && first_space != std::string::npos && o.surface.find(' ', first_space + 1) == std::string::npos &&
          std::count(name.begin(), name.end(), ' ') >= 2 && name.starts_with(o.surface.substr(0, first_space + 1)) &&
          name.ends_with(o.surface.substr(first_space)))
        two_words = o.surface.substr(first_space + 1);
    }
    cached->second = std::move(two_words);
  }
  if (!cached->second.empty()) return cached->second;
  // Thai and Indonesian officials go by their given name ("Anutin", "Prabowo")
  if (auto space = name.find(' '); space != std::string::npos)
    for (const auto& r : a.relations)
      if (r.type == "HOLDS_ROLE"sv && r.from == person && a.entities[static_cast<std::size_t>(r.to)].label == Label::State &&
          a.lex.in_class(lower_utf8(a.entities[static_cast<std::size_t>(r.to)].name), "given_name_address"))
        return name.substr(0, space);
  return a.lex.family_name(name);
}

std::string RelationBuilder::fill(const std::string& tpl, const MatchResult& mr, const std::vector<Unit>& units) {
  auto part = [&](const std::string& key, const std::string& mod) {
    auto v = capture_text(key, mr, units);
    if (mod == "ref"sv) {
      const Mention* m = capture_mention(key, mr, units);
      if (m && m->alias_worthy && m->surface.find(' ') == std::string::npos &&  // not "I"
          (m->entity < 0 || word_of_name(m->surface, a.entities[static_cast<std::size_t>(m->entity)].name)))
        return m->surface;
      return m && m->entity >= 0 ? short_reference(m->entity) : a.lex.family_name(v);
    }
    if (mod == "text"sv) {  // as written: "visit to Moscow", not to the state its capital stands for
      int id = mr.rule->capture_id(key);
      if (id < 0) return v;
      auto [b, e] = mr.captures[static_cast<std::size_t>(id)];
      return b < 0 ? v : a.text_of(units[static_cast<std::size_t>(b)].tb, units[static_cast<std::size_t>(e - 1)].te);
    }
    return mod == "last"sv ? a.lex.family_name(v) : v;
  };
  auto out = expand_template(tpl, std::ref(part));  // by reference: no allocation for std::function
  // an empty capture leaves its space behind: "{r} minister" with no portfolio is "minister"
  std::size_t b = out.find_first_not_of(' '), e = out.find_last_not_of(' ');
  return b == std::string::npos ? std::string() : out.substr(b, e - b + 1);
}

// The organization a title's own words make it an office of ("chairperson of the AU Commission",
// "Secretary-General of the OSCE"), or -1.
int RelationBuilder::body_served_by_title(const Action& act, const MatchResult& mr, const std::vector<Unit>& units) {
  std::string key;
  for (const auto& [k, v] : act.props)
    if (k == "title"sv) key = v;
  if (key.empty() || key.front() == '"') return -1;
  const Mention* t = capture_mention(key, mr, units);
  if (!t || t->label != Label::Title) return -1;
  for (int oi : a.mentions_of_sentence[static_cast<std::size_t>(t->sentence)]) {
    const auto& o = a.mentions[static_cast<std::size_t>(oi)];
    if (o.label != Label::Organization || o.entity < 0 || o.tok_begin <= t->tok_begin || o.tok_end > t->tok_end) continue;
    // a state's own ministry: the office is the state's ("number two of the Ministry of Foreign Affairs")
    if (!o.state_of.empty() || o.kind == "ministry"sv || o.kind == "government body"sv || o.kind == "department"sv) continue;
    auto k = o.tok_begin - 1;
    if (a.seg.tokens[k].lower == "the"sv && k > t->tok_begin) --k;
    if (a.seg.tokens[k].lower == "of"sv) return o.entity;
  }
  return -1;
}

void RelationBuilder::apply(const MatchResult& mr, const std::vector<Unit>& units, const Sentence& s) {
  named_in_match.clear();
  for (const auto& act : mr.rule->actions) {
    Props props;
    double confidence = 0.8;
    for (const auto& [k, v] : act.props) {
      if (k == "confidence"sv) {
        confidence = confidence_value(v);
        continue;
      }
      std::string value;
      if (v == "@topic"sv || v == "@topic|@main"sv) {
        int t = topic_of(s);
        if (t < 0 && v == "@topic|@main"sv) t = main_meeting();
        if (t >= 0) value = a.entities[static_cast<std::size_t>(t)].name;
      } else if (v.front() == '"') {
        value = fill(v.substr(1, v.size() - 2), mr, units);
      } else if (v.size() > 4 && v.compare(v.size() - 4, 4, ".org") == 0) {
        const Mention* m = capture_mention(v.substr(0, v.size() - 4), mr, units);
        if (m && m->props.count("org")) {
          value = m->props.at("org");
          if (int o = find_entity(Label::Organization, value); o >= 0) value = a.entities[static_cast<std::size_t>(o)].name;
        }
      } else {
        const Mention* m = capture_mention(v, mr, units);
        if (m && m->label == Label::Date) {
          // "the first held in person since 2019": a date that bounds a period is not the meeting's
          if (m->tok_begin > 0) {
            const auto& before = a.seg.tokens[m->tok_begin - 1].lower;
            if (before == "since"sv || before == "until"sv || before == "till"sv || before == "after"sv || before == "before"sv || before == "by"sv) continue;
          }
          // "their first meeting since Sunak took office last month": nor one a "since" clause dates
          bool since = false;
          for (auto u = mr.begin; u < mr.end && !since; ++u)
            since = units[u].mention < 0 && units[u].tb < m->tok_begin && a.seg.tokens[units[u].tb].lower == "since"sv;
          if (since) continue;
          props[k] = m->props.at("iso");
          props[k + "_text"] = m->props.at("text");
          continue;
        }
        if (m && m->label == Label::Title) {
          value = m->name;
        } else if (m && m->label == Label::Meeting && m->entity < 0) {
          // a meeting mention that stands for no meeting (it was dropped): no forum
        } else {
          value = capture_text(v, mr, units);
        }
      }
      props[k] = value;
    }
    auto set_props = [&](int e) { set_meeting_props(e, props); };
    if (act.verb == "SET"sv) {
      for (int e : resolve_arg(act.args[0], mr, units, s)) set_props(e);
      continue;
    }
    auto froms = resolve_arg(act.args[0], mr, units, s);
    auto tos = resolve_arg(act.args[1], mr, units, s);
    if (act.verb == "REPRESENTS_EACH"sv) {
      // "his counterparts from Egypt, the UAE and Morocco: A, B and C": the first person for the first
      // state, and so on, when the two lists are as long
      if (froms.size() == tos.size() && froms.size() >= 2)
        for (std::size_t i = 0; i < froms.size(); ++i) add("REPRESENTS", froms[i], tos[i], props, s, mr.rule->name, confidence);
      continue;
    }
    if (act.verb == "ENCOUNTERS"sv) {
      // ("his Egyptian counterpart", whose office the text gives only later or a list of office holders knows)
      if (tos.empty() && act.args[1].ends_with(".holder")) {
        auto states = resolve_arg(act.args[1].substr(0, act.args[1].size() - 7), mr, units, s);
        if (!froms.empty() && !states.empty()) pending_counterparts.push_back({froms, states, props, s.index, mr.rule->name, confidence});
        continue;
      }
      // "met A and B separately": one meeting for each pair, with its properties
      std::set<std::pair<int, int>> done;
      for (int f : froms)
        for (int t : tos) {
          if (f == t || a.entities[static_cast<std::size_t>(f)].label != Label::Person || a.entities[static_cast<std::size_t>(t)].label != Label::Person)
            continue;
          if (!done.emplace(std::min(f, t), std::max(f, t)).second) continue;
          int m = encounter(f, t, props, s, mr.rule->name, confidence);
          // "The two ministers last met in Uzhhorod": where, when the rule captured it
          if (mr.rule->capture_id("pl") >= 0)
            for (int place : resolve_arg("pl", mr, units, s)) add("HELD_IN", m, place, {}, s, mr.rule->name, confidence);
        }
      continue;
    }
    if (act.verb == "HOLDS_ROLE"sv && (!props.count("title") || props["title"].empty())) continue;
    // "a former Nigerian president" once held the office: the role is kept as former, and
    // nobody represents a state through it
    if (mentions_former_office(mr, units)) {
      if (act.verb == "REPRESENTS"sv) continue;
      if (act.verb == "HOLDS_ROLE"sv && lower_utf8(props["title"]).rfind("former", 0) != 0) props["title"] = "former " + props["title"];
    }
    if (act.verb == "HOLDS_ROLE"sv) {
      // "Prince", "Sheikh": a form of address, not an office
      if (a.lex.in_classes(lower_utf8(props["title"]), a.lex.bits().honorific)) continue;
      // "the Chadian chairperson of the AU Commission": an office of the body the title names; the
      // demonym is the holder's nationality
      if (int body = body_served_by_title(act, mr, units); body >= 0) tos = {body};
      // the title names the state or body when the sentence does not ("US ambassador", "White House spokeswoman")
      if (tos.empty()) tos = resolve_arg("@title", mr, units, s);
      std::vector<int> states;
      for (int t : tos)
        if (a.entities[static_cast<std::size_t>(t)].label == Label::State) states.push_back(t);
      if (!states.empty()) tos = {states.front()};
      if (tos.empty())
        for (int f : froms) pending_titles.push_back({f, props["title"], s.index, mr.rule->name});
    }
    for (int f : froms)
      for (int t : tos) add(act.verb, f, t, props, s, mr.rule->name, confidence);
  }
}

void RelationBuilder::run_rules() {
  std::vector<Unit> units;
  for (const auto& s : a.seg.sentences) {
    // every relation rule relates something the sentence names: none to relate, nothing to find
    if (a.mentions_of_sentence[static_cast<std::size_t>(s.index)].empty()) continue;
    a.meeting_phrase_units(s, units);
    auto on_match = [&](const MatchResult& mr) { apply(mr, units, s); };
    a.lex.patterns().find(Phase::Relation, a.doc.text, a.seg.tokens, units, a.lex, std::ref(on_match));
  }
}


void find_relations(Analysis& a) {
  RelationBuilder b{a, {}, {}};
  b.run_rules();
  b.derived();
}

}  // namespace fg::importers::article
