#include "query/ask/name_resolver.hpp"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <map>
#include <set>

#include "graph/names.hpp"

namespace fg::embedded {
std::string_view ask_demonyms_tsv();
}

namespace fg::query::ask {

namespace {

const std::set<std::string, std::less<>>& stop_words() {
  static const std::set<std::string, std::less<>> words = {"the", "a",  "an",   "of",   "in",   "on", "at",
                                                           "and", "to", "for",  "with", "s",    "by", "from",
                                                           "its", "de", "planned"};
  return words;
}
const std::set<std::string, std::less<>>& prepositions() {
  static const std::set<std::string, std::less<>> words = {"to",   "in",     "of",    "on",     "at",   "with",
                                                           "for",  "after",  "before", "about", "over", "between",
                                                           "from", "during", "near"};
  return words;
}

std::vector<std::string> split_words(const std::string& s) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < s.size()) {
    auto j = s.find(' ', i);
    if (j == std::string::npos) j = s.size();
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j + 1;
  }
  return out;
}

bool is_descriptive(std::string_view label) {
  return label == "Meeting" || label == "Organization" || label == "Place";
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j)
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

bool subset(const std::set<std::string>& a, const std::set<std::string>& b) {
  return std::all_of(a.begin(), a.end(), [&](const std::string& w) { return b.count(w) > 0; });
}

// "CBSS", "G7", "US": one token, no lower-case letter (a name that stands for a longer one).
bool acronym_like(std::string_view name) {
  std::string_view t = name;
  if (t.size() > 4 && (t.substr(0, 4) == "the " || t.substr(0, 4) == "The ")) t.remove_prefix(4);
  if (t.size() < 2 || t.find(' ') != std::string_view::npos) return false;
  bool upper = false;
  for (char c : t) {
    if (std::islower(static_cast<unsigned char>(c))) return false;
    upper = upper || std::isupper(static_cast<unsigned char>(c));
  }
  return upper;
}

}  // namespace

std::vector<std::string> content_words(std::string_view text) {
  std::vector<std::string> out;
  for (auto& w : split_words(graph::normalize_name(text))) {
    if (stop_words().count(w)) continue;
    if (w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's') w.pop_back();
    out.push_back(std::move(w));
  }
  return out;
}

std::string transliteration_key(std::string_view text) {
  std::string s = graph::normalize_name(text);
  auto replace_all = [&](std::string_view from, std::string_view to) {
    for (std::size_t at = 0; (at = s.find(from, at)) != std::string::npos; at += to.size()) s.replace(at, from.size(), to);
  };
  replace_all("ou", "u");
  replace_all("kh", "h");
  replace_all("ch", "sh");
  replace_all("dzh", "j");
  replace_all("zh", "j");
  replace_all("ey", "ei");
  replace_all("iy", "i");
  replace_all("yy", "y");
  replace_all("y", "i");
  replace_all("w", "v");
  std::string out;
  for (char c : s)
    if (out.empty() || out.back() != c || !std::isalpha(static_cast<unsigned char>(c))) out += c;
  return out;
}

std::string NameResolver::name_of(graph::NodeId n) const {
  auto v = g_.node_value(n, g_.key_name());
  return v.is_string() ? std::string(v.as_string()) : std::string();
}

std::string NameResolver::date_of(graph::NodeId n) const {
  auto key = g_.find_symbol("date");
  if (!key) return {};
  auto v = g_.node_value(n, *key);
  return v.is_string() ? std::string(v.as_string()) : std::string();
}

std::vector<std::string> NameResolver::names_of(graph::NodeId n) const {
  std::vector<std::string> out;
  if (auto name = name_of(n); !name.empty()) out.push_back(name);
  if (auto a = g_.node_value(n, g_.key_aliases()); a.is_list())
    for (std::size_t i = 0; i < a.list_size(); ++i)
      if (auto v = a.list_item(i); v.is_string()) out.emplace_back(v.as_string());
  return out;
}

Resolved NameResolver::resolve(std::string_view phrase, const std::vector<std::string>& labels,
                               bool all_matches) const {
  auto finish = [&](std::string label, std::vector<graph::NodeId> nodes) {
    std::sort(nodes.begin(), nodes.end());
    nodes.erase(std::unique(nodes.begin(), nodes.end()), nodes.end());
    Resolved r{std::move(label), std::move(nodes), {}};
    for (auto n : r.nodes) r.names.push_back(name_of(n));
    std::sort(r.names.begin(), r.names.end());
    return r;
  };
  std::string text(phrase);
  // Tier 1: the graph's resolution.
  std::vector<std::string> forms = {text};
  // "the US": the article hides the code from the lexicon's case-sensitive code lookup.
  if (text.size() > 4 && (text.rfind("the ", 0) == 0 || text.rfind("The ", 0) == 0 || text.rfind("THE ", 0) == 0))
    forms.push_back(text.substr(4));
  bool lower = std::none_of(text.begin(), text.end(), [](unsigned char c) { return std::isupper(c); });
  if (lower) {
    std::string upper = text;
    for (auto& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (upper.size() <= 6) forms.push_back(upper);
    if (upper.rfind("THE ", 0) == 0 && upper.size() <= 10) forms.push_back(upper.substr(4));
  }
  for (const auto& label : labels) {
    for (const auto& f : forms) {
      auto r = g_.resolve_label(label, f, graph::ResolveMode::Lenient);
      if (r.found()) return finish(label, {r.node});
      if (r.status == graph::Resolution::Status::Ambiguous) return finish(label, r.candidates);
    }
  }
  // Tier 2: transliteration variants.
  auto key = transliteration_key(text);
  for (const auto& label : labels) {
    auto sym = g_.find_symbol(label);
    if (!sym) continue;
    std::vector<graph::NodeId> hits;
    for (auto n : g_.nodes_with_label(*sym))
      for (const auto& name : names_of(n))
        if (transliteration_key(name) == key) {
          hits.push_back(n);
          break;
        }
    if (!hits.empty()) return finish(label, hits);
  }
  // Tiers 3 and 4: content-word containment.
  auto words = content_words(text);
  std::vector<std::string> head_words;
  {
    auto all = split_words(graph::normalize_name(text));
    std::string head;
    for (std::size_t i = 0; i < all.size(); ++i) {
      if (i > 0 && prepositions().count(all[i])) break;
      head += (head.empty() ? "" : " ") + all[i];
    }
    if (head.size() < graph::normalize_name(text).size()) head_words = content_words(head);
  }
  for (const auto& ws : {words, head_words}) {
    // One word ("Skopje", "summit") is too little to pick a descriptive name by, unless it is a code of
    // letters and digits that names one edition ("COP30" is "COP30 in Belém").
    std::set<std::string> distinct(ws.begin(), ws.end());
    auto code = [](const std::string& w) {
      return std::any_of(w.begin(), w.end(), [](unsigned char c) { return std::isdigit(c); }) &&
             std::any_of(w.begin(), w.end(), [](unsigned char c) { return std::isalpha(c); });
    };
    if (distinct.size() < 2 && !(distinct.size() == 1 && code(*distinct.begin()))) continue;
    for (const auto& label : labels) {
      if (!is_descriptive(label)) continue;
      auto hits = containing(ws, label, all_matches, false);
      if (!hits.empty()) return finish(label, hits);
    }
  }
  // Tier 5: "the talks in Jakarta": a meeting of those words held there.
  if (std::find(labels.begin(), labels.end(), "Meeting") != labels.end()) {
    auto hits = held_in_place(text, all_matches);
    if (!hits.empty()) return finish("Meeting", hits);
  }
  // Tier 6: "the Normandy format" is "the Normandy group": names of a grouping that differ only in
  // the generic noun that ends them.
  if (std::find(labels.begin(), labels.end(), "Organization") != labels.end()) {
    static const std::set<std::string> grouping = {"format", "group", "grouping", "bloc", "mechanism", "coalition", "quartet", "troika", "framework"};
    auto ws = split_words(graph::normalize_name(text));
    if (!ws.empty() && ws.front() == "the") ws.erase(ws.begin());
    if (ws.size() >= 2 && grouping.count(ws.back())) {
      std::vector<graph::NodeId> hits;
      if (auto sym = g_.find_symbol("Organization"))
        for (auto n : g_.nodes_with_label(*sym))
          for (const auto& name : names_of(n)) {
            auto nw = split_words(graph::normalize_name(name));
            if (!nw.empty() && nw.front() == "the") nw.erase(nw.begin());
            if (nw.size() == ws.size() && grouping.count(nw.back()) && std::equal(ws.begin(), ws.end() - 1, nw.begin())) {
              hits.push_back(n);
              break;
            }
          }
      if (!hits.empty()) return finish("Organization", hits);
    }
  }
  // Tier 7: "the meeting of Gina Raimondo with Prabowo Subianto": what both attend.
  if (std::find(labels.begin(), labels.end(), "Meeting") != labels.end()) {
    auto hits = meeting_of_people(text);
    if (!hits.empty()) return finish("Meeting", hits);
  }
  return {};
}

const NameResolver::Synonyms& NameResolver::synonyms() const {
  if (synonyms_) return *synonyms_;
  synonyms_ = std::make_unique<Synonyms>();
  for (const char* label : {"State", "Organization"}) {
    auto sym = g_.find_symbol(label);
    if (!sym) continue;
    for (auto n : g_.nodes_with_label(*sym)) {
      std::vector<std::set<std::string>> names;
      bool first = true;
      for (const auto& name : names_of(n)) {
        auto cw = content_words(name);
        std::set<std::string> ws(cw.begin(), cw.end());
        // The canonical name always counts; an alias only when it is specific ("the Council" is not).
        bool qualifies = ws.size() >= 2 || (ws.size() == 1 && acronym_like(name));
        if ((qualifies || (first && !ws.empty())) && std::find(names.begin(), names.end(), ws) == names.end())
          names.push_back(std::move(ws));
        first = false;
      }
      if (names.size() < 2) continue;  // nothing to match a name against
      auto index = synonyms_->names.size();
      for (std::size_t i = 0; i < names.size(); ++i) synonyms_->by_word[*names[i].begin()].emplace_back(index, i);
      synonyms_->names.push_back(std::move(names));
    }
  }
  return *synonyms_;
}

std::size_t NameResolver::missing_words(const std::vector<std::string>& a, const std::set<std::string>& b) const {
  const auto& syn = synonyms();
  std::set<std::string> as(a.begin(), a.end());
  // The states and organizations named inside `a`, by (node, the name found).
  std::vector<std::pair<std::size_t, std::size_t>> named;
  for (const auto& w : as) {
    auto it = syn.by_word.find(w);
    if (it == syn.by_word.end()) continue;
    for (const auto& [node, name] : it->second)
      if (subset(syn.names[node][name], as)) named.emplace_back(node, name);
  }
  std::size_t n = 0;
  for (const auto& w : a) {
    if (b.count(w)) continue;
    bool found = false;
    for (const auto& [node, name] : named) {
      if (!syn.names[node][name].count(w)) continue;
      const auto& alternatives = syn.names[node];
      found = std::any_of(alternatives.begin(), alternatives.end(), [&](const auto& alt) { return subset(alt, b); });
      if (found) break;
    }
    n += found ? 0 : 1;
  }
  return n;
}

std::pair<std::set<std::string>, std::size_t> NameResolver::name_words(graph::NodeId n, const std::set<std::string>& phrase) const {
  std::set<std::string> all;
  std::size_t nearest = SIZE_MAX;
  for (const auto& name : names_of(n)) {
    auto cw = content_words(name);
    if (cw.empty()) continue;
    all.insert(cw.begin(), cw.end());
    nearest = std::min(nearest, missing_words(cw, phrase));
  }
  return {std::move(all), nearest};
}

std::vector<graph::NodeId> NameResolver::containing(const std::vector<std::string>& ws, const std::string& label,
                                                    bool all_matches, bool phrase_in_name_only,
                                                    std::size_t allowed_missing) const {
  std::set<std::string> phrase_set(ws.begin(), ws.end());
  auto sym = g_.find_symbol(label);
  if (!sym) return {};
  std::vector<graph::NodeId> best;
  std::size_t best_extra = SIZE_MAX;
  for (auto n : g_.nodes_with_label(*sym)) {
    std::size_t node_best = SIZE_MAX;
    for (const auto& name : names_of(n)) {
      auto cw = content_words(name);
      if (cw.empty()) continue;
      std::set<std::string> cs(cw.begin(), cw.end());
      auto phrase_extra = missing_words(ws, cs), name_extra = missing_words(cw, phrase_set);
      bool phrase_in_name = phrase_extra == 0;
      // A name inside the phrase must be a real part of it, not a generic alias ("the talks").
      bool name_in_phrase = !phrase_in_name_only && name_extra == 0 && cs.size() >= 2 &&
                            cs.size() * 2 >= phrase_set.size();
      if (!phrase_in_name && !name_in_phrase) continue;
      node_best = std::min(node_best, phrase_extra + name_extra);
    }
    if (node_best == SIZE_MAX) continue;
    if (all_matches) node_best = 0;
    if (node_best < best_extra) {
      best_extra = node_best;
      best.clear();
    }
    if (node_best == best_extra) best.push_back(n);
  }
  if (!best.empty()) return best;
  // No single name holds the words: a node's names and aliases together may ("trilateral foreign
  // ministers' meeting in Tokyo" = "China-Japan-South Korea foreign ministers' meeting in Tokyo",
  // alias "trilateral talks"). Closest: the fewest words missing, then the name nearest the phrase.
  for (auto n : g_.nodes_with_label(*sym)) {
    auto [all, nearest] = name_words(n, phrase_set);
    if (all.empty()) continue;
    auto missing = missing_words(ws, all);
    if (missing > allowed_missing) continue;
    std::size_t score = all_matches ? 0 : missing * 1000 + nearest;
    if (score < best_extra) {
      best_extra = score;
      best.clear();
    }
    if (score == best_extra) best.push_back(n);
  }
  return best;
}

std::vector<graph::NodeId> NameResolver::held_in_place(std::string_view phrase, bool all_matches) const {
  // "<words> in <PLACE>" (the last "in" or "at"): the words before it name the meeting.
  auto all = split_words(graph::normalize_name(phrase));
  std::size_t cut = 0;
  for (std::size_t i = 1; i + 1 < all.size(); ++i)
    if (all[i] == "in" || all[i] == "at") cut = i;
  if (cut == 0) return {};
  std::string head, tail;
  for (std::size_t i = 0; i < all.size(); ++i) {
    if (i == cut) continue;
    auto& part = i < cut ? head : tail;
    part += (part.empty() ? "" : " ") + all[i];
  }
  auto head_words = content_words(head);
  if (head_words.empty()) return {};
  auto place = resolve(tail, {"Place", "State"});
  auto held = g_.find_symbol("HELD_IN"), located = g_.find_symbol("LOCATED_IN"), meeting = g_.find_symbol("Meeting");
  if (place.empty() || !held || !meeting) return {};
  // The place and the places in it (LOCATED_IN, up to three steps).
  std::set<graph::NodeId> places(place.nodes.begin(), place.nodes.end());
  std::vector<graph::NodeId> frontier(place.nodes.begin(), place.nodes.end());
  for (int depth = 0; depth < 3 && located && !frontier.empty(); ++depth) {
    std::vector<graph::NodeId> next;
    for (auto p : frontier)
      for (const auto& a : g_.in_adjacent(p, *located))
        if (places.insert(a.other).second) next.push_back(a.other);
    frontier = std::move(next);
  }
  auto words = content_words(phrase);
  std::set<std::string> phrase_set(words.begin(), words.end());
  std::vector<graph::NodeId> best;
  std::size_t best_extra = SIZE_MAX;
  for (auto n : g_.nodes_with_label(*meeting)) {
    bool there = false;
    for (const auto& a : g_.out_adjacent(n, *held)) there = there || places.count(a.other) > 0;
    if (!there) continue;
    auto [words_of_names, nearest] = name_words(n, phrase_set);
    if (words_of_names.empty() || missing_words(head_words, words_of_names) != 0) continue;
    std::size_t score = all_matches ? 0 : nearest;
    if (score < best_extra) {
      best_extra = score;
      best.clear();
    }
    if (score == best_extra) best.push_back(n);
  }
  return best;
}

std::vector<graph::NodeId> NameResolver::meeting_of_people(std::string_view phrase) const {
  // "[the] <noun> of|between A with|and B"
  auto all = split_words(graph::normalize_name(phrase));
  std::size_t i = !all.empty() && all.front() == "the" ? 1 : 0;
  static const std::set<std::string, std::less<>> nouns = {"meeting", "talks", "encounter", "bilateral", "call", "conversation"};
  if (i + 1 >= all.size() || !nouns.count(all[i])) return {};
  ++i;
  if (i < all.size() && all[i] == "meeting" && all[i - 1] == "bilateral") ++i;
  if (i >= all.size() || (all[i] != "of" && all[i] != "between")) return {};
  ++i;
  std::vector<graph::NodeId> common;
  for (std::size_t cut = i + 1; cut + 1 < all.size(); ++cut) {
    if (all[cut] != "with" && all[cut] != "and") continue;
    auto join = [&](std::size_t b, std::size_t e) {
      std::string out;
      for (auto k = b; k < e; ++k) out += (out.empty() ? "" : " ") + all[k];
      return out;
    };
    auto a = resolve(join(i, cut), {"Person"}), b = resolve(join(cut + 1, all.size()), {"Person"});
    auto attends = g_.find_symbol("ATTENDS");
    if (a.nodes.size() != 1 || b.nodes.size() != 1 || !attends) continue;
    auto met = [&](graph::NodeId p) {
      std::set<graph::NodeId> out;
      for (const auto& e : g_.out_adjacent(p, *attends)) out.insert(e.other);
      return out;
    };
    auto x = met(a.nodes.front()), y = met(b.nodes.front());
    std::set_intersection(x.begin(), x.end(), y.begin(), y.end(), std::back_inserter(common));
    if (!common.empty()) break;
  }
  // the encounter of the two rather than a summit both attended: the meetings with the fewest attendees
  if (common.size() > 1) {
    auto attends = g_.find_symbol("ATTENDS");
    std::size_t fewest = SIZE_MAX;
    std::vector<graph::NodeId> best;
    for (auto m : common) {
      auto n = g_.in_adjacent(m, *attends).size();
      if (n < fewest) {
        fewest = n;
        best.clear();
      }
      if (n == fewest) best.push_back(m);
    }
    common = std::move(best);
  }
  return common;
}

Resolved NameResolver::series(std::string_view phrase) const {
  auto named = resolve(phrase, {"Meeting"}, true);
  std::vector<graph::NodeId> nodes = named.nodes;
  auto words = content_words(phrase);
  if (!words.empty()) {
    auto more = containing(words, "Meeting", true, true);
    // No meeting has all the words: those lacking one, when that leaves two or more.
    if (more.empty() && std::set<std::string>(words.begin(), words.end()).size() >= 3)
      more = containing(words, "Meeting", true, true, 1);
    nodes.insert(nodes.end(), more.begin(), more.end());
  }
  std::sort(nodes.begin(), nodes.end());
  nodes.erase(std::unique(nodes.begin(), nodes.end()), nodes.end());
  Resolved r{"Meeting", std::move(nodes), {}};
  for (auto n : r.nodes) r.names.push_back(name_of(n));
  std::sort(r.names.begin(), r.names.end());
  return r;
}

Resolved NameResolver::demonym_state(std::string_view phrase) const {
  // demonyms.tsv: ISO alpha-2, adjectives (;-separated), plural nouns for the people.
  static const std::map<std::string, std::string, std::less<>> by_demonym = [] {
    std::map<std::string, std::string, std::less<>> out;
    auto text = fg::embedded::ask_demonyms_tsv();
    std::size_t at = 0;
    while (at < text.size()) {
      auto end = text.find('\n', at);
      if (end == std::string_view::npos) end = text.size();
      auto line = text.substr(at, end - at);
      at = end + 1;
      if (line.empty() || line.front() == '#') continue;
      std::vector<std::string> cols;
      std::size_t from = 0;
      for (std::size_t tab; (tab = line.find('\t', from)) != std::string_view::npos; from = tab + 1)
        cols.emplace_back(line.substr(from, tab - from));
      cols.emplace_back(line.substr(from));
      for (std::size_t c = 1; c < cols.size() && c <= 2; ++c) {
        std::size_t f = 0;
        for (;;) {
          auto semi = cols[c].find(';', f);
          auto word = cols[c].substr(f, semi == std::string::npos ? std::string::npos : semi - f);
          if (!word.empty()) out.emplace(graph::normalize_name(word), cols[0]);
          if (semi == std::string::npos) break;
          f = semi + 1;
        }
      }
    }
    return out;
  }();
  auto it = by_demonym.find(graph::normalize_name(phrase));
  if (it == by_demonym.end()) return {};
  const auto* entry = graph::StateLexicon::builtin().find(it->second);
  if (!entry) return {};
  return resolve(entry->name, {"State"});
}

std::vector<std::string> NameResolver::forum_values(std::string_view phrase) const {
  std::set<std::string> values;
  auto rel = g_.find_symbol("REPRESENTS");
  auto forum_key = g_.find_symbol("forum");
  if (!rel || !forum_key) return {};
  std::set<std::string> forums;
  for (auto e : g_.edges_with_type(*rel))
    if (auto v = g_.edge_value(e, *forum_key); v.is_string()) forums.emplace(v.as_string());

  // Names the phrase denotes: itself, and every name and alias of the Meetings and Organizations
  // it resolves to.
  std::set<std::string> norms = {graph::normalize_name(phrase)};
  auto r = resolve(phrase, {"Meeting", "Organization"});
  for (auto n : r.nodes)
    for (const auto& name : names_of(n)) norms.insert(graph::normalize_name(name));
  for (const auto& f : forums)
    if (norms.count(graph::normalize_name(f))) values.insert(f);
  if (!values.empty()) return {values.begin(), values.end()};

  // No exact value: forum strings that contain the phrase's content words (or the reverse).
  auto ws = content_words(phrase);
  if (ws.empty()) return {};
  std::set<std::string> ps(ws.begin(), ws.end());
  std::size_t best = SIZE_MAX;
  for (const auto& f : forums) {
    auto cw = content_words(f);
    std::set<std::string> cs(cw.begin(), cw.end());
    if (cw.empty()) continue;
    auto phrase_extra = missing_words(ws, cs), value_extra = missing_words(cw, ps);
    if (phrase_extra != 0 && value_extra != 0) continue;
    auto extra = phrase_extra + value_extra;
    if (extra < best) {
      best = extra;
      values.clear();
    }
    if (extra == best) values.insert(f);
  }
  return {values.begin(), values.end()};
}

std::vector<std::string> NameResolver::similar_names(std::string_view phrase, const std::vector<std::string>& labels,
                                                     std::size_t n) const {
  auto target = graph::normalize_name(phrase);
  auto words = content_words(phrase);
  std::set<std::string> ws(words.begin(), words.end());
  std::vector<std::pair<double, std::string>> scored;
  for (const auto& label : labels) {
    auto sym = g_.find_symbol(label);
    if (!sym) continue;
    for (auto node : g_.nodes_with_label(*sym)) {
      double best = 1e9;
      for (const auto& name : names_of(node)) {
        auto norm = graph::normalize_name(name);
        auto distance = [&](const std::string& a) {
          return static_cast<double>(edit_distance(a, target)) /
                 static_cast<double>(std::max<std::size_t>(1, std::max(a.size(), target.size())));
        };
        double d = distance(norm);
        for (const auto& w : split_words(norm))
          if (w.size() >= 4) d = std::min(d, distance(w));
        auto cw = content_words(name);
        std::size_t shared = 0;
        for (const auto& w : cw) shared += ws.count(w);
        if (shared) d -= 0.5 * static_cast<double>(shared) / static_cast<double>(std::max(cw.size(), ws.size()));
        best = std::min(best, d);
      }
      if (best < 0.6) scored.emplace_back(best, name_of(node));
    }
  }
  std::sort(scored.begin(), scored.end());
  std::vector<std::string> out;
  for (const auto& [d, name] : scored) {
    if (std::find(out.begin(), out.end(), name) == out.end()) out.push_back(name);
    if (out.size() == n) break;
  }
  return out;
}

}  // namespace fg::query::ask
