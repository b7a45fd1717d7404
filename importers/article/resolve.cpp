#include "importers/article/resolve.hpp"

#include <algorithm>
#include <unordered_map>

#include "graph/names.hpp"
#include "importers/article/translit.hpp"

namespace fg::importers::article {

namespace {

std::string noun_class(std::string_view w) {
  if (w == "talks" || w == "discussions" || w == "negotiations" || w == "consultations" || w == "dialogue" || w == "round")
    return "talks";
  if (w == "summit" || w == "summits") return "summit";
  if (w == "conference") return "conference";
  if (w == "briefing") return "briefing";
  return "meeting";
}

std::vector<std::string> norm_words(std::string_view s) {
  auto n = normalized(s);
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

// "next year's summit in New Delhi", a meeting dated after the article, "the margins of the G20
// meeting": mentioned in passing, it does not become what the following sentences are about.
bool announced_for_later(const Analysis& a, const Mention& m) {
  if (auto d = m.props.find("date"); d != m.props.end() && !d->second.empty() && !a.doc.date.empty() &&
                                     d->second > a.doc.date.substr(0, std::min(d->second.size(), a.doc.date.size())))
    return true;
  const auto& s = a.seg.sentences[static_cast<std::size_t>(m.sentence)];
  for (auto k = m.tok_begin; k > s.tok_begin && k + 5 > m.tok_begin; --k) {
    const auto& w = a.seg.tokens[k - 1].lower;
    if (w == "next" || w == "upcoming" || w == "future") return true;
    // "on the margins of the G20 meeting": the frame, not the subject
    if ((w == "margins" || w == "sidelines" || w == "margin") && k < m.tok_begin) return true;
  }
  return false;
}

// A meeting mention that only says where (or only who convened it) and the topic meeting that only
// says the other, with the same noun ("summit") and no date against it, are one meeting.
bool completes_topic(const Entity& topic, const Mention& m, const std::string& article_date) {
  auto prop = [](const std::map<std::string, std::string>& p, const char* k) {
    auto it = p.find(k);
    return it == p.end() ? std::string() : it->second;
  };
  auto noun = [](std::string_view name) {
    auto key = meeting_key(name);
    return key.substr(key.find('|'));
  };
  if (noun(topic.name) != noun(m.name)) return false;
  bool m_place = !prop(m.props, "place").empty(), m_conv = !prop(m.props, "convened_by").empty();
  bool t_place = !prop(topic.props, "place").empty(), t_conv = !prop(topic.props, "convened_by").empty();
  if (!((m_place && !m_conv && t_conv && !t_place) || (m_conv && !m_place && t_place && !t_conv))) return false;
  auto md = prop(m.props, "date"), td = prop(topic.props, "date");
  // "the meeting in Normandy in 2014", in an article of 2022, is another meeting
  if (!md.empty() && article_date.size() >= 4 && md.compare(0, 4, article_date, 0, 4) != 0) return false;
  return md.empty() || td.empty() || md == td;
}

}  // namespace

bool is_meeting_noun(std::string_view w) {
  static const std::string_view nouns[] = {"talks", "meeting", "meetings", "summit", "summits", "session", "sessions",
                                           "conference", "discussions", "negotiations", "consultations", "round",
                                           "gathering", "dialogue", "briefing", "assembly", "forum", "debates", "deliberations",
                                           "proceedings", "plenary"};
  return std::find(std::begin(nouns), std::end(nouns), w) != std::end(nouns);
}

namespace {
std::string meeting_key_uncached(std::string_view name, bool ignore_ordinals);
struct ViewHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view v) const { return std::hash<std::string_view>{}(v); }
};
}  // namespace

std::string meeting_key(std::string_view name, bool ignore_ordinals) {
  // remembered: meeting names recur across sentences and articles
  thread_local std::unordered_map<std::string, std::string, ViewHash, std::equal_to<>> memo[2];
  auto& m = memo[ignore_ordinals ? 1 : 0];
  if (m.size() > 200000) m.clear();
  if (auto it = m.find(name); it != m.end()) return it->second;
  return m.emplace(std::string(name), meeting_key_uncached(name, ignore_ordinals)).first->second;
}

namespace {
std::string meeting_key_uncached(std::string_view name, bool ignore_ordinals) {
  static const std::string_view stop[] = {"of", "the", "in", "on", "at", "a", "an", "and", "with", "for", "s", "planned"};
  std::vector<std::string> keys;
  std::string cls = "meeting";
  for (auto& w : norm_words(name)) {
    if (is_meeting_noun(w)) {
      cls = noun_class(w);
      continue;
    }
    if (std::find(std::begin(stop), std::end(stop), w) != std::end(stop)) continue;
    keys.push_back(word_key(w));
  }
  // "the 52nd OAS General Assembly" is the "OAS General Assembly" of the same article
  if (ignore_ordinals)
    keys.erase(std::remove_if(keys.begin(), keys.end(), [](const std::string& k) { return !k.empty() && k.front() >= '0' && k.front() <= '9'; }),
               keys.end());
  std::sort(keys.begin(), keys.end());
  std::string out;
  for (auto& k : keys) out += k + " ";
  return out + "|" + cls;
}
}  // namespace

void resolve(Analysis& a) {
  std::unordered_map<std::string, int> by_key;
  std::unordered_map<std::string, int> meeting_by_convener;  // organization name -> meeting entity
  int topic = -1;
  std::size_t next_sentence = 0;
  a.topic_by_sentence.assign(a.seg.sentences.size(), -1);

  auto key_of = [&](const Mention& m) -> std::string {
    switch (m.label) {
      case Label::State: return "S|" + m.name;
      case Label::Place: return "P|" + name_key(m.name);
      case Label::Organization: return "O|" + name_key(m.name);
      case Label::Person: return "H|" + person_key(m.name);
      case Label::Meeting: return "M|" + meeting_key(m.name, true);
      default: return "";
    }
  };

  for (std::size_t mi = 0; mi < a.mentions.size(); ++mi) {
    auto& m = a.mentions[mi];
    while (next_sentence <= static_cast<std::size_t>(m.sentence) && next_sentence < a.topic_by_sentence.size())
      a.topic_by_sentence[next_sentence++] = topic;
    if (m.label == Label::Title || m.label == Label::Date || m.label == Label::None) continue;
    if (m.label == Label::Meeting && m.props.count("corefer") && topic < 0) {
      // "held talks with ...", "at their 64th ordinary summit" before any meeting was named: the first
      // meeting of the article (named later after its place or convener, or dropped)
      m.props.erase("corefer");
      m.name = normalized(m.surface);
    }
    if (m.label == Label::Meeting && m.props.count("corefer")) {
      m.entity = topic;
      if (topic >= 0) {
        auto& e = a.entities[static_cast<std::size_t>(topic)];
        ++e.mentions;
        for (const auto& [k, v] : m.props)
          if (k != "corefer" && !v.empty() && !e.props.count(k)) e.props[k] = v;
      }
      continue;
    }
    if (m.label == Label::Meeting && topic >= 0 && completes_topic(a.entities[static_cast<std::size_t>(topic)], m, a.doc.date)) {
      // "Jeddah summit" in the headline, "the 32nd Arab League summit" below: one meeting, now with its convener
      auto& e = a.entities[static_cast<std::size_t>(topic)];
      m.entity = topic;
      ++e.mentions;
      for (const auto& [k, v] : m.props)
        if (!v.empty() && !e.props.count(k)) e.props[k] = v;
      continue;
    }
    auto key = key_of(m);
    if (key.empty()) continue;
    auto [it, added] = by_key.emplace(key, static_cast<int>(a.entities.size()));
    if (added) {
      Entity e;
      e.label = m.label;
      e.name = m.name;
      if (m.label == Label::Organization && !m.surface.empty() && m.rule != "dateline.agency") e.name = m.surface;
      e.sentence = m.sentence;
      e.rule = m.rule;
      e.confidence = m.rule == "gazetteer" ? 0.95 : 0.85;
      if (!m.kind.empty() && (m.label == Label::Organization || m.label == Label::Place) && m.kind != "capital")
        e.props["kind"] = m.kind;
      a.entities.push_back(std::move(e));
    }
    auto& e = a.entities[static_cast<std::size_t>(it->second)];
    m.entity = it->second;
    ++e.mentions;
    // a person is named by the fullest form seen
    if (m.label == Label::Person && m.name.size() > e.name.size() && person_key(m.name) == person_key(e.name)) e.name = m.name;
    auto add_alias = [&](const std::string& alias) {
      if (alias.empty() || normalized(alias) == normalized(e.name)) return;
      for (const auto& x : e.aliases)
        if (x == alias) return;
      e.aliases.push_back(alias);
    };
    if (m.alias_worthy) add_alias(m.surface);
    if (m.label != Label::Person && m.label != Label::Meeting) add_alias(m.name);
    if (m.props.count("acronym")) {
      add_alias(m.props["acronym"]);
      if (m.label == Label::Organization) e.props["acronym"] = m.props["acronym"];
    }
    if (m.label == Label::Meeting) {
      for (const auto& [k, v] : m.props)
        if (!v.empty() && !e.props.count(k)) e.props[k] = v;
      if (m.props.count("convened_by")) meeting_by_convener[m.props["convened_by"]] = m.entity;
      if (!announced_for_later(a, m)) topic = m.entity;
    } else if (m.label == Label::Organization) {
      if (auto c = meeting_by_convener.find(m.name); c != meeting_by_convener.end()) topic = c->second;
    }
  }
  while (next_sentence < a.topic_by_sentence.size()) a.topic_by_sentence[next_sentence++] = topic;
  // Meeting names were built from what the text said; drop aliases that are just the noun
  for (auto& e : a.entities) {
    if (e.label != Label::Meeting) continue;
    e.aliases.erase(std::remove_if(e.aliases.begin(), e.aliases.end(), [](const std::string& s) { return is_meeting_noun(normalized(s)); }),
                    e.aliases.end());
  }
}

}  // namespace fg::importers::article
