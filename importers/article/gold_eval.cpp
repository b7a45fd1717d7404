#include "importers/article/gold_eval.hpp"

#include <algorithm>
#include <functional>
#include <nlohmann/json.hpp>
#include <set>
#include <stdexcept>
#include <tuple>

#include "graph/names.hpp"

namespace fg::importers::article {

Counts& Counts::operator+=(const Counts& o) {
  tp += o.tp;
  fp += o.fp;
  fn += o.fn;
  attr_matched += o.attr_matched;
  attr_total += o.attr_total;
  return *this;
}

namespace {

using json = nlohmann::json;

const std::set<std::string>& stopwords() {
  static const std::set<std::string> s{"the", "of", "in", "on", "at", "a", "an", "and", "with", "for", "to", "s", "by", "from"};
  return s;
}
const std::set<std::string>& meeting_nouns() {
  static const std::set<std::string> s{"meeting", "meetings", "talks", "summit", "session", "conference", "discussions",
                                       "negotiations", "consultations", "round", "gathering", "dialogue"};
  return s;
}

std::vector<std::string> words(const std::string& s) {
  auto n = graph::normalize_name(s);
  std::vector<std::string> out;
  std::size_t b = 0;
  while (b < n.size()) {
    auto e = n.find(' ', b);
    if (e == std::string::npos) e = n.size();
    if (e > b) out.push_back(n.substr(b, e - b));
    b = e + 1;
  }
  return out;
}

std::set<std::string> distinctive(const std::string& s) {
  std::set<std::string> out;
  for (auto& w : words(s))
    if (!stopwords().count(w) && !meeting_nouns().count(w)) out.insert(w);
  return out;
}

std::set<std::string> content_words(const std::string& s) {
  std::set<std::string> out;
  for (auto& w : words(s))
    if (!stopwords().count(w)) out.insert(w);
  return out;
}

bool subset(const std::set<std::string>& a, const std::set<std::string>& b) {
  return std::includes(b.begin(), b.end(), a.begin(), a.end());
}

bool match(const std::string& label, const std::string& a, const std::string& b, bool containment) {
  if (a.empty() || b.empty()) return false;
  if (graph::normalize_name(a) == graph::normalize_name(b)) return true;
  if (label == "State") {
    const auto* x = graph::StateLexicon::builtin().find(a);
    const auto* y = graph::StateLexicon::builtin().find(b);
    if (x && y && x == y) return true;
  }
  if (containment && label == "Meeting") {
    auto da = distinctive(a), db = distinctive(b);
    if (!da.empty() && !db.empty() && (subset(da, db) || subset(db, da))) return true;
  }
  return false;
}

// How closely a system name fits a gold name that it matches by containment: the share of
// distinctive words they have in common, so "Li–Yoon meeting" goes to "Li–Yoon talks in Seoul"
// rather than to "Kishida–Li talks" when both could take it.
double overlap(const std::string& a, const std::string& b) {
  auto da = distinctive(a), db = distinctive(b);
  std::size_t common = 0;
  for (const auto& w : da) common += db.count(w);
  auto all = da.size() + db.size() - common;
  return all == 0 ? 0.0 : static_cast<double>(common) / static_cast<double>(all);
}

// Added to the weight of a pair whose names match exactly, so that it outranks any pair that only
// shares words (their weights stay well under it).
constexpr double kExactMatch = 100.0;

// Pairs gold items with system items, each used at most once. Closest pairs are taken first (the
// candidates' weights); then augmenting paths re-seat earlier choices wherever that lets one more
// gold item be matched, so a greedy pick never costs a match that another assignment would have
// kept ("N'Djamena summit" fits two gold meetings; the other system name fits only one of them).
// Returns, for each gold item, the index of its system item or -1.
std::vector<int> assign(std::size_t gold_count, std::size_t sys_count, std::vector<std::tuple<double, std::size_t, std::size_t>> candidates) {
  std::stable_sort(candidates.begin(), candidates.end(), [](const auto& x, const auto& y) { return std::get<0>(x) > std::get<0>(y); });
  std::vector<int> gold_to(gold_count, -1), sys_to(sys_count, -1);
  std::vector<std::vector<std::size_t>> options(gold_count);
  for (const auto& [w, i, k] : candidates) {
    options[i].push_back(k);
    if (gold_to[i] < 0 && sys_to[k] < 0) {
      gold_to[i] = static_cast<int>(k);
      sys_to[k] = static_cast<int>(i);
    }
  }
  std::vector<char> seen;
  std::function<bool(std::size_t)> augment = [&](std::size_t i) {
    for (auto k : options[i]) {
      if (seen[k]) continue;
      seen[k] = 1;
      if (sys_to[k] < 0 || augment(static_cast<std::size_t>(sys_to[k]))) {
        gold_to[i] = static_cast<int>(k);
        sys_to[k] = static_cast<int>(i);
        return true;
      }
    }
    return false;
  };
  for (std::size_t i = 0; i < gold_count; ++i)
    if (gold_to[i] < 0 && !options[i].empty()) {
      seen.assign(sys_count, 0);
      augment(i);
    }
  return gold_to;
}

struct GoldNames {
  const GoldArticle& gold;
  // the aliases the system lists for its entities, normalized, by name: "one is a listed alias of the
  // other" holds on either side ("AP" in the gold, "Associated Press" with alias "AP" in the output)
  const std::map<std::string, std::set<std::string>>* sys_aliases = nullptr;
  bool system_alias(const std::string& label, const std::string& gold_name, const std::string& sys) const {
    if (!sys_aliases || label == "Meeting") return false;
    auto it = sys_aliases->find(sys);
    if (it == sys_aliases->end()) return false;
    for (const auto& f : forms(gold_name))
      if (it->second.count(graph::normalize_name(f))) return true;
    return false;
  }
  double similarity(const std::string& label, const std::string& gold_name, const std::string& sys) const {
    if (system_alias(label, gold_name, sys)) return 2.0;
    double best = 0;
    for (const auto& f : forms(gold_name))
      if (match(label, f, sys, true)) best = std::max(best, match(label, f, sys, false) ? 2.0 : overlap(f, sys));
    return best;
  }
  std::vector<std::string> forms(const std::string& name) const {
    std::vector<std::string> out{name};
    if (auto it = gold.aliases.find(name); it != gold.aliases.end()) out.insert(out.end(), it->second.begin(), it->second.end());
    return out;
  }
  bool matches(const std::string& label, const std::string& gold_name, const std::string& sys, bool containment) const {
    for (const auto& f : forms(gold_name))
      if (match(label, f, sys, containment)) return true;
    return system_alias(label, gold_name, sys);
  }
};

struct SysRelation {
  std::map<std::string, std::string> fields;
  std::string attribute;
};

std::string str(const json& j, const char* key) {
  if (!j.contains(key) || j[key].is_null()) return "";
  if (!j[key].is_string()) throw std::runtime_error(std::string("\"") + key + "\" must be a string");
  return j[key].get<std::string>();
}

struct ListSpec {
  const char* list;
  const char* type;
  std::vector<std::pair<const char*, const char*>> keys;  // field, label used to compare
  const char* attribute;                                  // nullptr if none
  const char* attribute_label;
};

const std::vector<ListSpec>& specs() {
  static const std::vector<ListSpec> s{
      {"represents", "REPRESENTS", {{"person", "Person"}, {"party", "State"}}, "forum", "Meeting"},
      {"holds_role", "HOLDS_ROLE", {{"person", "Person"}, {"of", "State"}}, "title", nullptr},
      {"attends", "ATTENDS", {{"who", "State"}, {"meeting", "Meeting"}}, nullptr, nullptr},
      {"member_of", "MEMBER_OF", {{"member", "State"}, {"group", "Organization"}}, nullptr, nullptr},
      {"held_in", "HELD_IN", {{"meeting", "Meeting"}, {"place", "Place"}}, "date", nullptr},
      {"met_with", "MET_WITH", {{"a", "Person"}, {"b", "Person"}}, nullptr, nullptr},
  };
  return s;
}

}  // namespace

bool names_match(const std::string& label, const std::string& a, const std::string& b) { return match(label, a, b, true); }

GoldArticle parse_gold(const std::string& text, const std::string& file) {
  GoldArticle g;
  json j;
  try {
    j = json::parse(text);
  } catch (const json::parse_error& e) {
    throw std::runtime_error(file + ": invalid JSON at byte " + std::to_string(e.byte) + ": " + e.what());
  }
  try {
    if (!j.is_object()) throw std::runtime_error("a gold file is a JSON object");
    g.id = str(j, "id");
    g.date = str(j, "date");
    if (j.contains("entities")) {
      if (!j["entities"].is_object()) throw std::runtime_error("\"entities\" must be an object of label -> names");
      for (auto& [label, names] : j["entities"].items()) {
        if (!names.is_array()) throw std::runtime_error("entities." + label + " must be a list of names");
        for (auto& n : names) g.entities[label].push_back(n.get<std::string>());
      }
    }
    if (j.contains("aliases") && j["aliases"].is_object())
      for (auto& [name, list] : j["aliases"].items())
        for (auto& a : list) g.aliases[name].push_back(a.get<std::string>());
    for (const auto& spec : specs()) {
      if (!j.contains(spec.list)) continue;
      if (!j[spec.list].is_array()) throw std::runtime_error(std::string("\"") + spec.list + "\" must be a list");
      for (auto& item : j[spec.list]) {
        GoldRelation r;
        for (auto& [k, v] : item.items())
          if (v.is_string()) r.fields[k] = v.get<std::string>();
          else if (v.is_number_integer()) r.fields[k] = std::to_string(v.get<long long>());
        g.relations[spec.list].push_back(std::move(r));
      }
    }
    if (j.contains("questions"))
      for (auto& q : j["questions"]) {
        GoldQuestion gq;
        gq.ask = str(q, "ask");
        if (q.contains("answers"))
          for (auto& row : q["answers"]) {
            std::vector<std::string> cells;
            for (auto& c : row) cells.push_back(c.is_string() ? c.get<std::string>() : c.dump());
            gq.answers.push_back(std::move(cells));
          }
        g.questions.push_back(std::move(gq));
      }
  } catch (const json::exception& e) {
    throw std::runtime_error(file + ": " + e.what());
  } catch (const std::runtime_error& e) {
    throw std::runtime_error(file + ": " + e.what());
  }
  return g;
}

bool question_answered(const GoldQuestion& q, const std::vector<std::vector<std::string>>& rows) {
  if (rows.size() > 2 * q.answers.size() + 1) return false;
  for (const auto& want : q.answers) {
    bool found = false;
    for (const auto& row : rows) {
      if (row.size() < want.size()) continue;
      bool all = true;
      for (std::size_t i = 0; i < want.size() && all; ++i)
        all = match("State", want[i], row[i], false) || match("Meeting", want[i], row[i], true);
      if (all) {
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
}

ArticleScore score_article(const GoldArticle& gold, const std::vector<Fact>& facts, const QuestionScorer& scorer) {
  ArticleScore out;
  out.id = gold.id;
  std::map<std::string, std::vector<std::string>> sys_entities;
  std::map<std::string, std::set<std::string>> sys_aliases;
  for (const auto& f : facts)
    if (const auto* e = std::get_if<graph::EntityFact>(&f); e && e->label != "Meeting")
      for (const auto& al : e->aliases) sys_aliases[e->name].insert(graph::normalize_name(al));
  GoldNames gn{gold, &sys_aliases};
  std::map<std::string, std::string> meeting_date;
  std::map<std::string, std::vector<SysRelation>> sys_rel;
  for (const auto& f : facts) {
    if (const auto* e = std::get_if<graph::EntityFact>(&f)) {
      sys_entities[e->label].push_back(e->name);
      if (e->label == "Meeting")
        for (const auto& [k, v] : e->props)
          if (k == "date" && v.is_string()) meeting_date[e->name] = v.as_string();
    }
  }
  for (const auto& f : facts) {
    const auto* r = std::get_if<graph::RelationFact>(&f);
    if (!r) continue;
    for (const auto& spec : specs()) {
      if (r->type != spec.type) continue;
      SysRelation s;
      s.fields[spec.keys[0].first] = r->from.name;
      s.fields[spec.keys[1].first] = r->to.name;
      if (spec.attribute && std::string(spec.attribute) == "date") {
        s.attribute = meeting_date.count(r->from.name) ? meeting_date[r->from.name] : "";
      } else if (spec.attribute) {
        for (const auto& [k, v] : r->props)
          if (k == spec.attribute && v.is_string()) s.attribute = v.as_string();
      }
      sys_rel[spec.list].push_back(std::move(s));
    }
  }

  // entities: exact matches first, then meeting names by distinctive words
  std::set<std::string> labels;
  for (auto& [l, v] : gold.entities) labels.insert(l);
  for (auto& [l, v] : sys_entities) labels.insert(l);
  for (const auto& label : labels) {
    Counts c;
    const auto& g = gold.entities.count(label) ? gold.entities.at(label) : std::vector<std::string>{};
    const auto& s = sys_entities.count(label) ? sys_entities.at(label) : std::vector<std::string>{};
    // exact matches outrank names that only share distinctive words; among those, the closest
    std::vector<std::tuple<double, std::size_t, std::size_t>> pairs;
    for (std::size_t i = 0; i < g.size(); ++i)
      for (std::size_t k = 0; k < s.size(); ++k)
        if (double sim = gn.similarity(label, g[i], s[k]); sim > 0)
          pairs.emplace_back((gn.matches(label, g[i], s[k], false) ? kExactMatch : 0.0) + sim, i, k);
    auto gold_to = assign(g.size(), s.size(), std::move(pairs));
    std::vector<bool> gused(g.size()), sused(s.size());
    for (std::size_t i = 0; i < g.size(); ++i)
      if (gold_to[i] >= 0) gused[i] = sused[static_cast<std::size_t>(gold_to[i])] = true;
    for (std::size_t i = 0; i < g.size(); ++i)
      if (gused[i]) ++c.tp;
      else {
        ++c.fn;
        out.misses.push_back({"missed", label, g[i]});
      }
    for (std::size_t k = 0; k < s.size(); ++k)
      if (!sused[k]) {
        ++c.fp;
        out.misses.push_back({"extra", label, s[k]});
      }
    out.entities[label] = c;
  }

  for (const auto& spec : specs()) {
    Counts c;
    const auto& g = gold.relations.count(spec.list) ? gold.relations.at(spec.list) : std::vector<GoldRelation>{};
    auto& s = sys_rel[spec.list];
    std::vector<bool> gused(g.size()), sused(s.size());
    auto key_match = [&](const GoldRelation& gr, const SysRelation& sr, bool containment) {
      auto field = [&](const char* gk, const char* sk, const char* label) {
        auto it = gr.fields.find(gk);
        auto jt = sr.fields.find(sk);
        return it != gr.fields.end() && jt != sr.fields.end() && gn.matches(label, it->second, jt->second, containment);
      };
      bool direct = field(spec.keys[0].first, spec.keys[0].first, spec.keys[0].second) &&
                    field(spec.keys[1].first, spec.keys[1].first, spec.keys[1].second);
      if (direct || std::string(spec.list) != "met_with") return direct;
      return field("a", "b", "Person") && field("b", "a", "Person");
    };
    auto attribute_ok = [&](const GoldRelation& gr, const SysRelation& sr) {
      if (!spec.attribute || !gr.fields.count(spec.attribute)) return false;
      const auto& ga = gr.fields.at(spec.attribute);
      const auto& sa = sr.attribute;
      if (ga.empty()) return false;
      if (std::string(spec.attribute) == "forum") return gn.matches("Meeting", ga, sa, true);
      if (std::string(spec.attribute) == "title") {
        auto x = content_words(ga), y = content_words(sa);
        for (auto& w : x)
          if (y.count(w)) return true;
        return false;
      }
      return !sa.empty() && sa.rfind(ga, 0) == 0;
    };
    auto describe = [&](const std::map<std::string, std::string>& f) {
      std::string d;
      for (auto& [k, v] : f) d += (d.empty() ? "" : ", ") + k + "=" + v;
      return d;
    };
    auto take = [&](std::size_t i, std::size_t k) {
      gused[i] = sused[k] = true;
      if (spec.attribute && g[i].fields.count(spec.attribute) && !g[i].fields.at(spec.attribute).empty()) {
        ++c.attr_total;
        if (attribute_ok(g[i], s[k])) ++c.attr_matched;
        else  // a matched relation whose forum, title or date is not the gold's
          out.misses.push_back({"attribute", spec.list, describe(g[i].fields) + "; found " + spec.attribute + "=" + s[k].attribute});
      }
    };
    // how well the pair fits: names that match exactly before names that only share words, and
    // among those the closest, then the one whose attribute matches too
    auto fit = [&](const GoldRelation& gr, const SysRelation& sr) {
      double sum = 0;
      for (const auto& [gk, gv] : gr.fields)
        for (const auto& key : spec.keys)
          if (gk == key.first)
            if (auto jt = sr.fields.find(gk); jt != sr.fields.end()) sum += gn.similarity(key.second, gv, jt->second);
      return sum + (attribute_ok(gr, sr) ? 0.5 : 0.0);
    };
    // names that match exactly before names that only share words
    std::vector<std::tuple<double, std::size_t, std::size_t>> pairs;
    for (std::size_t i = 0; i < g.size(); ++i)
      for (std::size_t k = 0; k < s.size(); ++k)
        if (key_match(g[i], s[k], true)) pairs.emplace_back((key_match(g[i], s[k], false) ? kExactMatch : 0.0) + fit(g[i], s[k]), i, k);
    auto gold_to = assign(g.size(), s.size(), std::move(pairs));
    for (std::size_t i = 0; i < g.size(); ++i)
      if (gold_to[i] >= 0) take(i, static_cast<std::size_t>(gold_to[i]));
    for (std::size_t i = 0; i < g.size(); ++i)
      if (gused[i]) ++c.tp;
      else {
        ++c.fn;
        out.misses.push_back({"missed", spec.list, describe(g[i].fields)});
      }
    for (std::size_t k = 0; k < s.size(); ++k)
      if (!sused[k]) {
        ++c.fp;
        auto f = s[k].fields;
        if (!s[k].attribute.empty()) f[spec.attribute] = s[k].attribute;
        out.misses.push_back({"extra", spec.list, describe(f)});
      }
    out.relations[spec.list] = c;
  }

  for (const auto& q : gold.questions) {
    QuestionResult r;
    r.ask = q.ask;
    if (!scorer) {
      r.note = "not scored: needs factgraph ask";
    } else {
      std::string error;
      auto rows = scorer(q, facts, error);
      if (!rows) r.note = "not scored: " + error;
      else {
        r.answered = question_answered(q, *rows);
        r.note = std::to_string(rows->size()) + " rows";
      }
    }
    out.questions.push_back(std::move(r));
  }
  return out;
}

}  // namespace fg::importers::article
