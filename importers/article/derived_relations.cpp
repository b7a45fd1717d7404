// What follows from the rules' facts: the article's main meeting and who took part in it, where
// it was held, whom people represent there, and the names of meetings the text only calls "the talks".
#include "importers/article/relation_builder.hpp"
#include "graph/names.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <chrono>
#include <cstdint>
#include <map>
#include <set>
#include <tuple>

#include "importers/article/resolve.hpp"
#include "importers/article/tokenize.hpp"
#include "importers/article/translit.hpp"

namespace fg::importers::article {

using namespace std::string_view_literals;  // `== "x"sv` compares inline, without strlen

namespace {
// Does `text` contain one of `cues`? One pass over the text, not one per cue: at each byte only the
// cues starting with it are compared.
bool contains_any(std::string_view text, std::initializer_list<std::string_view> cues) {
  constexpr std::size_t kMostCues = 64;  // a bit each
  if (cues.size() > kMostCues)
    return std::any_of(cues.begin(), cues.end(), [&](std::string_view cue) { return text.find(cue) != std::string_view::npos; });
  std::array<std::uint64_t, 256> starting{};  // per first byte: the cues (a bit by position) that start with it
  std::uint64_t bit = 1;
  for (auto cue : cues) {
    if (cue.empty()) return true;
    starting[static_cast<unsigned char>(cue.front())] |= bit;
    bit <<= 1;
  }
  for (std::size_t p = 0; p < text.size(); ++p)
    for (auto bits = starting[static_cast<unsigned char>(text[p])]; bits; bits &= bits - 1) {
      const std::string_view cue = cues.begin()[__builtin_ctzll(bits)];
      if (p + cue.size() <= text.size() && (cue.size() < 2 || text[p + 1] == cue[1]) && text.compare(p, cue.size(), cue) == 0)
        return true;
    }
  return false;
}

// Where the lower-case ASCII `needle` occurs in `text`, letters compared without case (these run for
// every title, many times an article: no lower-cased copy).
std::size_t find_ascii_ci(std::string_view text, std::string_view needle) {
  auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; };
  for (std::size_t i = 0; i + needle.size() <= text.size(); ++i) {
    std::size_t k = 0;
    while (k < needle.size() && lower(text[i + k]) == needle[k]) ++k;
    if (k == needle.size()) return i;
  }
  return std::string_view::npos;
}

// How the year of an ISO date stands to the story's: below 0 earlier, above 0 later, 0 the same year
// or unknown.
int year_against_story(std::string_view iso, std::string_view story) {
  if (iso.size() < 4 || story.size() < 4) return 0;
  return iso.substr(0, 4).compare(story.substr(0, 4));
}

// A meeting's date as the text gives it ("" when it gives none).
std::string date_of(const Entity& meeting) {
  auto d = meeting.props.find("date");
  return d == meeting.props.end() ? std::string() : d->second;
}

// The first place `relations` hold `meeting` in, -1 if none.
int held_in(const std::vector<Relation>& relations, int meeting) {
  for (const auto& r : relations)
    if (r.type == "HELD_IN"sv && r.from == meeting) return r.to;
  return -1;
}

// The day of a full ISO date ("2025-10-31").
std::chrono::sys_days day_of(std::string_view iso) {
  using namespace std::chrono;
  int y = 0, m = 0, d = 0;
  std::from_chars(iso.data(), iso.data() + 4, y);
  std::from_chars(iso.data() + 5, iso.data() + 7, m);
  std::from_chars(iso.data() + 8, iso.data() + 10, d);
  return sys_days{year{y} / m / d};
}

// Dates close enough for one trip: within three days when both are days ("Friday 31 October" and
// the summit of Saturday 1 November), else the same month.
bool same_trip(std::string_view d, std::string_view ref) {
  if (d.size() == 10 && ref.size() == 10) {
    auto gap = (day_of(d) - day_of(ref)).count();
    return gap >= -3 && gap <= 3;
  }
  return d.size() >= 7 && ref.size() >= 7 && d.substr(0, 7) == ref.substr(0, 7);
}

// Meetings of two or three people that the text reports as such ("A met B", "talks with B", "the
// A-B meeting"), as opposed to meetings of a body or a series.
bool encounter_rule(const std::string& rule) {
  return rule.rfind("met.", 0) == 0 || rule == "meeting.talks_with_person"sv || rule == "meeting.person_pair"sv;
}
// "Navin Ramgoolam, retained in Port-Louis by the budget debate, was represented by ...": an
// apposition that opens with a past participle
bool participle(std::string_view w) {
  return w.size() > 4 && w.ends_with("ed") && w != "attended"sv && w != "joined"sv && w != "represented"sv;
}
// "FR" in "Hespress FR": the language of an outlet's edition
bool edition_language(std::string_view w) {
  static const std::string_view languages[] = {"FR", "EN", "ES", "DE", "AR", "PT", "RU", "IT", "ZH", "JA", "TR", "FA"};
  return std::find(std::begin(languages), std::end(languages), w) != std::end(languages);
}
}  // namespace

bool RelationBuilder::former_title(const Relation& r) {
  auto it = r.props.find("title");
  return it != r.props.end() && it->second.size() >= 6 && find_ascii_ci(std::string_view(it->second).substr(0, 6), "former") == 0;
}

// "Kremlin spokesman", "Pentagon Press Secretary": someone who speaks about meetings for a government.
bool RelationBuilder::spokesperson_title(const Relation& r) {
  auto it = r.props.find("title");
  if (it == r.props.end()) return false;
  return find_ascii_ci(it->second, "spokes") != std::string_view::npos || find_ascii_ci(it->second, "press") != std::string_view::npos;
}

// A meeting dated after the article ("next year's summit", "by the end of January", a later date).
bool RelationBuilder::still_to_come(const Entity& e) const {
  auto t = e.props.find("date_text");
  if (t != e.props.end() && (t->second.rfind("by ", 0) == 0 || t->second.find("next") != std::string::npos)) return true;
  auto d = e.props.find("date");
  return d != e.props.end() && !d->second.empty() && !a.doc.date.empty() && d->second > a.doc.date.substr(0, d->second.size());
}

// Does the sentence contain one of these (lower-case) phrases?
bool RelationBuilder::sentence_says(int sentence, std::initializer_list<std::string_view> cues) const {
  if (lower_sentences.size() != a.seg.sentences.size()) lower_sentences.assign(a.seg.sentences.size(), std::string());
  auto& text = lower_sentences[static_cast<std::size_t>(sentence)];
  if (text.empty()) text = lower_utf8(a.sentence(sentence));
  return contains_any(text, cues);
}

// A meeting of the next few days that the article previews ("will be held in Minsk on Thursday"):
// still to come, but what the article is about, with the people who will take part.
bool RelationBuilder::imminent(int meeting) const {
  const auto& p = a.entities[static_cast<std::size_t>(meeting)].props;
  auto d = p.find("date");
  if (d == p.end() || d->second.size() != 10 || a.doc.date.size() != 10) return false;
  auto ahead = (day_of(d->second) - day_of(a.doc.date)).count();
  return ahead > 0 && ahead <= 3;
}

// Still to come and not the article's own subject.
bool RelationBuilder::later(int meeting) const { return planned(meeting) && !imminent(meeting); }

int RelationBuilder::main_meeting() {
  if (main_cache != -2) return main_cache;
  main_cache = -1;
  // the meeting the article reports: one held (or about to be), else one still to come ("What to
  // expect from the summit in Baku"), else one of an earlier year, recalled; among those, the one
  // named most, the headline's counting double
  auto rank = [&](int i) {
    const auto& x = a.entities[static_cast<std::size_t>(i)];
    auto d = x.props.find("date");
    bool past_year = d != x.props.end() && year_against_story(d->second, a.doc.date) < 0;
    return past_year ? 2 : still_to_come(x) && !imminent(i) ? 1 : 0;
  };
  // (a meeting named in an office does not count there: "the Executive Director of COP30")
  std::vector<int> in_titles(a.entities.size(), 0);
  for (const auto& m : a.mentions)
    if (m.label == Label::Meeting && m.entity >= 0 && a.named_in_title(m)) ++in_titles[static_cast<std::size_t>(m.entity)];
  auto weight = [&](int i) {
    const auto& x = a.entities[static_cast<std::size_t>(i)];
    return x.mentions - in_titles[static_cast<std::size_t>(i)] + (x.sentence == 0 ? 2 : 0);
  };
  int best_rank = 3;
  for (std::size_t i = 0; i < a.entities.size(); ++i) {
    const auto& e = a.entities[i];
    if (e.label != Label::Meeting || e.props.count("kind")) continue;
    int r = rank(static_cast<int>(i));
    if (r < best_rank || (r == best_rank && weight(static_cast<int>(i)) > weight(main_cache))) {
      best_rank = r;
      main_cache = static_cast<int>(i);
    }
  }
  return main_cache;
}

// The day of the meeting the article reports: its own date, or the article's while the text gives it
// none (dates_of_the_reported_meeting writes it so later).
std::string RelationBuilder::reported_day(int main) const {
  auto day = date_of(a.entities[static_cast<std::size_t>(main)]);
  return day.empty() ? a.doc.date : day;
}

// A venue ("the Lima Convention Center", "NATO headquarters") rather than a city or region.
bool RelationBuilder::is_site(int place) const {
  const auto& p = a.entities[static_cast<std::size_t>(place)].props;
  auto k = p.find("kind");
  return k != p.end() && k->second == "site"sv;
}

bool RelationBuilder::planned(int meeting) const {
  const auto& p = a.entities[static_cast<std::size_t>(meeting)].props;
  auto it = p.find("status");
  return it != p.end() && it->second == "planned"sv;
}

// "said X, a Central Africa specialist at ...", "analyst X said": someone who comments from outside.
bool RelationBuilder::commentator(int person, int sentence) const {
  const auto& s = a.seg.sentences[static_cast<std::size_t>(sentence)];
  const auto& toks = a.seg.tokens;
  const int cls = a.lex.class_id("commentator");
  if (cls < 0) return false;
  auto is_commentator = [&](std::uint32_t k) { return (toks[k].classes >> cls) & 1u; };
  for (int oi : a.mentions_of_sentence[static_cast<std::size_t>(sentence)]) {
    const auto& m = a.mentions[static_cast<std::size_t>(oi)];
    if (m.entity != person || m.label != Label::Person) continue;
    if (m.tok_begin > s.tok_begin && is_commentator(m.tok_begin - 1)) return true;
    if (!(m.tok_end + 1 < s.tok_end && toks[m.tok_end].lower == ","sv)) continue;
    auto k = m.tok_end + 1;
    if (toks[k].lower != "a"sv && toks[k].lower != "an"sv && toks[k].lower != "the"sv) continue;
    for (++k; k < s.tok_end && k < m.tok_end + 8; ++k) {
      if (is_commentator(k)) return true;
      if (toks[k].lower == ","sv || toks[k].lower == "."sv || toks[k].lower == "at"sv || toks[k].lower == "of"sv) break;
    }
  }
  return false;
}

// The attends.participant_* rules read "a person speaks or acts in a sentence about a meeting" as
// taking part in it. Not when the meeting is still to come, when the person speaks for a
// government (spokespeople comment on meetings, they do not sit in them), or when the sentence is
// dated away from the meeting ("Erdogan had said in August").
void RelationBuilder::drop_unlikely_participants() {
  std::set<int> spokespeople;
  for (const auto& r : a.relations) {
    if (r.type != "HOLDS_ROLE"sv || !r.props.count("title")) continue;
    if (spokesperson_title(r)) spokespeople.insert(r.from);
  }
  for (const auto& m : a.mentions)
    if (m.label == Label::Title && m.entity < 0) {
      auto t = lower_utf8(m.name);
      if (t.find("spokes") == std::string::npos && t.find("press secretary") == std::string::npos) continue;
      for (int oi : a.mentions_of_sentence[static_cast<std::size_t>(m.sentence)]) {
        const auto& o = a.mentions[static_cast<std::size_t>(oi)];
        if (o.label == Label::Person && o.entity >= 0 && (o.tok_begin == m.tok_end || o.tok_end + 1 == m.tok_begin || o.tok_end + 2 == m.tok_begin))
          spokespeople.insert(o.entity);
      }
    }
  auto dated_away = [&](const Relation& r) {
    const auto& mp = a.entities[static_cast<std::size_t>(r.to)].props;
    auto md = mp.find("date");
    for (int oi : a.mentions_of_sentence[static_cast<std::size_t>(r.sentence)]) {
      const auto& o = a.mentions[static_cast<std::size_t>(oi)];
      if (o.label != Label::Date) continue;
      const auto& iso = o.props.at("iso");
      if (md == mp.end() || md->second.empty()) return !a.doc.date.empty() && !iso.empty() && iso.substr(0, 7) != a.doc.date.substr(0, 7);
      auto n = std::min(iso.size(), md->second.size());
      if (iso.compare(0, n, md->second, 0, n) != 0) return true;
    }
    return false;
  };
  // a person the text places at a meeting in so many words speaks there, not at the main meeting
  std::map<int, std::set<int>> explicit_meetings;
  for (const auto& r : a.relations) {
    if (r.rule.rfind("attends.participant", 0) == 0) continue;
    // encounters on the sidelines ("X met Y") do not take anyone away from the main meeting
    if (r.type == "ATTENDS"sv && a.entities[static_cast<std::size_t>(r.to)].rule.rfind("met.", 0) != 0) explicit_meetings[r.from].insert(r.to);
    if (r.type == "REPRESENTS"sv && r.props.count("forum"))
      if (int m = find_entity(Label::Meeting, r.props.at("forum")); m >= 0) explicit_meetings[r.from].insert(m);
  }
  auto elsewhere = [&](const Relation& r) {
    auto it = explicit_meetings.find(r.from);
    return it != explicit_meetings.end() && !it->second.count(r.to);
  };
  std::erase_if(a.relations, [&](const Relation& r) {
    if (r.rule.rfind("attends.participant", 0) != 0) return false;
    const auto& m = a.entities[static_cast<std::size_t>(r.to)];
    if (later(r.to) || spokespeople.count(r.from) || m.props.count("kind") || dated_away(r) || elsewhere(r) || commentator(r.from, r.sentence))
      return true;
    // "..., Huitfeldt said in a statement": words sent from elsewhere
    return sentence_says(r.sentence, {"in a statement", "in an interview", "on twitter", "on x,", "in a tweet", "on television", "in a video",
                                      "by phone", "by telephone", "separately,"});
  });
}

// "the record of President Jair Bolsonaro's government", "the government of Nicolás Maduro": someone the
// text names only for the government they lead is not at the meeting for it (what was derived goes;
// what a rule read stays)
void RelationBuilder::drop_leaders_named_for_their_government() {
  const auto& toks = a.seg.tokens;
  auto government = [](std::string_view w) { return w == "government"sv || w == "administration"sv || w == "regime"sv || w == "cabinet"sv; };
  std::map<int, bool> only_for_government;  // person -> every mention names a government
  for (const auto& m : a.mentions) {
    if (m.label != Label::Person || m.entity < 0) continue;
    bool of = m.tok_begin >= 2 && toks[m.tok_begin - 1].lower == "of"sv && government(toks[m.tok_begin - 2].lower);
    bool possessive = m.tok_end + 1 < toks.size() && toks[m.tok_end].possessive() && government(toks[m.tok_end + 1].lower);
    auto [it, added] = only_for_government.emplace(m.entity, of || possessive);
    if (!added) it->second = it->second && (of || possessive);
  }
  std::erase_if(a.relations, [&](const Relation& r) {
    if ((r.type != "ATTENDS"sv && r.type != "REPRESENTS"sv) || r.rule.rfind("derived.", 0) != 0) return false;
    auto it = only_for_government.find(r.from);
    return it != only_for_government.end() && it->second;
  });
}

// "the war in Gaza", "the Taiwan Strait": a region no meeting is held in and nothing is located in is
// scenery, not a place of the story (places are where meetings and visits happen)
void RelationBuilder::drop_idle_regions() {
  std::vector<bool> used(a.entities.size(), false);
  for (const auto& r : a.relations) used[static_cast<std::size_t>(r.from)] = used[static_cast<std::size_t>(r.to)] = true;
  for (std::size_t e = 0; e < a.entities.size(); ++e) {
    auto& place = a.entities[e];
    if (place.label != Label::Place || used[e]) continue;
    if (auto kind = place.props.find("kind"); kind != place.props.end() && kind->second == "region"sv) place.label = Label::None;
  }
}

// A meeting takes another name; whoever represented someone at it did so under the new one.
void RelationBuilder::rename_meeting(Entity& e, const std::string& name) {
  for (auto& r : a.relations)
    if (auto f = r.props.find("forum"); f != r.props.end() && f->second == e.name) f->second = name;
  e.name = name;
}

// A meeting the text only calls "the talks" is named after where it took place or who convened it;
// one that stays nameless is dropped (a node called "talks" would merge every article's talks).
void RelationBuilder::name_bare_meetings() {
  for (std::size_t i = 0; i < a.entities.size(); ++i) {
    auto& e = a.entities[i];
    if (e.label != Label::Meeting || meeting_key(e.name).front() != '|') continue;
    std::string name;
    // named after its town rather than its venue ("meeting in Tokyo", not "in Iikura Guest House")
    for (bool venues : {false, true})
      for (const auto& r : a.relations) {
        if (!name.empty() || r.from != static_cast<int>(i) || r.type != "HELD_IN"sv) continue;
        const auto& place = a.entities[static_cast<std::size_t>(r.to)];
        auto kind = place.props.find("kind");
        if (!venues && kind != place.props.end() && kind->second == "site"sv) continue;
        name = e.name + " in " + place.name;
      }
    for (const auto& r : a.relations)
      if (name.empty() && r.from == static_cast<int>(i) && r.type == "CONVENED_BY"sv) {
        const auto& org = a.entities[static_cast<std::size_t>(r.to)];
        auto acr = org.props.find("acronym");
        name = (acr != org.props.end() ? acr->second : org.name) + " " + e.name;
      }
    // "ARGYLE, Saint Vincent (AFP) – The leaders of Guyana and Venezuela promised ... after a first
    // face-to-face meeting in this small island nation": a meeting the lead reports takes the dateline's
    // town, when the article names no other meeting that took place (it is the one reported)
    if (name.empty() && e.sentence > 0 && e.sentence <= lead_sentence() + 1 && !planned(static_cast<int>(i))) {
      bool other_held = false;
      for (std::size_t j = 0; j < a.entities.size() && !other_held; ++j)
        other_held = j != i && a.entities[j].label == Label::Meeting && meeting_key(a.entities[j].name).front() != '|' &&
                     !planned(static_cast<int>(j)) && !encounter_rule(a.entities[j].rule);
      for (const auto& m : a.mentions)
        if (!other_held && name.empty() && m.rule == "dateline"sv && m.entity >= 0) name = e.name + " in " + a.entities[static_cast<std::size_t>(m.entity)].name;
    }
    // "the German and Polish governments held intergovernmental consultations": named after its parties,
    // when the sentence that reports it names them by their adjectives ("German-Polish consultations")
    if (name.empty() && e.sentence > 0) {
      std::vector<std::string> parties;
      std::set<int> seen;
      bool demonyms = true;
      for (int oi : a.mentions_of_sentence[static_cast<std::size_t>(e.sentence)]) {
        const auto& m = a.mentions[static_cast<std::size_t>(oi)];
        if (m.label != Label::State || m.entity < 0 || !seen.insert(m.entity).second) continue;
        parties.push_back(m.kind == "demonym"sv ? m.surface : a.entities[static_cast<std::size_t>(m.entity)].name);
        // (as the parties, not the nationality of someone's office: "French President X and Dutch ...")
        static const std::set<std::string_view> party_words{"and", ",", "-", "governments", "government", "sides", "side", "delegations"};
        demonyms = demonyms && m.kind == "demonym"sv && m.tok_end < a.seg.tokens.size() && party_words.count(a.seg.tokens[m.tok_end].lower);
      }
      if (demonyms && parties.size() >= 2 && parties.size() <= 3) {
        for (std::size_t k = 0; k < parties.size(); ++k) name += (k ? "-" : "") + parties[k];
        name += " " + e.name;
      }
    }
    if (name.empty()) {
      // and no one represents anybody at a meeting that is not there
      for (auto& r : a.relations)
        if (auto f = r.props.find("forum"); f != r.props.end() && f->second == e.name) r.props.erase(f);
      e.label = Label::None;
      continue;
    }
    rename_meeting(e, name);
  }
}

// "X sat down with Y for the 10th Trade Dialogue": the encounter is that meeting, not a separate
// "X–Y meeting" (met.for_meeting and met.verb both read the sentence).
void RelationBuilder::drop_encounters_inside_named_meetings() {
  for (const auto& r : a.relations) {
    if ((r.rule != "met.for_meeting"sv && r.rule != "met.hosted_for_meeting"sv && r.rule != "met.held_named_meeting"sv && r.rule != "met.verb_two_together"sv) ||
        r.type != "MET_WITH"sv)
      continue;
    // (only an encounter of these two: "X received Y for a working meeting, and Z had talks with W"
    // keeps Z and W's)
    auto attended_by = [&](int e, int who) {
      return std::any_of(a.relations.begin(), a.relations.end(), [&](const Relation& x) { return x.type == "ATTENDS"sv && x.to == e && x.from == who; });
    };
    for (std::size_t e = 0; e < a.entities.size(); ++e) {
      auto& m = a.entities[e];
      if (m.label == Label::Meeting && m.rule.rfind("met.", 0) == 0 && m.rule != r.rule && m.sentence == r.sentence &&
          (attended_by(static_cast<int>(e), r.from) || attended_by(static_cast<int>(e), r.to)))
        m.label = Label::None;
    }
  }
  std::erase_if(a.relations, [&](const Relation& r) {
    return a.entities[static_cast<std::size_t>(r.from)].label == Label::None || a.entities[static_cast<std::size_t>(r.to)].label == Label::None;
  });
}

// "Prime Minister X, standing in for President Y", "in place of Y", "deputising for Y": Y is the
// one who is not there. `at` is where the person's name starts; a title before it is skipped.
bool RelationBuilder::stood_in_for(std::uint32_t at, std::uint32_t sentence_begin) const {
  const auto& toks = a.seg.tokens;
  auto k = at;
  for (int titles = 0; titles < 3 && k > sentence_begin && (toks[k - 1].has(kCap) || (toks[k - 1].classes & a.lex.bits().title_word)); ++titles) --k;
  // "who replaced the secretary X", "replacing President X"
  if (k > sentence_begin && (toks[k - 1].lower == "the"sv || toks[k - 1].lower == "his"sv || toks[k - 1].lower == "her"sv)) --k;
  if (k > sentence_begin && (toks[k - 1].lower == "replaced"sv || toks[k - 1].lower == "replacing"sv || toks[k - 1].lower == "replaces"sv))
    return true;
  if (k < sentence_begin + 2) return false;
  const auto& prep = toks[k - 1].lower;
  const auto& before = toks[k - 2].lower;
  const std::string_view third = k >= sentence_begin + 3 ? std::string_view(toks[k - 3].lower) : std::string_view();
  if (prep == "for"sv)
    return before == "deputising"sv || before == "deputizing"sv || before == "substituting"sv ||
           (before == "in"sv && (third == "standing"sv || third == "stood"sv || third == "stand"sv || third == "stands"sv || third == "filling"sv));
  if (prep == "of"sv) return before == "instead"sv || (before == "place"sv && third == "in"sv);
  return false;
}

// "as Foreign Minister X is on a visit to Brussels", "X is in Ankara for a visit by ...": someone
// the text places elsewhere (`k` is just past the name) while the main meeting is held.
bool RelationBuilder::elsewhere_at_the_time(const Sentence& s, std::uint32_t k, int main) {
  const auto& toks = a.seg.tokens;
  if (!(k + 3 < s.tok_end && (toks[k].lower == "is"sv || toks[k].lower == "was"sv))) return false;
  const auto& w = toks[k + 1].lower;
  if (w == "on"sv && (toks[k + 2].lower == "a"sv || toks[k + 2].lower == "an"sv))
    return toks[k + 3].lower == "visit"sv || toks[k + 3].lower == "trip"sv || toks[k + 3].lower == "tour"sv;
  if (w != "in"sv) return false;
  const Mention* place = mention_starting_at(s.index, k + 2, Label::Place);
  if (!place) place = mention_starting_at(s.index, k + 2, Label::State);
  if (!place || place->entity < 0 || (place->label == Label::State && place->kind != "capital"sv)) return false;
  for (const auto& r : a.relations)
    if (r.type == "HELD_IN"sv && r.from == main && (r.to == place->entity || a.entities[static_cast<std::size_t>(r.to)].name == place->name)) return false;
  return true;
}

// "Israel did not send a delegation to today's meeting", "Russia has not taken part in the
// committee's meetings since 2022", "Mali boycotted the summit": whoever the text says stayed away
// is not at the meeting at hand, whatever membership or mentions suggested.
void RelationBuilder::drop_stated_absences() {
  int main = main_meeting();
  if (main < 0) return;
  const auto& toks = a.seg.tokens;
  // short lists, read for every mention: compared word by word (by length first), not through a tree
  static constexpr std::string_view aux[] = {"did", "does", "do", "has", "have", "had", "will", "would", "was", "were", "is", "are", "could"};
  static constexpr std::string_view negation[] = {"not", "n't", "never", "unable"};
  static constexpr std::string_view joining[] = {"send", "attend", "take", "taken", "participate", "participated", "join", "joined",
                                                 "come", "travel", "travelled", "traveled", "show", "turn", "be"};
  static constexpr std::string_view refusing[] = {"boycotted", "boycotts", "boycotting", "skipped", "skips", "snubbed", "shunned"};
  auto among = [](const auto& words, std::string_view w) { return std::find(std::begin(words), std::end(words), w) != std::end(words); };
  std::set<int> absent;
  for (const auto& s : a.seg.sentences) {
    for (int oi : a.mentions_of_sentence[static_cast<std::size_t>(s.index)]) {
      const auto& m = a.mentions[static_cast<std::size_t>(oi)];
      if (m.entity < 0 || !(m.label == Label::State || m.label == Label::Person || m.label == Label::Organization)) continue;
      // "represented by A, not by Foreign Minister B": B is not there
      if (m.label == Label::Person) {
        bool not_by = false;
        for (auto j = m.tok_begin; j > s.tok_begin + 1 && j + 8 > m.tok_begin && !not_by; --j) {
          if (toks[j - 1].lower == ","sv || toks[j - 1].lower == ";"sv) break;
          not_by = toks[j - 1].lower == "by"sv && toks[j - 2].lower == "not"sv;
        }
        if (not_by) {
          absent.insert(m.entity);
          continue;
        }
      }
      auto k = m.tok_end;
      // "Prime Minister Peter Banda of Malawi, who ...": past the state he is of
      if (m.label == Label::Person && k + 1 < s.tok_end && toks[k].lower == "of"sv && toks[k + 1].has(kCap))
        for (++k; k < s.tok_end && (toks[k].has(kCap) || toks[k].lower == "the"sv);) ++k;
      // past an apposition: "Lavrov, who had been expected to lead the delegation, stayed home",
      // "Nicaragua, governed by the co-presidents A and B, once again did not send a delegation"
      // ("Mia Mottley, the loudest voice in the region on reparations, stayed home")
      if (k + 1 < s.tok_end && toks[k].lower == ","sv && (toks[k + 1].lower == "who"sv || toks[k + 1].lower == "governed"sv ||
                                                         toks[k + 1].lower == "led"sv || toks[k + 1].lower == "whose"sv ||
                                                         toks[k + 1].lower == "the"sv || participle(toks[k + 1].lower)))
        for (auto j = k + 1; j < s.tok_end && j < k + 16; ++j)
          if (toks[j].lower == ","sv) {
            if (j + 1 < s.tok_end && !toks[j + 1].has(kCap)) k = j + 1;
            break;
          }
      // "the Salvadoran president, Nayib Bukele, did not travel": the name closes an apposition
      if (k + 1 < s.tok_end && toks[k].lower == ","sv && among(aux, toks[k + 1].lower)) ++k;
      if (k + 2 < s.tok_end && toks[k].lower == "once"sv && toks[k + 1].lower == "again"sv) k += 2;
      // "Paul Kagame having skipped the trip"
      if (k + 1 < s.tok_end && toks[k].lower == "having"sv && among(refusing, toks[k + 1].lower)) ++k;
      if (k < s.tok_end && among(refusing, toks[k].lower)) {
        absent.insert(m.entity);
        continue;
      }
      // "after President X cancelled his trip", "X called off her visit"
      {
        auto j = k;
        if (j + 1 < s.tok_end && toks[j].lower == "had"sv) ++j;
        bool calls_off = j + 1 < s.tok_end && toks[j].lower == "called"sv && toks[j + 1].lower == "off"sv;
        bool cancels = j < s.tok_end && (toks[j].lower == "cancelled"sv || toks[j].lower == "canceled"sv || toks[j].lower == "postponed"sv);
        if (calls_off || cancels) {
          j += calls_off ? 2 : 1;
          if (j < s.tok_end && (toks[j].lower == "his"sv || toks[j].lower == "her"sv || toks[j].lower == "their"sv || toks[j].lower == "the"sv)) ++j;
          if (j < s.tok_end && (toks[j].lower == "trip"sv || toks[j].lower == "visit"sv || toks[j].lower == "travel"sv ||
                                toks[j].lower == "attendance"sv || toks[j].lower == "participation"sv)) {
            absent.insert(m.entity);
            continue;
          }
        }
      }
      if (m.label == Label::Person && (stood_in_for(m.tok_begin, s.tok_begin) || elsewhere_at_the_time(s, k, main))) {
        absent.insert(m.entity);
        continue;
      }
      // "left on Tuesday afternoon for a regional trip": gone elsewhere
      if (k < s.tok_end && (toks[k].lower == "left"sv || toks[k].lower == "departed"sv)) {
        bool trip = false;
        for (auto j = k + 1; j + 1 < s.tok_end && j < k + 7 && !trip; ++j)
          trip = toks[j].lower == "for"sv && (toks[j + 1].lower == "a"sv || toks[j + 1].lower == "an"sv);
        if (trip) {
          absent.insert(m.entity);
          continue;
        }
      }
      // "President X was represented by his vice president": X is not there
      if (m.label == Label::Person && k + 2 < s.tok_end && (toks[k].lower == "was"sv || toks[k].lower == "is"sv || toks[k].lower == "will"sv)) {
        auto j = k + 1;
        if (toks[j].lower == "be"sv) ++j;
        if (j < s.tok_end && toks[j].lower == "represented"sv) {
          absent.insert(m.entity);
          continue;
        }
      }
      // "stayed home", "stayed away", "stayed at home"
      if (k + 1 < s.tok_end && (toks[k].lower == "stayed"sv || toks[k].lower == "stays"sv || toks[k].lower == "remained"sv) &&
          (toks[k + 1].lower == "home"sv || toks[k + 1].lower == "away"sv || toks[k + 1].lower == "behind"sv ||
           (toks[k + 1].lower == "at"sv && k + 2 < s.tok_end && toks[k + 2].lower == "home"sv))) {
        absent.insert(m.entity);
        continue;
      }
      if (!(k + 2 < s.tok_end && among(aux, toks[k].lower))) continue;
      ++k;
      if (k < s.tok_end && (toks[k].lower == "also"sv || toks[k].lower == "again"sv)) ++k;
      if (!(k + 1 < s.tok_end && among(negation, toks[k].lower))) continue;
      // "was unable to travel"
      if (toks[k].lower == "unable"sv && toks[k + 1].lower == "to"sv) ++k;
      ++k;
      if (toks[k].lower == "yet"sv || toks[k].lower == "even"sv) ++k;
      if (k < s.tok_end && among(joining, toks[k].lower)) absent.insert(m.entity);
    }
  }
  if (absent.empty()) return;
  const auto& main_name = a.entities[static_cast<std::size_t>(main)].name;
  std::erase_if(a.relations, [&](const Relation& r) {
    if (!absent.count(r.from)) return false;
    return (r.type == "ATTENDS"sv && r.to == main) || (r.type == "REPRESENTS"sv && r.props.count("forum") && r.props.at("forum") == main_name);
  });
}

// The state whose town hosts the article's meeting of several parties is at the table: "the CIS
// summit in St Petersburg", "the Russia-GCC dialogue in Riyadh".
// "Italy will host the next MED9 summit in Naples": the state of the town a planned meeting of a
// series will be held in hosts it, and so takes part
void RelationBuilder::host_state_attends_planned_meetings() {
  for (const auto& r : relations_of("HELD_IN")) {
    if (r.type != "HELD_IN"sv || is_site(r.to) || !planned(r.from)) continue;
    const auto& m = a.entities[static_cast<std::size_t>(r.from)];
    if (encounter_rule(m.rule) || m.rule.rfind("visit", 0) == 0 || m.name.find(" visit") != std::string::npos) continue;
    auto state = state_of_place(r.to);
    if (state.empty()) continue;
    if (int host = find_entity(Label::State, state); host >= 0)
      add("ATTENDS", host, r.from, {}, a.seg.sentences[static_cast<std::size_t>(r.sentence)], "derived.host_state_attends_planned", 0.45);
  }
}

void RelationBuilder::host_state_attends_main_meeting() {
  int main = main_meeting();
  if (main < 0 || planned(main)) return;
  const auto& rule = a.entities[static_cast<std::size_t>(main)].rule;
  if (encounter_rule(rule)) return;  // two people's encounter
  std::set<int> parties;
  for (const auto& r : a.relations)
    if (r.type == "ATTENDS"sv && r.to == main && a.entities[static_cast<std::size_t>(r.from)].label == Label::State) parties.insert(r.from);
  if (parties.size() < 2) return;
  for (const auto& r : relations_of("HELD_IN")) {
    if (r.type != "HELD_IN"sv || r.from != main || is_site(r.to)) continue;
    auto state = state_of_place(r.to);
    if (state.empty()) continue;
    // only a state the text itself names
    if (int host = find_entity(Label::State, state); host >= 0)
      add("ATTENDS", host, main, {}, a.seg.sentences[static_cast<std::size_t>(r.sentence)], "derived.host_state_attends", 0.5);
    return;
  }
}

// "the Munich Security Conference", "the Antalya Diplomacy Forum": a meeting whose own name carries a
// town is held there, when the text gives it no other place.
void RelationBuilder::meetings_named_after_their_town() {
  const auto& toks = a.seg.tokens;
  std::set<int> placed;
  for (const auto& r : a.relations)
    if (r.type == "HELD_IN"sv) placed.insert(r.from);
  for (const auto& m : a.mentions) {
    if (m.label != Label::Meeting || m.entity < 0 || placed.count(m.entity) || m.tok_end - m.tok_begin < 2) continue;
    // a town of the gazetteer among the words of the name, itself a place of the article
    for (auto t = m.tok_begin; t < m.tok_end && !placed.count(m.entity); ++t) {
      const auto* cands = a.lex.starting_with(toks[t].lower);
      if (!cands || !toks[t].has(kCap)) continue;
      for (const auto* e : *cands) {
        if (!(e->label == Label::Place || e->kind == "capital"sv) || !e->spells(toks, t, m.tok_end, false)) continue;
        int place = find_entity(Label::Place, e->label == Label::Place ? e->name : e->surface);
        if (place < 0 || is_site(place)) continue;
        add("HELD_IN", m.entity, place, {}, a.seg.sentences[static_cast<std::size_t>(m.sentence)], "derived.meeting_named_after_town", 0.5);
        placed.insert(m.entity);
        break;
      }
    }
  }
}

// "A planned meeting between A and B ... did not take place": the meeting is kept, cancelled, with
// nobody at it, and the two did not meet.
void RelationBuilder::drop_meetings_not_held() {
  std::set<int> cancelled, sentences;
  for (std::size_t i = 0; i < a.entities.size(); ++i) {
    const auto& e = a.entities[i];
    auto st = e.props.find("status");
    if (e.label != Label::Meeting || st == e.props.end() || st->second != "cancelled"sv) continue;
    cancelled.insert(static_cast<int>(i));
  }
  if (cancelled.empty()) return;
  for (int c : cancelled) sentences.insert(a.entities[static_cast<std::size_t>(c)].sentence);
  std::set<std::string> names;
  for (int c : cancelled) names.insert(a.entities[static_cast<std::size_t>(c)].name);
  std::erase_if(a.relations, [&](const Relation& r) {
    if (cancelled.count(r.to) || cancelled.count(r.from)) return true;
    if (r.type == "REPRESENTS"sv && r.props.count("forum") && names.count(r.props.at("forum"))) return true;
    return sentences.count(r.sentence) && r.type == "MET_WITH"sv;
  });
}

// An official (someone with a current role) named in a sentence about the main meeting, with no
// other meeting, no other date and no word from afar in it, takes part in the main meeting.
void RelationBuilder::officials_in_main_meeting_sentences() {
  int main = main_meeting();
  if (main < 0 || later(main)) return;
  std::set<int> officials;
  for (const auto& r : a.relations) {
    if (r.type != "HOLDS_ROLE"sv || former_title(r) || !r.props.count("title") || spokesperson_title(r)) continue;
    officials.insert(r.from);
  }
  // not someone the text places elsewhere: representing at another forum, attending another meeting
  const auto& main_name = a.entities[static_cast<std::size_t>(main)].name;
  for (const auto& r : a.relations) {
    bool elsewhere = (r.type == "REPRESENTS"sv && r.props.count("forum") && r.props.at("forum") != main_name) ||
                     (r.type == "ATTENDS"sv && r.to != main && a.entities[static_cast<std::size_t>(r.to)].rule.rfind("met.", 0) != 0);
    if (elsewhere) officials.erase(r.from);
  }
  // ("The ministerial panel on Saturday brought together ...", Saturday being a day of the meeting)
  std::string main_date;
  if (auto d = a.entities[static_cast<std::size_t>(main)].props.find("date"); d != a.entities[static_cast<std::size_t>(main)].props.end()) main_date = d->second;
  auto on_main_date = [&](const Mention& d) {
    auto iso = d.props.find("iso");
    return iso != d.props.end() && main_date.size() == 10 && iso->second == main_date;
  };
  for (const auto& s : a.seg.sentences) {
    if (s.index == 0 || a.topic_by_sentence[static_cast<std::size_t>(s.index)] != main) continue;
    const auto& here = a.mentions_of_sentence[static_cast<std::size_t>(s.index)];
    bool other = false, official = false;
    for (int oi : here) {
      const auto& o = a.mentions[static_cast<std::size_t>(oi)];
      other = other || (o.label == Label::Meeting && o.entity >= 0 && o.entity != main) || (o.label == Label::Date && !on_main_date(o));
      official = official || (o.label == Label::Person && o.entity >= 0 && officials.count(o.entity));
    }
    if (!official || other || sentence_says(s.index, {"in a statement", "in an interview", "on twitter", "in a tweet", "did not",
                                         "not attend", "absent", "skipped", "stayed away", "will host", "will visit", "will travel", "next week",
                                         "by phone", "by telephone", "phone call", "telephone conversation", "video call", "separately,"}))
      continue;
    // "Côte d'Ivoire, whose president X is campaigning, was represented by its vice-president Y":
    // those named before "represented by" stayed away
    std::uint32_t represented_by = s.tok_begin;
    for (auto k = s.tok_begin; k + 1 < s.tok_end; ++k)
      if (a.seg.tokens[k].lower == "represented"sv && a.seg.tokens[k + 1].lower == "by"sv) represented_by = k;
    // "represented by A on behalf of H.E. Mr B, who was prevented from attending": B stayed away
    auto on_behalf_of = [&](const Mention& o) {
      for (auto k = o.tok_begin; k > s.tok_begin + 1 && k + 6 > o.tok_begin; --k) {
        const auto& w = a.seg.tokens[k - 1].lower;
        if (w == "of"sv) return a.seg.tokens[k - 2].lower == "behalf"sv;
        if (w == ","sv || w == "and"sv) return false;
      }
      return false;
    };
    for (int oi : here) {
      const auto& o = a.mentions[static_cast<std::size_t>(oi)];
      if (o.label == Label::Person && o.entity >= 0 && officials.count(o.entity) && o.tok_begin >= represented_by && !on_behalf_of(o))
        add("ATTENDS", o.entity, main, {}, s, "derived.official_in_main_meeting_sentence", 0.45);
    }
  }
}

// "In Dili on Wednesday, Mr Peters met ...", "In Jakarta, he co-chaired the commission": a sentence
// that opens with a place puts the meetings it reports there (unless they are placed already or
// still to come).
void RelationBuilder::meetings_in_the_opening_place() {
  const auto& toks = a.seg.tokens;
  auto snapshot = relations_of("HELD_IN");
  auto placed = [&](int m) { return held_in(snapshot, m) >= 0; };
  for (const auto& s : a.seg.sentences) {
    if (s.index == 0 || s.tok_end < s.tok_begin + 4 || toks[s.tok_begin].lower != "in"sv) continue;
    const auto& here = a.mentions_of_sentence[static_cast<std::size_t>(s.index)];
    int place = -1;
    std::uint32_t comma = 0;
    for (int oi : here) {
      const auto& o = a.mentions[static_cast<std::size_t>(oi)];
      if (o.label != Label::Place || o.entity < 0 || o.tok_begin != s.tok_begin + 1) continue;
      // the place, then at most a date ("on Wednesday", "on 12 May") before the comma
      for (auto k = o.tok_end; k < s.tok_end && k < o.tok_end + 6 && !comma; ++k)
        if (toks[k].lower == ","sv) comma = k;
      place = o.entity;
    }
    if (place < 0 || !comma) continue;
    for (int oi : here) {
      const auto& o = a.mentions[static_cast<std::size_t>(oi)];
      if ((o.label == Label::Person || o.label == Label::Place) && o.tok_begin > s.tok_begin + 1 && o.tok_begin < comma) {
        place = -1;  // someone or somewhere else before the comma: not a plain opening place
        break;
      }
    }
    // someone right after it who meets, holds or chairs ("In Tokyo, the spokesman told a news
    // conference" places the spokesman, not the conference)
    static const std::string_view verbs[] = {"met",      "meets",  "held",   "holds",    "co-chaired", "chaired", "attended", "opened",
                                             "hosted",   "joined", "called", "sat",      "received",   "welcomed", "talked", "co-hosted"};
    bool meets = false;
    for (int oi : here) {
      const auto& o = a.mentions[static_cast<std::size_t>(oi)];
      if (o.label != Label::Person || o.tok_begin <= comma || o.tok_begin > comma + 8) continue;
      auto k = o.tok_end;
      while (k < s.tok_end && (toks[k].lower == "also"sv || toks[k].lower == "then"sv || toks[k].lower == "later"sv || toks[k].lower == "first"sv)) ++k;
      if (k + 2 < s.tok_end && toks[k].lower == "co"sv && toks[k + 1].lower == "-"sv) k += 2;  // "co-chaired" in three tokens
      meets = k < s.tok_end && std::find(std::begin(verbs), std::end(verbs), toks[k].lower) != std::end(verbs);
      break;
    }
    if (place < 0 || !meets) continue;
    for (std::size_t i = 0; i < a.entities.size(); ++i) {
      const auto& e = a.entities[i];
      if (e.label != Label::Meeting || e.sentence != s.index || planned(static_cast<int>(i)) || placed(static_cast<int>(i))) continue;
      add("HELD_IN", static_cast<int>(i), place, {}, s, "derived.meeting_in_the_opening_place", 0.6);
    }
    for (int oi : here) {
      const auto& o = a.mentions[static_cast<std::size_t>(oi)];
      if (o.label != Label::Meeting || o.entity < 0 || o.tok_begin < comma || planned(o.entity) || placed(o.entity)) continue;
      add("HELD_IN", o.entity, place, {}, s, "derived.meeting_in_the_opening_place", 0.6);
    }
  }
}

// Two people who met on the sidelines take part in the gathering the article is about: an
// encounter of the article's time and place (not one dated or placed elsewhere) at a main meeting
// that is itself more than that encounter.
void RelationBuilder::encounters_during_main_meeting() {
  int main = main_meeting();
  if (main < 0 || planned(main) || a.entities[static_cast<std::size_t>(main)].rule.rfind("met.", 0) == 0) return;
  auto prop = [&](int e, const char* k) {
    const auto& p = a.entities[static_cast<std::size_t>(e)].props;
    auto it = p.find(k);
    return it == p.end() ? std::string() : it->second;
  };
  auto place_of = [&](int m) { return held_in(a.relations, m); };
  // the town of the main meeting (a side meeting is seldom in its very hall)
  int town = -1;
  for (const auto& h : a.relations)
    if (town < 0 && h.type == "HELD_IN"sv && h.from == main && !is_site(h.to)) town = h.to;
  auto snapshot = relations_of("ATTENDS");
  for (const auto& r : snapshot) {
    if (r.type != "ATTENDS"sv || r.to == main) continue;
    const auto& rule = a.entities[static_cast<std::size_t>(r.to)].rule;
    if (!encounter_rule(rule)) continue;
    if (a.entities[static_cast<std::size_t>(r.from)].label != Label::Person || planned(r.to)) continue;
    auto d = prop(r.to, "date"), md = prop(main, "date");
    if (!d.empty() && !md.empty() && !same_trip(d, md)) continue;
    // an undated encounter in a sentence dated away from the meeting's month ("Blair met X in March")
    // was not at it; the sentence's first date is the encounter's ("On Saturday, Blair met X, who took
    // up the post in October")
    if (d.empty() && r.sentence >= 0) {
      const auto& ref = md.empty() ? a.doc.date : md;
      bool dated = false;
      for (int oi : a.mentions_of_sentence[static_cast<std::size_t>(r.sentence)]) {
        const auto& o = a.mentions[static_cast<std::size_t>(oi)];
        if (o.label != Label::Date || of_another_meeting(r.sentence, o.tok_begin, r.to)) continue;
        // ("for the first time since 2004": a time span, not when they met)
        if (o.tok_begin > 0 && a.seg.tokens[o.tok_begin - 1].lower == "since"sv) continue;
        auto iso = o.props.find("iso");
        dated = iso == o.props.end() || iso->second.size() < 7 || ref.size() < 7 || iso->second.compare(0, 7, ref, 0, 7) != 0;
        break;
      }
      if (dated) continue;
    }
    int p = place_of(r.to), mp = place_of(main);
    if (p >= 0 && mp >= 0 && p != mp && p != town) continue;
    // "met Mr. He on Monday evening before the talks began": before it, not at it
    if (sentence_says(r.sentence, {"talks began", "meeting began", "summit began", "talks opened", "on the eve of"})) continue;
    add("ATTENDS", r.from, main, {}, a.seg.sentences[static_cast<std::size_t>(r.sentence)], "derived.encounter_during_main_meeting", 0.5);
    // and it took place in that town
    if (p < 0 && town >= 0)
      add("HELD_IN", r.to, town, {}, a.seg.sentences[static_cast<std::size_t>(r.sentence)], "derived.encounter_during_main_meeting", 0.5);
  }
}

// Is the word at `tok` part of what the sentence says of another meeting ("the alliance's summit in
// Ankara in July")? A place or a date a few words after a meeting of its own is that meeting's.
bool RelationBuilder::of_another_meeting(int sentence, std::uint32_t tok, int meeting) const {
  for (int oi : a.mentions_of_sentence[static_cast<std::size_t>(sentence)]) {
    const auto& o = a.mentions[static_cast<std::size_t>(oi)];
    if (o.label == Label::Meeting && o.entity >= 0 && o.entity != meeting && o.tok_end <= tok && tok - o.tok_end <= 5) return true;
  }
  return false;
}

// Without a dateline, the lead tells where the main meeting is: the first "in <Place>" of the
// first body sentence that speaks of a meeting ("... opened on Wednesday evening in Lima").
void RelationBuilder::lead_place_hosts_main_meeting() {
  int main = main_meeting();
  if (main < 0 || later(main)) return;
  for (const auto& r : a.relations)
    if (r.type == "HELD_IN"sv && r.from == main && !is_site(r.to)) return;  // a venue still lies in a city
  // "Leaders from central and eastern Europe met in Dubrovnik ...", "EU leaders met their counterparts
  // from six Western Balkan countries in Brussels on Wednesday", then "... for the 11th summit of the
  // Three Seas Initiative": a lead that names no meeting tells where they met
  auto from_lead = [&](int before_sentence) {
    int lead = lead_sentence();
    if (lead < 0 || lead >= before_sentence) return;
    const auto& lead_mentions = a.mentions_of_sentence[static_cast<std::size_t>(lead)];
    for (int oi : lead_mentions)
      if (a.mentions[static_cast<std::size_t>(oi)].label == Label::Meeting) return;
    const auto& toks = a.seg.tokens;
    const auto& ls = a.seg.sentences[static_cast<std::size_t>(lead)];
    // ("President Lai yesterday hosted the leaders of ... at the Presidential Office Building in Taipei":
    // the venue, and the town it lies in)
    bool at_a_venue = false;  // the main meeting placed at a site of the lead
    for (int oi : lead_mentions) {
      const auto& m = a.mentions[static_cast<std::size_t>(oi)];
      if (m.label != Label::Place || m.entity < 0 || m.tok_begin < ls.tok_begin + 2) continue;
      auto prep = m.tok_begin - 1;
      if (toks[prep].lower == "the"sv && prep > ls.tok_begin) --prep;
      if (toks[prep].lower != "in"sv && toks[prep].lower != "at"sv) continue;
      if (at_a_venue) {
        // the town right after the venue: "at the X Building in Taipei"
        if (toks[prep].lower == "in"sv && std::any_of(lead_mentions.begin(), lead_mentions.end(), [&](int vi) {
              const auto& v = a.mentions[static_cast<std::size_t>(vi)];
              return v.label == Label::Place && v.entity >= 0 && is_site(v.entity) && v.tok_end == prep;
            }))
          add("HELD_IN", main, m.entity, {}, ls, "derived.lead_place_hosts_main_meeting", 0.55);
        return;
      }
      bool at_venue = toks[prep].lower == "at"sv && is_site(m.entity);
      for (auto k = prep; k-- > ls.tok_begin && k + 14 > m.tok_begin;) {
        const auto& w = toks[k].lower;
        if (w == ","sv || w == ";"sv) break;
        if (w == "met"sv || w == "gathered"sv || w == "convened"sv || w == "assembled"sv ||
            (at_venue && (w == "hosted"sv || w == "welcomed"sv || w == "received"sv))) {
          add("HELD_IN", main, m.entity, {}, ls, "derived.lead_place_hosts_main_meeting", 0.55);
          if (!is_site(m.entity)) return;
          at_a_venue = true;
          break;
        }
      }
    }
  };
  for (const auto& s : a.seg.sentences) {
    if (s.index == 0) continue;
    const auto& here = a.mentions_of_sentence[static_cast<std::size_t>(s.index)];
    bool about_main = false;
    for (int oi : here) about_main = about_main || a.mentions[static_cast<std::size_t>(oi)].entity == main;
    if (!about_main) continue;
    for (int oi : here) {
      const auto& m = a.mentions[static_cast<std::size_t>(oi)];
      if (m.label != Label::Place || m.entity < 0 || m.tok_begin == 0) continue;
      const auto& before = a.seg.tokens[m.tok_begin - 1].lower;
      if (before == "in"sv || before == "at"sv)
        add("HELD_IN", main, m.entity, {}, s, "derived.lead_place_hosts_main_meeting", 0.55);
      if (before == "in"sv || before == "at"sv) return;
    }
    from_lead(s.index);
    return;  // only the first sentence about the meeting
  }
  // (a meeting the body never names again: the headline's)
  from_lead(static_cast<int>(a.seg.sentences.size()));
}

// "... the delegates gathered at the Jakarta Convention Center": the one venue the article names, that
// no meeting holds yet, is where its main meeting is held (when it has no venue of its own).
void RelationBuilder::sole_venue_hosts_main_meeting() {
  int main = main_meeting();
  if (main < 0 || later(main)) return;
  std::set<int> placed;
  for (const auto& r : a.relations)
    if (r.type == "HELD_IN"sv) {
      if (r.from == main && is_site(r.to)) return;
      placed.insert(r.to);
    }
  int venue = -1;
  const Sentence* where = nullptr;
  for (const auto& m : a.mentions) {
    if (m.label != Label::Place || m.entity < 0 || !is_site(m.entity) || m.entity == venue) continue;
    if (venue >= 0) return;  // two venues: which is whose is not said
    const auto& before = m.tok_begin > 0 ? a.seg.tokens[m.tok_begin - 1].lower : std::string();
    const auto& before2 = m.tok_begin > 1 ? a.seg.tokens[m.tok_begin - 2].lower : std::string();
    if (before != "at"sv && before != "in"sv && !(before == "the"sv && (before2 == "at"sv || before2 == "in"sv))) continue;
    venue = m.entity;
    where = &a.seg.sentences[static_cast<std::size_t>(m.sentence)];
  }
  if (venue < 0 || placed.count(venue)) return;
  add("HELD_IN", main, venue, {}, *where, "derived.sole_venue_hosts_main_meeting", 0.5);
}

// A wire story datelined from a city is filed from where its main meeting takes place.
void RelationBuilder::dateline_place_hosts_main_meeting() {
  int place = -1, first_body = -1;
  for (const auto& m : a.mentions)
    if (m.rule == "dateline"sv && m.entity >= 0) {
      place = m.entity;
      first_body = m.sentence;
      break;
    }
  if (place < 0) {
    lead_place_hosts_main_meeting();
    return;
  }
  // the meeting the story is about when its lead begins, or else the one the lead names
  // ("SKOPJE, November 30. /TASS/. The OSCE Ministerial Council opened ...")
  int main = -1;
  for (auto k = static_cast<std::size_t>(first_body); main < 0 && k <= static_cast<std::size_t>(first_body) + 2 && k < a.topic_by_sentence.size(); ++k)
    main = a.topic_by_sentence[k];
  if (main < 0 || later(main)) return;
  for (const auto& r : a.relations)
    if (r.type == "HELD_IN"sv && r.from == main && !is_site(r.to)) return;  // a venue still lies in a city
  add("HELD_IN", main, place, {}, a.seg.sentences[static_cast<std::size_t>(first_body)], "derived.dateline_hosts_main_meeting", 0.6);
}

bool RelationBuilder::shares_content_word(const std::string& x, const std::string& y) {
  auto words = [](const std::string& t) {
    std::set<std::string> w;
    auto n = normalized(t);
    for (std::size_t b = 0, e; b < n.size(); b = e + 1) {
      e = n.find(' ', b);
      if (e == std::string::npos) e = n.size();
      auto word = n.substr(b, e - b);
      // "Deputy Prime Minister" and "Minister of Foreign Affairs" are two offices: the rank word is shared
      if (word.size() > 3 && word != "deputy"sv && word != "senior"sv && word != "special"sv && word != "minister"sv && word != "secretary"sv)
        w.insert(word);
    }
    return w;
  };
  auto a_words = words(x), b_words = words(y);
  if (a_words.empty() || b_words.empty()) return true;  // "Minister" is the office the other names in full
  for (const auto& w : b_words)
    if (a_words.count(w)) return true;
  return false;
}

void RelationBuilder::place_pending_titles() {
  // a state or capital written where things happen ("closed on Friday in Bogotá", "a trip to Central
  // Asia and Mongolia", "handed the chairmanship to the Philippines"), not who acts
  auto where_things_happen = [&](const Mention& o) {
    const auto& toks = a.seg.tokens;
    if (o.kind == "demonym"sv || o.tok_begin == 0) return false;
    auto at = o.tok_begin - 1;
    while (at > 0 && (toks[at].lower == "and"sv || toks[at].lower == ","sv || toks[at].lower == "the"sv || toks[at].has(kCap))) --at;
    const auto& w = toks[at].lower;
    return w == "in"sv || w == "at"sv || w == "to"sv || w == "from"sv || w == "for"sv || w == "near"sv || w == "into"sv || w == "visit"sv ||
           w == "visiting"sv || w == "visited"sv || w == "toward"sv || w == "towards"sv;
  };
  for (const auto& p : pending_titles) {
    // "Congolese President X", "the Commission was represented by its President X": a rule placed
    // this title with its state or body already
    bool placed = false;
    for (const auto& r : a.relations)
      placed = placed || (r.type == "HOLDS_ROLE"sv && r.from == p.person && r.sentence == p.sentence && r.props.count("title") &&
                          r.props.at("title") == p.title &&
                          (a.entities[static_cast<std::size_t>(r.to)].label == Label::State ||
                           a.entities[static_cast<std::size_t>(r.to)].label == Label::Organization));
    if (placed) continue;
    // "Secretary-General António Guterres", "President von der Leyen": the body a known office-holder of
    // an international body serves (data/gazetteer/officials_international.tsv)
    if (int body = official_body(p.person, p.title, a.seg.sentences[static_cast<std::size_t>(p.sentence)]); body >= 0) {
      add("HOLDS_ROLE", p.person, body, {{"title", p.title}}, a.seg.sentences[static_cast<std::size_t>(p.sentence)], p.rule, 0.55);
      continue;
    }
    // "Prime Minister Narendra Modi": the state a known office-holder serves (data/gazetteer/officials.tsv)
    if (national_office(p.title))
      if (int known = official_state(p.person, a.seg.sentences[static_cast<std::size_t>(p.sentence)]); known >= 0) {
        add("HOLDS_ROLE", p.person, known, {{"title", p.title}}, a.seg.sentences[static_cast<std::size_t>(p.sentence)], p.rule, 0.6);
        continue;
      }
    std::set<int> states;
    // "accompanied by his chancellor, Bruno Rodríguez": the state of the person "his" refers to
    int boss_state = -1;
    int boss = possessive_owner(p);
    if (boss < 0) boss = accompanied(p);
    if (boss >= 0)
      for (const auto& r : a.relations)
        if (boss_state < 0 && r.type == "HOLDS_ROLE"sv && r.from == boss && a.entities[static_cast<std::size_t>(r.to)].label == Label::State &&
            !former_title(r))
          boss_state = r.to;
    // "Secretary of State Antony Blinken": an office only one state has
    if (auto st = a.lex.office_state(p.title); !st.empty()) boss_state = state_entity(st, a.seg.sentences[static_cast<std::size_t>(p.sentence)], "derived.office_state");
    if (boss_state < 0) boss_state = its_state(p);
    if (boss_state < 0) boss_state = host_state(p);
    if (boss_state < 0) boss_state = coordinated_state(p);
    if (boss_state >= 0) {
      add("HOLDS_ROLE", p.person, boss_state, {{"title", p.title}}, a.seg.sentences[static_cast<std::size_t>(p.sentence)], p.rule, 0.5);
      continue;
    }
    // (not a state the person served before: "Secretary General X, a former Rwandan foreign minister")
    for (const auto& r : a.relations)
      if (r.type == "HOLDS_ROLE"sv && r.from == p.person && a.entities[static_cast<std::size_t>(r.to)].label == Label::State && !former_title(r))
        states.insert(r.to);
    // "Poland was represented by Minister of Foreign Affairs X": the state X represents
    if (states.empty())
      for (const auto& r : a.relations)
        if (r.type == "REPRESENTS"sv && r.from == p.person && a.entities[static_cast<std::size_t>(r.to)].label == Label::State)
          states.insert(r.to);
    double confidence = 0.6;
    // a spokesperson speaks for the government the text quotes, not for a state the sentence names
    // ("the summit, which Russia hosts, foreign ministry spokesperson X told reporters")
    bool spokes = find_ascii_ci(p.title, "spokes") != std::string_view::npos;
    // for someone a visitor met, the state the visit is in ("In Dili on Wednesday, Mr Peters met
    // Prime Minister X", "called on President X at the palace, where they reaffirmed ... China")
    if (states.empty() && !spokes && national_office(p.title))
      if (int visited = visited_state(p); visited >= 0) {
        states.insert(visited);
        confidence = 0.45;
      }
    if (states.empty() && !spokes) {
      // else the one state the sentence names ("leaving Finance Minister Anton Siluanov to lead the
      // Russian delegation")
      confidence = 0.45;
      const auto& here = a.mentions_of_sentence[static_cast<std::size_t>(p.sentence)];
      std::uint32_t person_at = 0;
      for (int oi : here)
        if (a.mentions[static_cast<std::size_t>(oi)].entity == p.person) {
          person_at = a.mentions[static_cast<std::size_t>(oi)].tok_begin;
          break;
        }
      for (std::size_t k = 0; k < here.size(); ++k) {
        const auto& o = a.mentions[static_cast<std::size_t>(here[k])];
        if (o.label != Label::State || o.entity < 0) continue;
        // not a state named beyond someone else ("Secretary Austin met Minister Dong, who led the
        // Chinese delegation"): it is theirs
        bool beyond_other = false;
        for (int oi : here) {
          const auto& x = a.mentions[static_cast<std::size_t>(oi)];
          if (x.label == Label::Person && x.entity != p.person && x.tok_begin > person_at && x.tok_begin < o.tok_begin)
            beyond_other = true;
        }
        if (beyond_other) continue;
        // not a state whose own official follows ("China (PRC) Minister of Defense Dong Jun")
        auto next = o.tok_end;
        const auto& toks = a.seg.tokens;
        if (next + 2 < toks.size() && toks[next].lower == "("sv && toks[next + 2].lower == ")"sv) next += 3;
        if (next < toks.size() && toks[next].lower == ")"sv) ++next;  // "(PRC) Minister": the acronym itself
        if (next < toks.size() && (toks[next].lower == "'s"sv)) ++next;
        bool owned = false;
        for (std::size_t j = k + 1; j < here.size(); ++j) {
          const auto& x = a.mentions[static_cast<std::size_t>(here[j])];
          if (x.tok_begin == next) owned = x.label == Label::Title || x.label == Label::Person;
        }
        // a state inside someone's title ("the President of the French Republic, Emmanuel Macron")
        bool in_title = false;
        for (int oi : here) {
          const auto& x = a.mentions[static_cast<std::size_t>(oi)];
          in_title = in_title || (x.label == Label::Title && x.tok_begin <= o.tok_begin && o.tok_end <= x.tok_end);
        }
        if (in_title) continue;
        // a state or capital that is where things happen ("closed on Friday in Bogotá", "a trip to
        // Central Asia and Mongolia"), not who acts
        if (where_things_happen(o)) continue;
        // the object of the person's verb ("President Salva Kiir asked Kenya to host these talks"; not
        // "warned Canada's allies")
        if (o.tok_begin > person_at + 1 && o.kind != "demonym"sv && !(o.tok_end < toks.size() && toks[o.tok_end].possessive())) {
          const auto& before = toks[o.tok_begin - 1];
          if (before.has(kWord) && !before.has(kCap) && before.lower != "the"sv && before.lower != "of"sv && before.lower != "and"sv) continue;
        }
        // an adjective for something else ("Polish media", "his German counterpart"), except the
        // delegation or side the person heads ("to lead the Russian delegation")
        if (o.kind == "demonym"sv && next < toks.size()) {
          const auto& w = toks[next].lower;
          if (w != "delegation"sv && w != "side"sv && w != "team"sv && w != "government"sv && w != "authorities"sv) owned = true;
        }
        if (!owned) states.insert(o.entity);
      }
    }
    // (a secretary general or director general serves a body, not the story's state)
    if (states.empty() && !spokes && find_ascii_ci(p.title, "general") == std::string_view::npos) {
      // else the one state of the story (its headline and lead) that nobody else in the sentence
      // serves: "leaders of Japan, China and South Korea ... Prime Minister Fumio Kishida, Chinese
      // Premier Li Qiang and South Korean President Yoon Suk Yeol"
      confidence = 0.4;
      for (int si : {0, lead_sentence()})
        if (si >= 0)
          for (int oi : a.mentions_of_sentence[static_cast<std::size_t>(si)]) {
            const auto& o = a.mentions[static_cast<std::size_t>(oi)];
            // (not "ahead of Forum meeting in Tonga")
            if (o.label == Label::State && o.entity >= 0 && !where_things_happen(o)) states.insert(o.entity);
          }
      for (int oi : a.mentions_of_sentence[static_cast<std::size_t>(p.sentence)]) {
        const auto& o = a.mentions[static_cast<std::size_t>(oi)];
        if (o.label != Label::Person || o.entity < 0 || o.entity == p.person) continue;
        for (const auto& r : a.relations)
          if (r.type == "HOLDS_ROLE"sv && r.from == o.entity) states.erase(r.to);
      }
      // only in a list of officials the sentence itself qualifies: the elimination needs counterparts
      bool others = false;
      for (const auto& r : a.relations)
        others = others || (r.type == "HOLDS_ROLE"sv && r.sentence == p.sentence && r.from != p.person &&
                            a.entities[static_cast<std::size_t>(r.to)].label == Label::State);
      if (!others) states.clear();
    }
    // else the state of the office that published the text ("source: Norwegian Ministry of Foreign
    // Affairs", "The Japan Times"): a national office named bare is that state's
    if (states.empty() && national_office(p.title))
      if (int home = publisher_state(); home >= 0) {
        states.insert(home);
        confidence = 0.4;
      }

    // "HALIFAX — Defence Minister Bill Blair warned Canada's allies ... the incoming U.S.
    // administration": of two states, a national office is the dateline's
    if (states.size() > 1 && national_office(p.title))
      for (const auto& m : a.mentions)
        if (m.rule == "dateline"sv && m.label == Label::Place && m.entity >= 0)
          if (int home = find_entity(Label::State, state_of_place(m.entity)); home >= 0 && states.count(home)) {
            states = {home};
            break;
          }
    if (states.size() == 1)
      add("HOLDS_ROLE", p.person, *states.begin(), {{"title", p.title}}, a.seg.sentences[static_cast<std::size_t>(p.sentence)],
          p.rule, confidence);
  }
}

// "France's Jean-Noël Barrot", "Xi Jinping said": someone the text gives no office, whom a gazetteer of
// office-holders knows, holds the office he held on the article's date: of the international body the
// gazetteer of bodies' officers names, when the text names that body ("Charles Michel", in a story that
// names the European Council), else of his state, when the text names it. The title is the gazetteer's
// (fourth column): none in force then, no role; no offices listed at all, the plain "office-holder". The
// gazetteer's office also replaces a title the text only implied ("his Polish counterpart B").
void RelationBuilder::known_office_holders() {
  std::set<int> placed;
  for (const auto& r : a.relations)
    if (r.type == "HOLDS_ROLE"sv) placed.insert(r.from);
  int year = a.doc.date.size() >= 4 ? std::atoi(a.doc.date.substr(0, 4).c_str()) : 0;
  // the office in force, by the person's name or a full alias: "" when none was, "office-holder" when the
  // gazetteer lists no offices (a deputy's post gives way to a full one held at the same time)
  auto office_then = [&](int person, const std::vector<Lexicon::Office>& (Lexicon::*offices_of)(std::string_view) const) {
    const auto& offices = by_full_name(person, offices_of);
    if (offices.empty() || year == 0) return std::string("office-holder");
    auto deputy = [](const Lexicon::Office& o) { return o.title.rfind("Deputy", 0) == 0 || o.title.rfind("Vice", 0) == 0; };
    const Lexicon::Office* best = nullptr;
    for (const auto& o : offices) {
      if (o.start > year || (o.end != 0 && o.end < year)) continue;
      if (!best || (deputy(*best) && !deputy(o)) || (deputy(*best) == deputy(o) && o.start > best->start)) best = &o;
    }
    return best ? best->title : std::string();
  };
  // "his Polish counterpart B": the office the text only implies is the one the gazetteer says B held
  for (auto& r : a.relations) {
    if (r.type != "HOLDS_ROLE"sv || a.entities[static_cast<std::size_t>(r.to)].label != Label::State) continue;
    auto t = r.props.find("title");
    if (t == r.props.end() || t->second.rfind("counterpart of ", 0) != 0) continue;
    if (official_state_name(r.from) != a.entities[static_cast<std::size_t>(r.to)].name) continue;
    if (auto title = office_then(r.from, &Lexicon::official_offices); !title.empty() && title != "office-holder"sv) t->second = title;
  }
  for (std::size_t p = 0; p < a.entities.size(); ++p) {
    const auto& e = a.entities[p];
    int person = static_cast<int>(p);
    if (e.label != Label::Person || placed.count(person) || e.sentence < 0) continue;
    const auto& s = a.seg.sentences[static_cast<std::size_t>(e.sentence)];
    if (auto body_name = by_full_name(person, &Lexicon::official_body); !body_name.empty()) {
      // (a body's officer may have served a state before: which he was then, the text must say)
      int body = find_entity(Label::Organization, body_name);
      if (body < 0) continue;
      if (auto title = office_then(person, &Lexicon::body_offices); !title.empty())
        add("HOLDS_ROLE", person, body, {{"title", title}}, s, "derived.known_office_holder", 0.5);
      continue;
    }
    auto state_name = official_state_name(person);
    int state = state_name.empty() ? -1 : find_entity(Label::State, state_name);
    if (state < 0) continue;
    if (auto title = office_then(person, &Lexicon::official_offices); !title.empty())
      add("HOLDS_ROLE", person, state, {{"title", title}}, s, "derived.known_office_holder", 0.5);
  }
}

// The state the gazetteer of national office-holders gives the person, or "".
std::string RelationBuilder::official_state_name(int person) const { return by_full_name(person, &Lexicon::official_state); }

// The international body a known office-holder serves, for an office a body has (not "Foreign
// Minister", which is a state's even for someone who later led a body), or -1.
int RelationBuilder::official_body(int person, const std::string& title, const Sentence& s) {
  if (!body_office(person, title)) return -1;
  return entity_named(Label::Organization, by_full_name(person, &Lexicon::official_body), s, "derived.official_body");
}

// Whether `title` is an office of an international body for someone the gazetteer of their officials
// lists: any office but a state's own ("minister", "prime minister", "ambassador" ...).
bool RelationBuilder::body_office(int person, const std::string& title) const {
  auto t = lower_utf8(title);
  for (const char* w : {"minister", "prime", "premier", "chancellor", "king", "queen", "emir", "ambassador", "senator", "governor", "mayor",
                        "former", "spokes"})
    if (t.find(w) != std::string::npos) return false;
  return !by_full_name(person, &Lexicon::official_body).empty();
}

int RelationBuilder::official_state(int person, const Sentence& s) {
  auto state = official_state_name(person);
  return state.empty() ? -1 : state_entity(state, s, "derived.official_state");
}

bool RelationBuilder::national_office(const std::string& title) {
  auto t = lower_utf8(title);
  if (t.find("general") != std::string::npos || t.find("secretariat") != std::string::npos) return false;
  for (const char* w : {"minister", "president", "chancellor", "king", "secretary", "ambassador", "spokes", "premier"})
    if (t.find(w) != std::string::npos) return true;
  return false;
}

// The state whose outlet or office published the article, from its "source:" header.
int RelationBuilder::publisher_state() {
  if (publisher_cache == -2) publisher_cache = read_publisher_state();
  return publisher_cache;
}

int RelationBuilder::read_publisher_state() {
  std::vector<std::string> words;
  std::string word;
  // "O Globo (translated from Portuguese)", "Der Standard (translated from German)": a language that
  // several states speak says nothing of the publisher's ("ANSA (translated from Italian)" still does)
  auto source = a.doc.source;
  if (auto t = source.find("translated"); t != std::string::npos) {
    auto close = source.find(')', t);
    auto note = lower_utf8(source.substr(t, close == std::string::npos ? std::string::npos : close - t));
    for (const char* language : {"portuguese", "spanish", "french", "arabic", "english", "german", "russian", "serbian",
                                 "dutch", "greek", "chinese", "korean", "turkish", "persian", "malay", "swedish"})
      if (note.find(language) != std::string::npos) source.erase(t, close == std::string::npos ? std::string::npos : close - t);
  }
  for (char c : source + " ") {
    if (c == ' ' || c == ',' || c == '(' || c == ')' || c == '/' || c == ':' || c == ';') {
      if (!word.empty()) words.push_back(word);
      word.clear();
    } else {
      word += c;
    }
  }
  // "U.S. Department of State", "United Kingdom Foreign Office", "Norwegian Ministry of Foreign Affairs"
  // (a name before a code: "Capital FM Kenya" is Kenyan, though FM is Micronesia's code)
  for (bool codes : {false, true})
    for (std::size_t n = 3; n >= 1; --n)
      for (std::size_t b = 0; b + n <= words.size(); ++b) {
        std::string phrase = words[b];
        for (std::size_t k = 1; k < n; ++k) phrase += " " + words[b + k];
        if (phrase.size() < 2 || graph::is_code_like(phrase) != codes) continue;
        // ("Hespress FR", "Euronews EN": an edition's language, though FR and EN name states too)
        if (edition_language(phrase)) continue;
        if (auto st = a.lex.state_name(phrase); !st.empty()) return republished_wire() ? wire_dateline_state() : state_entity(st, a.seg.sentences.front(), "derived.publisher_state");
      }
  // "source: ANTARA News", "The Yomiuri Shimbun": a national agency's or paper's state
  if (auto st = a.lex.outlet_state(source); !st.empty())
    return republished_wire() ? wire_dateline_state() : state_entity(st, a.seg.sentences.front(), "derived.publisher_state");
  return -1;
}

// "source: Guardian Nigeria / Reuters": a national outlet's page that carries an international wire's
// copy
bool RelationBuilder::republished_wire() const {
  auto source = lower_utf8(a.doc.source);
  for (const char* agency : {"reuters", "afp", "agence france-presse", "associated press"})
    if (source.find(agency) != std::string::npos) return true;
  return false;
}

// The wire speaks from its dateline ("LONDON, April 15 (Reuters) - Foreign Secretary X": Britain's),
// not from the home of the outlet that republished it.
int RelationBuilder::wire_dateline_state() {
  for (const auto& m : a.mentions)
    if (m.rule == "dateline"sv && m.label == Label::Place && m.entity >= 0) {
      if (auto st = state_of_place(m.entity); !st.empty()) return state_entity(st, a.seg.sentences.front(), "derived.publisher_state");
      break;
    }
  return -1;
}

// "Deputy Prime Minister and Foreign Minister X", "X, Deputy Prime Minister and Minister of Foreign
// Affairs,": two offices joined by "and" in front of or after one person are both theirs.
void RelationBuilder::joined_offices() {
  const auto& toks = a.seg.tokens;
  for (const auto& r : relations_of("HOLDS_ROLE")) {
    if (r.type != "HOLDS_ROLE"sv || !r.props.count("title")) continue;
    const int si = r.sentence;
    for (int oi : a.mentions_of_sentence[static_cast<std::size_t>(si)]) {
      const auto& person = a.mentions[static_cast<std::size_t>(oi)];
      if (person.label != Label::Person || person.entity != r.from) continue;
      // the office in front of the name (past forms of address) or in apposition after it
      const Mention* own = mention_ending_at(si, person.tok_begin, Label::Title);
      if (!own && person.tok_end < toks.size() && toks[person.tok_end].lower == ","sv) {
        own = mention_starting_at(si, person.tok_end + 1, Label::Title);
        if (!own && person.tok_end + 1 < toks.size() && toks[person.tok_end + 1].lower == "the"sv)
          own = mention_starting_at(si, person.tok_end + 2, Label::Title);
      }
      if (!own || lower_utf8(own->name) != lower_utf8(r.props.at("title"))) continue;
      const Mention* other = nullptr;
      // ("Crown Prince and Prime Minister X": the word before "and" may be a form of address too)
      if (own->tok_begin > 0 && toks[own->tok_begin - 1].lower == "and"sv) other = mention_ending_at(si, own->tok_begin - 1, Label::Title, false);
      if (!other && own->tok_end < toks.size() && toks[own->tok_end].lower == "and"sv)
        other = mention_starting_at(si, own->tok_end + 1, Label::Title);
      if (!other || lower_utf8(other->name) == lower_utf8(own->name)) continue;
      add("HOLDS_ROLE", r.from, r.to, {{"title", other->name}}, a.seg.sentences[static_cast<std::size_t>(r.sentence)], "derived.joined_offices", 0.6);
      break;
    }
  }
}

// The mention of the person a pending title is about, in the title's sentence.
const Mention* RelationBuilder::mention_of(const PendingTitle& p) const {
  for (int oi : a.mentions_of_sentence[static_cast<std::size_t>(p.sentence)])
    if (a.mentions[static_cast<std::size_t>(oi)].entity == p.person) return &a.mentions[static_cast<std::size_t>(oi)];
  return nullptr;
}

// "Japanese Foreign Minister Kamikawa Yoko and Defense Minister Kihara Minoru": the state before the
// first of two officials joined by "and" is the second's too, when their offices differ ("Russian
// President Putin and President Trump" are two presidents of two states).
int RelationBuilder::coordinated_state(const PendingTitle& p) const {
  const Mention* person = mention_of(p);
  if (!person) return -1;
  const auto& toks = a.seg.tokens;
  const Mention* second_title = mention_ending_at(p.sentence, person->tok_begin, Label::Title);
  // "Foreign Minister A and B, the Deputy Prime Minister and Defence Minister, hosted ...": B's office
  // follows the name; B serves A's state
  if (!second_title && person->tok_begin > 0 && toks[person->tok_begin - 1].lower == "and"sv && person->tok_end < toks.size() &&
      toks[person->tok_end].lower == ","sv) {
    const Mention* first = mention_ending_at(p.sentence, person->tok_begin - 1, Label::Person);
    if (!first || first->entity < 0 || !mention_ending_at(p.sentence, first->tok_begin, Label::Title)) return -1;
    int state = -1;
    for (const auto& r : a.relations)
      if (r.type == "HOLDS_ROLE"sv && r.from == first->entity && a.entities[static_cast<std::size_t>(r.to)].label == Label::State && !former_title(r)) {
        if (state >= 0 && state != r.to) return -1;
        state = r.to;
      }
    return state;
  }
  if (!second_title || second_title->tok_begin == 0 || toks[second_title->tok_begin - 1].lower != "and"sv) return -1;
  const Mention* first = mention_ending_at(p.sentence, second_title->tok_begin - 1, Label::Person);
  if (!first) return -1;
  const Mention* first_title = mention_ending_at(p.sentence, first->tok_begin, Label::Title);
  if (!first_title || lower_utf8(first_title->name) == lower_utf8(second_title->name)) return -1;
  auto at = first_title->tok_begin;
  if (at > 0 && toks[at - 1].lower == "'s"sv) --at;
  const Mention* state = mention_ending_at(p.sentence, at, Label::State);
  return state && state->entity >= 0 ? state->entity : -1;
}

// For "Energy Minister X, who accompanied Erdoğan at the summit": the person X came with.
int RelationBuilder::accompanied(const PendingTitle& p) const {
  const Mention* person = mention_of(p);
  if (!person) return -1;
  const auto& toks = a.seg.tokens;
  auto k = person->tok_end;
  if (k + 3 >= toks.size() || toks[k].lower != ","sv || toks[k + 1].lower != "who"sv) return -1;
  k += 2;
  if (toks[k].lower == "had"sv || toks[k].lower == "has"sv) ++k;
  if (toks[k].lower != "accompanied"sv && toks[k].lower != "accompanies"sv) return -1;
  const Mention* boss = mention_starting_at(p.sentence, k + 1, Label::Person);
  return boss && boss->entity >= 0 && boss->entity != p.person ? boss->entity : -1;
}

// For "his chancellor, X" or "her deputy X": the person named before, whom the possessive is about.
int RelationBuilder::possessive_owner(const PendingTitle& p) const {
  const auto& here = a.mentions_of_sentence[static_cast<std::size_t>(p.sentence)];
  const Mention* person = mention_of(p);
  if (!person) return -1;
  const auto& toks = a.seg.tokens;
  auto k = person->tok_begin;
  if (k > 0 && toks[k - 1].lower == ","sv) --k;
  const Mention* title = nullptr;
  for (int oi : here) {
    const auto& o = a.mentions[static_cast<std::size_t>(oi)];
    if (o.label == Label::Title && o.tok_end == k) title = &o;
  }
  if (!title || title->tok_begin == 0) return -1;
  const auto& w = toks[title->tok_begin - 1].lower;
  // "X, flanked by Home Affairs Minister Y": Y came with X
  bool escort = w == "by"sv && title->tok_begin >= 2 &&
                (toks[title->tok_begin - 2].lower == "flanked"sv || toks[title->tok_begin - 2].lower == "accompanied"sv ||
                 toks[title->tok_begin - 2].lower == "escorted"sv);
  if (w != "his"sv && w != "her"sv && !escort) return -1;
  int owner = -1;
  for (int oi : here) {
    const auto& o = a.mentions[static_cast<std::size_t>(oi)];
    if (o.label == Label::Person && o.entity >= 0 && o.entity != p.person && o.tok_end <= title->tok_begin) owner = o.entity;
  }
  return owner;
}

// For "The round was hosted by Qatar. Its Prime Minister and Minister of Foreign Affairs, Sheikh
// Mohammed ...": the state "its" refers to, the last one named before the title (in its sentence
// or the one before).
int RelationBuilder::its_state(const PendingTitle& p) const {
  const auto& here = a.mentions_of_sentence[static_cast<std::size_t>(p.sentence)];
  const Mention* person = mention_of(p);
  if (!person) return -1;
  const auto& toks = a.seg.tokens;
  auto k = person->tok_begin;
  while (k > 0 && (a.lex.in_classes(toks[k - 1].lower, a.lex.bits().honorific) || toks[k - 1].lower == ","sv || toks[k - 1].lower == "."sv)) --k;
  auto title_ending_at = [&](std::uint32_t end) -> const Mention* {
    for (int oi : here)
      if (const auto& o = a.mentions[static_cast<std::size_t>(oi)]; o.label == Label::Title && o.tok_end == end) return &o;
    return nullptr;
  };
  const Mention* title = title_ending_at(k);
  // "Its Prime Minister and Minister of Foreign Affairs": the first of the titles
  while (title && title->tok_begin > 1 && toks[title->tok_begin - 1].lower == "and"sv)
    if (const Mention* before = title_ending_at(title->tok_begin - 1)) title = before;
    else break;
  if (!title || title->tok_begin == 0) return -1;
  const auto& w = toks[title->tok_begin - 1].lower;
  if (w != "its"sv && w != "their"sv) return -1;
  int state = -1;
  for (int oi : here)
    if (const auto& o = a.mentions[static_cast<std::size_t>(oi)]; o.label == Label::State && o.entity >= 0 && o.tok_end <= title->tok_begin) state = o.entity;
  if (state < 0 && p.sentence > 0)
    for (int oi : a.mentions_of_sentence[static_cast<std::size_t>(p.sentence - 1)])
      if (const auto& o = a.mentions[static_cast<std::size_t>(oi)]; o.label == Label::State && o.entity >= 0) state = o.entity;
  return state;
}

// "host President Cyril Ramaphosa": the state where the article's meeting takes place (its place's
// state in the gazetteer, else the dateline's).
int RelationBuilder::host_state(const PendingTitle& p) {
  const auto& toks = a.seg.tokens;
  const Mention* person = mention_of(p);
  if (!person) return -1;
  bool host = false;
  const auto& s = a.seg.sentences[static_cast<std::size_t>(p.sentence)];
  for (auto k = person->tok_begin; k > s.tok_begin && k + 6 > person->tok_begin && !host; --k) host = toks[k - 1].lower == "host"sv;
  std::vector<int> places;
  // "President X hosted yesterday at Al-Ittihadiya Palace in Cairo the summit": the subject of "hosted"
  // is of the state of the town the sentence names after the verb (no one else named between)
  if (!host) {
    auto k = person->tok_end;
    for (; k < s.tok_end && k < person->tok_end + 14 && !host; ++k) {
      if (toks[k].has(kCap) && k > person->tok_end + 1 && toks[k - 1].lower != ","sv && toks[k - 1].lower != "of"sv &&
          toks[k - 1].lower != "and"sv && !toks[k - 1].has(kCap))
        break;  // another name or sentence part
      host = toks[k].lower == "hosted"sv || toks[k].lower == "hosts"sv;
    }
    if (!host) return -1;
    for (int oi : a.mentions_of_sentence[static_cast<std::size_t>(s.index)]) {
      const auto& m = a.mentions[static_cast<std::size_t>(oi)];
      if (m.label == Label::Place && m.entity >= 0 && m.tok_begin >= k) places.push_back(m.entity);
    }
  } else {
    // "the host, X": the state of the main meeting's town, else of the dateline's
    if (int main = main_meeting(); main >= 0)
      for (const auto& r : a.relations)
        if (r.type == "HELD_IN"sv && r.from == main) places.push_back(r.to);
    for (const auto& m : a.mentions)
      if (m.rule == "dateline"sv && m.entity >= 0) places.push_back(m.entity);
  }
  for (int place : places)
    if (auto state = state_of_place(place); !state.empty()) return state_entity(state, s, "derived.host_state");
  return -1;
}

// The state someone was met in, when the sentence has a visitor meet them ("met", "called on", "held
// talks with") and it or one of the four before it sets the scene in a town ("In Jakarta on Monday").
int RelationBuilder::visited_state(const PendingTitle& p) {
  const auto& toks = a.seg.tokens;
  const Mention* person = mention_of(p);
  if (!person) return -1;
  const auto& s = a.seg.sentences[static_cast<std::size_t>(p.sentence)];
  bool met = false;
  for (auto k = person->tok_begin; k > s.tok_begin && k + 8 > person->tok_begin && !met; --k) {
    const auto& w = toks[k - 1].lower;
    met = w == "met"sv || w == "meets"sv || w == "meet"sv || w == "meeting"sv || w == "on"sv || w == "talks"sv || w == "by"sv || w == "received"sv || w == "of"sv;
    if (w == "on"sv) met = k >= 2 + s.tok_begin && (toks[k - 2].lower == "called"sv || toks[k - 2].lower == "call"sv);
    if (w == "by"sv)
      met = k >= 2 + s.tok_begin && (toks[k - 2].lower == "received"sv || toks[k - 2].lower == "hosted"sv || toks[k - 2].lower == "welcomed"sv);
    if (w == "of"sv) met = k >= 2 + s.tok_begin && toks[k - 2].lower == "invitation"sv;  // "at the invitation of Minister X"
    if (w == "."sv && k >= 2 + s.tok_begin && (toks[k - 2].classes & a.lex.bits().honorific)) continue;  // "H.E. Mr. X"
    if (w == "."sv || w == ";"sv || w == ","sv || w == "where"sv || w == "who"sv || w == "which"sv || w == "while"sv || w == "when"sv) break;
  }
  if (!met) return -1;
  // "in Dili", "travel to Moscow ... to meet President X"
  auto travelled_to = [&](std::uint32_t k) {
    if (k < 2 || toks[k - 1].lower != "to"sv) return false;
    // ("flew on to Wellington")
    const auto& v = toks[k - 2].lower == "on"sv && k >= 3 ? toks[k - 3].lower : toks[k - 2].lower;
    return v == "travel"sv || v == "travels"sv || v == "travelled"sv || v == "traveled"sv || v == "fly"sv || v == "flies"sv || v == "flew"sv ||
           v == "head"sv || v == "heads"sv || v == "headed"sv;
  };
  auto state_of_town = [&](const Mention& o) {
    if (o.entity < 0 || o.tok_begin == 0 || (toks[o.tok_begin - 1].lower != "in"sv && !travelled_to(o.tok_begin))) return -1;
    if (o.label == Label::State && o.kind == "capital"sv) return o.entity;
    if (o.label == Label::Place && !o.state_of.empty()) return state_entity(o.state_of, s, "derived.visited_state");
    return -1;
  };
  // the town the sentence names nearest the person, before it or just after ("a meeting with
  // President X in Ulaanbaatar"), unless a state comes between ("in Samarkand and to Mongolia, where")
  int nearest = -1;
  for (int oi : a.mentions_of_sentence[static_cast<std::size_t>(p.sentence)]) {
    const auto& o = a.mentions[static_cast<std::size_t>(oi)];
    if (o.tok_begin < person->tok_begin) {
      // "on his first visit to Moldova"
      bool visited = false;
      if (o.label == Label::State && o.entity >= 0 && o.kind != "demonym"sv && o.tok_begin >= s.tok_begin + 2 && toks[o.tok_begin - 1].lower == "to"sv)
        for (auto k = o.tok_begin - 1; k > s.tok_begin && k + 4 > o.tok_begin && !visited; --k)
          visited = toks[k - 1].lower == "visit"sv || toks[k - 1].lower == "trip"sv;
      if (int st = state_of_town(o); st >= 0) nearest = st;
      else if (visited) nearest = o.entity;
      else if (o.label == Label::State && o.entity >= 0) nearest = -2;
    } else if (o.tok_begin >= person->tok_end && o.tok_begin <= person->tok_end + 3) {
      if (int st = state_of_town(o); st >= 0) return st;
    }
  }
  if (nearest != -1) return nearest < 0 ? -1 : nearest;
  // else a sentence before that opens on it ("In Jakarta on Monday, ...")
  for (int si = p.sentence - 1; si >= 1 && si + 5 > p.sentence; --si)
    for (int oi : a.mentions_of_sentence[static_cast<std::size_t>(si)]) {
      const auto& o = a.mentions[static_cast<std::size_t>(oi)];
      if (o.tok_begin <= a.seg.sentences[static_cast<std::size_t>(si)].tok_begin + 3)  // (past a subheading run into it)
        if (int st = state_of_town(o); st >= 0) return st;
    }
  // else the state the story's visit is to ("Secretary X concludes official visit to Japan")
  return story_visit_state();
}

// The state the headline or the lead says someone visits: "visit to Japan", "trip to Japan",
// "visits Japan" (-1 if none, or more than one).
int RelationBuilder::story_visit_state() {
  const auto& toks = a.seg.tokens;
  int found = -1;
  for (int si : {0, lead_sentence()}) {
    if (si < 0) continue;
    const auto& s = a.seg.sentences[static_cast<std::size_t>(si)];
    for (int oi : a.mentions_of_sentence[static_cast<std::size_t>(si)]) {
      const auto& o = a.mentions[static_cast<std::size_t>(oi)];
      if (o.label != Label::State || o.entity < 0 || o.kind == "demonym"sv || o.tok_begin < s.tok_begin + 1) continue;
      const auto& before = toks[o.tok_begin - 1].lower;
      bool visit = before == "visits"sv || before == "visited"sv || before == "visiting"sv;
      if (before == "to"sv && o.tok_begin >= s.tok_begin + 2) {
        const auto& noun = toks[o.tok_begin - 2].lower;
        visit = noun == "visit"sv || noun == "trip"sv || noun == "tour"sv;
      }
      if (!visit) continue;
      if (found >= 0 && found != o.entity) return -1;
      found = o.entity;
    }
  }
  return found;
}

// The state a place of the article lies in, as the gazetteer knows it ("" if it does not).
std::string RelationBuilder::state_of_place(int place) const {
  for (const auto& m : a.mentions)
    if (m.entity == place && m.label == Label::Place && !m.state_of.empty()) return m.state_of;
  return "";
}

// The first body sentence that names anything: the lead.
int RelationBuilder::lead_sentence() const {
  for (const auto& s : a.seg.sentences)
    if (s.index > 0 && !a.mentions_of_sentence[static_cast<std::size_t>(s.index)].empty()) return s.index;
  return -1;
}

// Whom each official acts for: the state of their current role, or a union, movement or party,
// which sits at the table as a state does (the EU, the African Union, the TPLF). Spokespeople speak
// about meetings; they do not sit in them.
std::map<int, int> RelationBuilder::government_roles() const {
  std::map<int, int> role_state;
  for (const auto& r : a.relations) {
    if (r.type != "HOLDS_ROLE"sv || a.entities[static_cast<std::size_t>(r.to)].label != Label::State) continue;
    if (spokesperson_title(r) || former_title(r)) continue;
    role_state.emplace(r.from, r.to);
  }
  for (const auto& r : a.relations) {
    if (r.type != "HOLDS_ROLE"sv || former_title(r)) continue;
    const auto& org = a.entities[static_cast<std::size_t>(r.to)];
    auto kind = org.props.count("kind") ? org.props.at("kind") : std::string();
    if (org.label == Label::Organization && (kind == "union"sv || kind == "front"sv || kind == "movement"sv || kind == "party"sv))
      role_state.emplace(r.from, r.to);
  }
  // "Mozambique's Daniel Chapo", "the Malian Abdoulaye Diop": a person the text introduces by their state
  const auto& toks = a.seg.tokens;
  for (const auto& m : a.mentions) {
    if (m.label != Label::Person || m.entity < 0 || m.tok_begin < 2) continue;
    bool possessive = toks[m.tok_begin - 1].possessive();
    for (int oi : a.mentions_of_sentence[static_cast<std::size_t>(m.sentence)]) {
      const auto& o = a.mentions[static_cast<std::size_t>(oi)];
      if (o.label != Label::State || o.entity < 0) continue;
      if (possessive ? o.tok_end == m.tok_begin - 1 && o.kind != "demonym"sv
                     : o.tok_end == m.tok_begin && o.kind == "demonym"sv && o.tok_begin > 0 && toks[o.tok_begin - 1].lower == "the"sv)
        role_state.emplace(m.entity, o.entity);
    }
  }
  // (a known office-holder the text names without an office, "Zelenskiy and Garibashvili held talks",
  // has the HOLDS_ROLE of known_office_holders when in office on the article's date)
  return role_state;
}

// A person with a government role at a meeting of several states represents their state there, at
// a summit as at two ministers' talks on its sidelines ("who represents Spain at which forum" names
// both).
void RelationBuilder::represents_own_state_at_meetings() {
  auto role_state = government_roles();
  std::map<int, std::set<int>> at;
  for (const auto& r : a.relations)
    if (r.type == "ATTENDS"sv && role_state.count(r.from)) at[r.to].insert(role_state[r.from]);
  auto snapshot = relations_of("ATTENDS");
  for (const auto& r : snapshot)
    if (r.type == "ATTENDS"sv && role_state.count(r.from) && at[r.to].size() >= 2)
      add("REPRESENTS", r.from, role_state[r.from], {{"forum", a.entities[static_cast<std::size_t>(r.to)].name}},
          a.seg.sentences[static_cast<std::size_t>(r.sentence)], "derived.represents_own_state_at_meeting", 0.6);
}

// "UN Secretary-General X addressed the summit", "the Secretary General of the OAS, Y, took part":
// at a meeting of several states that is not their own body's, the head of an international body
// speaks for it (at its own body's meeting, or at two people's encounter, the text seldom says so).
void RelationBuilder::heads_of_bodies_represent_them_at_main_meeting() {
  int main = main_meeting();
  if (main < 0) return;
  const auto& meeting = a.entities[static_cast<std::size_t>(main)];
  auto convener = meeting.props.find("convened_by");
  std::set<int> states_at, people_at, represented;
  for (const auto& r : a.relations) {
    if (r.type == "ATTENDS"sv && r.to == main)
      (a.entities[static_cast<std::size_t>(r.from)].label == Label::State ? states_at : people_at).insert(r.from);
    else if (r.type == "REPRESENTS"sv)
      if (auto f = r.props.find("forum"); f != r.props.end() && f->second == meeting.name) represented.insert(r.from);
  }
  if (states_at.size() < 2 || people_at.empty()) return;
  static constexpr std::string_view national[] = {"ministry", "news outlet", "news agency", "government body", "parliament", "cabinet",
                                                  "department", "party", "movement", "front", "union"};
  static constexpr std::string_view heads[] = {"secretary", "president", "director", "chair", "representative", "commissioner", "head", "executive"};
  auto snapshot = relations_of("HOLDS_ROLE");
  for (const auto& r : snapshot) {
    if (r.type != "HOLDS_ROLE"sv || !people_at.count(r.from) || represented.count(r.from) || former_title(r) || spokesperson_title(r)) continue;
    const auto& body = a.entities[static_cast<std::size_t>(r.to)];
    if (body.label != Label::Organization) continue;
    auto kind = body.props.find("kind");
    if (kind != body.props.end() && std::find(std::begin(national), std::end(national), kind->second) != std::end(national)) continue;
    auto title = r.props.find("title");
    if (title == r.props.end() ||
        std::none_of(std::begin(heads), std::end(heads), [&](std::string_view h) { return find_ascii_ci(title->second, h) != std::string_view::npos; }))
      continue;
    // (not the body whose meeting it is: "the OSCE Secretary General" at the OSCE Ministerial Council)
    auto acronym = body.props.find("acronym");
    if ((convener != meeting.props.end() && convener->second == body.name) || find_ascii_ci(meeting.name, body.name) != std::string_view::npos ||
        (acronym != body.props.end() && find_ascii_ci(meeting.name, acronym->second) != std::string_view::npos))
      continue;
    add("REPRESENTS", r.from, r.to, {{"forum", meeting.name}}, a.seg.sentences[static_cast<std::size_t>(r.sentence)], "derived.head_of_body_at_meeting", 0.5);
    represented.insert(r.from);
  }
}

// "Petro held a meeting with the Chilean president, Gabriel Boric": the mention rule named the
// meeting after Boric only; with its two participants known it is the Petro–Boric meeting.
void RelationBuilder::name_encounters_after_both() {
  for (std::size_t i = 0; i < a.entities.size(); ++i) {
    auto& e = a.entities[i];
    // (and "received X for a working dinner": a meal known only by its noun)
    bool meal = e.name == "dinner"sv || e.name == "lunch"sv || e.name == "breakfast"sv || e.name == "luncheon"sv;
    if (e.label != Label::Meeting || (e.rule != "meeting.talks_with_person"sv && !meal)) continue;
    std::vector<int> people;
    for (const auto& r : a.relations)
      if (r.type == "ATTENDS"sv && r.to == static_cast<int>(i) && a.entities[static_cast<std::size_t>(r.from)].label == Label::Person &&
          std::find(people.begin(), people.end(), r.from) == people.end())
        people.push_back(r.from);
    if (people.size() != 2) continue;
    auto noun = e.name.substr(e.name.rfind(' ') + 1);
    auto name = short_reference(people[0]) + "\u2013" + short_reference(people[1]) + " " + noun;
    rename_meeting(e, name);
  }
}

// "Modi also held talks with Trump" ... "the Modi-Trump meeting": two names for one encounter of
// the same two people (unless their dates tell two apart, or one is still to come).
void RelationBuilder::one_encounter_per_pair() {
  std::map<std::string, int> first;  // "A–B" with the two in sorted order, the first meeting so named
  for (std::size_t i = 0; i < a.entities.size(); ++i) {
    auto& e = a.entities[i];
    if (e.label != Label::Meeting || planned(static_cast<int>(i))) continue;
    // "A–B meeting", "Von der Leyen–Spajic talks": the two references, then the noun
    auto dash = e.name.find("\u2013");
    auto space = e.name.rfind(' ');
    if (space == std::string::npos || dash == std::string::npos || dash > space) continue;
    auto x = e.name.substr(0, dash), y = e.name.substr(dash + 3, space - dash - 3);
    auto key = x < y ? x + "|" + y : y + "|" + x;
    auto [it, added] = first.emplace(key, static_cast<int>(i));
    if (added) continue;
    const auto& f = a.entities[static_cast<std::size_t>(it->second)];
    if (!date_of(f).empty() && !date_of(e).empty() && date_of(f) != date_of(e)) continue;
    // the later one's facts go to the first
    merge_meeting_into(static_cast<int>(i), it->second);
  }
}

// "the eighth Indian Ocean Conference" held in Muscat, then "the Muscat meeting": a meeting named
// only after the town the reported meeting is held in is that meeting (unless it is still to come or
// dated apart).
void RelationBuilder::town_meeting_is_the_main_meeting() {
  int main = main_meeting();
  if (main < 0 || planned(main)) return;
  auto date = [&](int m) { return m == main ? reported_day(main) : date_of(a.entities[static_cast<std::size_t>(m)]); };
  // dates that could be one day: one is the other's start, or either is unknown
  auto same_time = [&](int x, int y) {
    auto dx = date(x), dy = date(y);
    auto n = std::min(dx.size(), dy.size());
    return n == 0 || dx.compare(0, n, dy, 0, n) == 0;
  };
  // (the town's meeting may be the one the story reports, and the named one its name: then the named
  // one held in that town, if there is one, takes it in)
  if (a.entities[static_cast<std::size_t>(main)].rule == "meeting.place_noun"sv) {
    int named = -1, count = 0;
    int town = held_in(a.relations, main);
    for (const auto& r : a.relations) {
      if (r.type != "HELD_IN"sv || r.to != town || r.from == main || town < 0) continue;
      const auto& e = a.entities[static_cast<std::size_t>(r.from)];
      if (e.label != Label::Meeting || planned(r.from) || encounter_rule(e.rule) || e.rule == "meeting.place_noun"sv) continue;
      if (!same_time(r.from, main)) continue;
      if (r.from != named) ++count;
      named = r.from;
    }
    if (count == 1) {
      merge_meeting_into(main, named);
      main = named;
    }
  }
  std::set<int> towns;
  for (const auto& r : a.relations)
    if (r.type == "HELD_IN"sv && r.from == main && !is_site(r.to)) towns.insert(r.to);
  if (towns.empty()) return;
  for (std::size_t i = 0; i < a.entities.size(); ++i) {
    const auto& e = a.entities[i];
    int m = static_cast<int>(i);
    if (m == main || e.label != Label::Meeting || e.rule != "meeting.place_noun"sv || planned(m)) continue;
    auto place = e.props.find("place");
    if (place == e.props.end()) continue;
    int town = find_entity(Label::Place, place->second);
    if (!towns.count(town)) continue;
    if (!same_time(m, main)) continue;
    merge_meeting_into(m, main);
  }
}

// Meeting `from` is meeting `into` told again: its facts, mentions and properties go there.
void RelationBuilder::merge_meeting_into(int from, int into) {
  auto& e = a.entities[static_cast<std::size_t>(from)];
  auto& target = a.entities[static_cast<std::size_t>(into)];
  rename_meeting(e, target.name);
  std::vector<Relation> moved;
  std::erase_if(a.relations, [&](Relation& r) {
    if (r.from != from && r.to != from) return false;
    moved.push_back(std::move(r));
    return true;
  });
  for (auto& r : moved)
    add(r.type, r.from == from ? into : r.from, r.to == from ? into : r.to, std::move(r.props), a.seg.sentences[static_cast<std::size_t>(r.sentence)],
        r.rule, r.confidence);
  for (auto& m : a.mentions)
    if (m.entity == from) m.entity = into;
  for (const auto& [k, v] : e.props) target.props.emplace(k, v);
  target.mentions += e.mentions;
  e.label = Label::None;
  main_cache = -2;
}

// "Prime Minister A and President B agreed ... At a press conference after their talks ...": the
// talks the pair held are the encounter the text just reported, not another meeting.
void RelationBuilder::their_meeting_is_the_pair_encounter() {
  const auto& toks = a.seg.tokens;
  auto people_at = [&](int meeting) {
    std::set<int> out;
    for (const auto& r : a.relations)
      if (r.type == "ATTENDS"sv && r.to == meeting && a.entities[static_cast<std::size_t>(r.from)].label == Label::Person) out.insert(r.from);
    return out;
  };
  std::vector<int> encounters;  // in text order
  for (std::size_t i = 0; i < a.entities.size(); ++i) {
    const auto& x = a.entities[i];
    if (x.label == Label::Meeting && (encounter_rule(x.rule) || x.rule == "meeting.talks_with_person"sv) && !planned(static_cast<int>(i)))
      encounters.push_back(static_cast<int>(i));
  }
  if (encounters.empty()) return;
  for (const auto& m : a.mentions) {
    if (m.label != Label::Meeting || m.entity < 0) continue;
    auto& e = a.entities[static_cast<std::size_t>(m.entity)];
    if (e.label != Label::Meeting || e.rule.rfind("met.", 0) == 0 || planned(m.entity) || meeting_key(e.name).front() != '|') continue;
    const auto& s = a.seg.sentences[static_cast<std::size_t>(m.sentence)];
    bool theirs = false;
    for (auto k = m.tok_begin; k > s.tok_begin && k + 6 > m.tok_begin && !theirs; --k) {
      theirs = toks[k - 1].lower == "their"sv;
      if (toks[k - 1].has(kPunct) && toks[k - 1].lower != "-"sv) break;
    }
    // "Xi held talks with X in Beijing ... before the talks": the talks just reported, when nobody
    // else is said to be at them
    bool definite = toks[m.tok_begin].lower == "the"sv || (m.tok_begin > s.tok_begin && toks[m.tok_begin - 1].lower == "the"sv);
    if (!theirs && !definite) continue;
    // "the conference at Crans-Montana that collapsed in July 2017": a meeting of another year
    if (auto d = e.props.find("date"); d != e.props.end() && year_against_story(d->second, a.doc.date) != 0) continue;
    int encounter = -1;
    for (int i : encounters) {
      const auto& x = a.entities[static_cast<std::size_t>(i)];
      if (i != m.entity && x.label == Label::Meeting && x.sentence <= m.sentence && x.sentence + 2 >= m.sentence) encounter = i;
    }
    if (encounter < 0) continue;
    if (!theirs) {
      const auto& x = a.entities[static_cast<std::size_t>(encounter)];
      auto differs = [&](const char* k) {
        auto i = x.props.find(k);
        auto j = e.props.find(k);
        return i != x.props.end() && j != e.props.end() && !i->second.empty() && !j->second.empty() && i->second != j->second;
      };
      if (differs("date") || differs("place")) continue;
      auto pair = people_at(encounter);
      auto here = people_at(m.entity);
      if (pair.size() != 2 || !std::includes(pair.begin(), pair.end(), here.begin(), here.end())) continue;
    }
    merge_meeting_into(m.entity, encounter);
  }
}

// Two people who met, in a story filed from a city or about a meeting held there, met there:
// unless the text places or dates the encounter elsewhere, or it is still to come.
void RelationBuilder::encounters_where_the_story_is() {
  int here = -1;
  for (const auto& m : a.mentions)
    if (m.rule == "dateline"sv && m.entity >= 0) {
      here = m.entity;
      break;
    }
  // else the main meeting's town (before its venue)
  if (int main = main_meeting(); here < 0 && main >= 0)
    for (bool venues : {false, true})
      for (const auto& r : a.relations)
        if (here < 0 && r.type == "HELD_IN"sv && r.from == main && (venues || !is_site(r.to))) here = r.to;
  if (here < 0) return;
  auto snapshot = relations_of("HELD_IN");
  for (std::size_t i = 0; i < a.entities.size(); ++i) {
    const auto& e = a.entities[i];
    if (e.label != Label::Meeting || planned(static_cast<int>(i))) continue;
    if (!encounter_rule(e.rule)) continue;
    if (held_in(snapshot, static_cast<int>(i)) >= 0) continue;
    auto d = e.props.find("date");
    if (d != e.props.end() && !d->second.empty() && !a.doc.date.empty() && !same_trip(d->second, a.doc.date)) continue;
    if (e.sentence >= 0 && sentence_says(e.sentence, {"by phone", "by telephone", "video", "virtual", "online", "call"})) continue;
    // the sentence that reports it must not say it happened somewhere else ("in Berlin")
    bool elsewhere = false;
    for (int oi : a.mentions_of_sentence[static_cast<std::size_t>(e.sentence)]) {
      const auto& o = a.mentions[static_cast<std::size_t>(oi)];
      const auto& before = o.tok_begin > 0 ? a.seg.tokens[o.tok_begin - 1].lower : std::string();
      elsewhere = elsewhere || (o.label == Label::Place && o.entity >= 0 && o.entity != here && (before == "in"sv || before == "at"sv) &&
                                !of_another_meeting(e.sentence, o.tok_begin, static_cast<int>(i)));
    }
    if (elsewhere) continue;
    add("HELD_IN", static_cast<int>(i), here, {}, a.seg.sentences[static_cast<std::size_t>(e.sentence)], "derived.encounter_where_the_story_is", 0.45);
  }
}

// A venue lies in the town the text puts it in ("the Iikura Guest House in central Tokyo", "Tokyo's
// Iikura Guest House") or the town its name carries ("Arusha International Conference Centre"); a
// meeting held at the venue is held in that town too. (Not the dateline's town: "received at the
// Élysée Palace" in a story filed from Villers-Cotterêts.)
void RelationBuilder::venues_in_their_towns() {
  const auto& toks = a.seg.tokens;
  auto snapshot = relations_of("HELD_IN");
  for (std::size_t v = 0; v < a.entities.size(); ++v) {
    const auto& venue = a.entities[v];
    if (venue.label != Label::Place || !is_site(static_cast<int>(v))) continue;
    int town = -1, town_sentence = venue.sentence;
    for (const auto& mv : a.mentions) {
      if (town >= 0) break;
      if (mv.entity != static_cast<int>(v) || mv.label != Label::Place) continue;
      for (int oi : a.mentions_of_sentence[static_cast<std::size_t>(mv.sentence)]) {
        const auto& o = a.mentions[static_cast<std::size_t>(oi)];
        if (o.entity < 0 || o.entity == static_cast<int>(v) || (o.label != Label::Place && o.label != Label::State) || is_site(o.entity)) continue;
        bool after = o.tok_begin >= mv.tok_end && o.tok_begin <= mv.tok_end + 3;
        for (auto t = mv.tok_end; after && t < o.tok_begin; ++t) {
          const auto& w = toks[t].lower;
          after = w == "in"sv || w == ","sv || w == "central"sv || w == "downtown"sv || w == "the"sv;
        }
        after = after && o.tok_begin > mv.tok_end;
        bool before = o.tok_end + 1 == mv.tok_begin && toks[o.tok_end].possessive();
        if (after || before) {
          town = o.entity;
          // "in central Tokyo" read as Japan's capital: the city, when the text has it as a place
          if (o.label == Label::State && o.kind == "capital"sv) town = find_entity(Label::Place, o.surface);
          if (town < 0) continue;
          town_sentence = mv.sentence;
          break;
        }
      }
    }
    if (town < 0) {
      auto folded = " " + lower_utf8(venue.name) + " ";
      for (std::size_t t = 0; t < a.entities.size() && town < 0; ++t) {
        const auto& e = a.entities[t];
        if (t == v || e.label != Label::Place || is_site(static_cast<int>(t))) continue;
        if (folded.find(" " + lower_utf8(e.name) + " ") != std::string::npos) town = static_cast<int>(t);
      }
    }
    // a venue the text places nowhere is in the town the story is filed from
    if (town < 0)
      for (const auto& m : a.mentions)
        if (m.rule == "dateline"sv && m.entity >= 0 && m.label == Label::Place && !is_site(m.entity)) {
          town = m.entity;
          break;
        }
    if (town < 0 || town == static_cast<int>(v)) continue;
    const auto& s = a.seg.sentences[static_cast<std::size_t>(town_sentence)];
    add("LOCATED_IN", static_cast<int>(v), town, {}, s, "derived.venue_in_its_town", 0.6);
    if (a.entities[static_cast<std::size_t>(town)].label != Label::Place) continue;  // meetings are placed in towns
    for (const auto& r : snapshot)
      if (r.type == "HELD_IN"sv && r.to == static_cast<int>(v)) {
        bool has = false;
        for (const auto& q : a.relations) has = has || (q.type == "HELD_IN"sv && q.from == r.from && q.to == town);
        if (!has) add("HELD_IN", r.from, town, {}, a.seg.sentences[static_cast<std::size_t>(r.sentence)], "derived.venue_in_its_town", r.confidence * 0.9);
      }
  }
}

// "Rahmon and Japarov met less than three weeks ago in Bishkek": a meeting nothing else placed is in
// the one town the first sentence that names it puts things in ("in X"), when that sentence names no
// other meeting to which the town could belong
void RelationBuilder::meetings_placed_by_their_sentence() {
  auto snapshot = relations_of("HELD_IN");
  std::vector<char> tried(a.entities.size(), 0);
  for (const auto& m : a.mentions) {
    if (m.label != Label::Meeting || m.entity < 0 || tried[static_cast<std::size_t>(m.entity)]) continue;
    tried[static_cast<std::size_t>(m.entity)] = 1;
    if (held_in(snapshot, m.entity) >= 0) continue;
    std::set<int> towns, others;
    for (int oi : a.mentions_of_sentence[static_cast<std::size_t>(m.sentence)]) {
      const auto& o = a.mentions[static_cast<std::size_t>(oi)];
      if (o.entity < 0) continue;
      if (o.label == Label::Meeting && o.entity != m.entity) others.insert(o.entity);
      // (not where someone "stayed in" or "remained in" instead)
      if (o.label == Label::Place && o.tok_begin > 1 && a.seg.tokens[o.tok_begin - 1].lower == "in"sv && !is_site(o.entity) &&
          a.seg.tokens[o.tok_begin - 2].lower != "stayed"sv && a.seg.tokens[o.tok_begin - 2].lower != "remained"sv)
        towns.insert(o.entity);
    }
    if (towns.size() != 1) continue;
    // (another meeting of the sentence may own the town: unless it is placed elsewhere)
    bool owned = false;
    for (int other : others) {
      int at = held_in(snapshot, other);
      owned = owned || at < 0 || at == *towns.begin();
    }
    if (owned) continue;
    add("HELD_IN", m.entity, *towns.begin(), {}, a.seg.sentences[static_cast<std::size_t>(m.sentence)], "derived.placed_by_its_sentence", 0.4);
  }
}

// The people at talks between two or three parties that took place met one another. (At a summit of
// many, who met whom is news only when the text says so.)
void RelationBuilder::small_meetings_are_encounters() {
  std::map<int, std::vector<std::pair<int, int>>> people;  // meeting -> (person, sentence)
  // (people the text says took part, not only people named in a sentence about the meeting)
  for (const auto& r : a.relations)
    if (r.type == "ATTENDS"sv && a.entities[static_cast<std::size_t>(r.from)].label == Label::Person &&
        r.rule != "derived.official_in_main_meeting_sentence"sv) {
      auto& v = people[r.to];
      if (std::none_of(v.begin(), v.end(), [&](const auto& x) { return x.first == r.from; })) v.emplace_back(r.from, r.sentence);
    }
  for (const auto& [m, ps] : people) {
    const auto& e = a.entities[static_cast<std::size_t>(m)];
    if (ps.size() < 2 || ps.size() > 3 || planned(m) || still_to_come(e) || e.props.count("kind")) continue;
    // talks between two or three parties, not a gathering where only a few are named
    auto name = lower_utf8(e.name);
    bool small = name.find("talks") != std::string::npos || name.find("lateral") != std::string::npos ||
                 name.find("dialogue") != std::string::npos || e.rule == "meeting.person_pair"sv;
    std::set<int> states;
    for (const auto& r : a.relations)
      if (r.type == "ATTENDS"sv && r.to == m && a.entities[static_cast<std::size_t>(r.from)].label == Label::State) states.insert(r.from);
    if (!small || states.size() > 3) continue;
    for (std::size_t i = 0; i < ps.size(); ++i)
      for (std::size_t k = i + 1; k < ps.size(); ++k)
        add("MET_WITH", ps[i].first, ps[k].first, {}, a.seg.sentences[static_cast<std::size_t>(std::max(ps[i].second, ps[k].second))],
            "derived.small_meeting_encounter", 0.5);
  }
}

// The mention of `label` that ends at `end`, or, `past_address`, before the forms of address that end
// there ("Defense Minister H.E. X").
const Mention* RelationBuilder::mention_ending_at(int sentence, std::uint32_t end, Label label, bool past_address) const {
  const auto& toks = a.seg.tokens;
  while (past_address && end > 0 && (toks[end - 1].lower == "."sv || (toks[end - 1].classes & a.lex.bits().honorific))) --end;
  for (int oi : a.mentions_of_sentence[static_cast<std::size_t>(sentence)]) {
    const auto& m = a.mentions[static_cast<std::size_t>(oi)];
    if (m.label == label && m.tok_end == end) return &m;
  }
  return nullptr;
}

// The sentence's mention of `label` that starts at token `tok`, if any.
const Mention* RelationBuilder::mention_starting_at(int sentence, std::uint32_t tok, Label label) const {
  for (int oi : a.mentions_of_sentence[static_cast<std::size_t>(sentence)]) {
    const auto& m = a.mentions[static_cast<std::size_t>(oi)];
    if (m.label == label && m.tok_begin == tok) return &m;
  }
  return nullptr;
}

// "Prime Ministers Andrew Holness of Jamaica, Keith Rowley of Trinidad and Tobago and Philip Davis
// of the Bahamas": one plural title over a list of people, each "of" a state (not the plural of a
// name: "The Council of Ministers brought together ...").
void RelationBuilder::plural_title_over_list() {
  const auto& toks = a.seg.tokens;
  auto inside_name = [&](int sentence, std::uint32_t tok) {
    for (int oi : a.mentions_of_sentence[static_cast<std::size_t>(sentence)]) {
      const auto& m = a.mentions[static_cast<std::size_t>(oi)];
      if ((m.label == Label::Organization || m.label == Label::Meeting) && m.tok_begin <= tok && tok < m.tok_end) return true;
    }
    return false;
  };
  static const std::pair<std::string_view, std::string_view> plurals[] = {
      {"ministers", "Minister"}, {"presidents", "President"}, {"premiers", "Premier"}, {"chancellors", "Chancellor"},
      {"secretaries", "Secretary"}, {"ambassadors", "Ambassador"}, {"envoys", "Envoy"}, {"kings", "King"}};
  for (const auto& s : a.seg.sentences) {
    std::string title;
    std::uint32_t title_end = 0;
    for (auto i = s.tok_begin; i < s.tok_end && title.empty(); ++i) {
      // (only a capitalized word ending in "s" can be one: most tokens stop here)
      if (!toks[i].has(kCap) || toks[i].lower.size() < 4 || toks[i].lower.back() != 's') continue;
      for (const auto& [plural, singular] : plurals)
        if (toks[i].lower == plural && !inside_name(s.index, i)) {
          title = std::string(singular);
          // "Prime Ministers", "Foreign Ministers": the capitalized words before it belong to the title
          for (auto k = i; k > s.tok_begin && toks[k - 1].has(kCap) && !(toks[k - 1].classes & a.lex.bits().name); --k)
            title = a.text_of(k - 1, k) + " " + title;
          title_end = i + 1;
        }
    }
    if (title.empty()) continue;
    const auto& here = a.mentions_of_sentence[static_cast<std::size_t>(s.index)];
    auto mention_at = [&](std::uint32_t t, Label l) { return mention_starting_at(s.index, t, l); };
    for (std::size_t k = 0; k < here.size(); ++k) {
      const auto& p = a.mentions[static_cast<std::size_t>(here[k])];
      if (p.tok_begin < title_end || p.entity < 0) continue;
      // "Prime Ministers A of X and B of Y"
      if (p.label == Label::Person) {
        auto j = p.tok_end;
        if (j >= s.tok_end || toks[j].lower != "of"sv) continue;
        ++j;
        if (j < s.tok_end && toks[j].lower == "the"sv) ++j;
        if (const auto* st = mention_at(j, Label::State))
          add("HOLDS_ROLE", p.entity, st->entity, {{"title", title}}, s, "derived.plural_title_over_list", 0.55);
      }
      // "the Ministers of Foreign Affairs of Hungary, Mr A, of the Czech Republic, Mr B"
      if (p.label == Label::State && p.tok_begin > s.tok_begin && toks[p.tok_begin - (toks[p.tok_begin - 1].lower == "the"sv ? 2 : 1)].lower == "of"sv) {
        auto j = p.tok_end;
        if (j >= s.tok_end || toks[j].lower != ","sv) continue;
        ++j;
        while (j < s.tok_end && (toks[j].classes & a.lex.bits().honorific)) ++j;
        if (j < s.tok_end && toks[j].lower == "."sv) ++j;
        // (not "A of Jamaica, B of Trinidad and Tobago": B's state follows B)
        if (const auto* person = mention_at(j, Label::Person); person && (person->tok_end >= s.tok_end || toks[person->tok_end].lower != "of"sv))
          add("HOLDS_ROLE", person->entity, p.entity, {{"title", title}}, s, "derived.plural_title_over_list", 0.55);
      }
    }
  }
}

// "Turkiye's Foreign Minister A, Egypt's B and Jordan's C", "the Brazilian president, A; the Mexican,
// B": the title of the list's first item is every item's.
void RelationBuilder::possessive_list_shares_title() {
  const auto& toks = a.seg.tokens;
  for (const auto& s : a.seg.sentences) {
    const auto& here = a.mentions_of_sentence[static_cast<std::size_t>(s.index)];
    auto mention_at = [&](std::uint32_t t, Label l) { return mention_starting_at(s.index, t, l); };
    auto possessive = [&](std::uint32_t t) { return t < s.tok_end && toks[t].possessive(); };
    std::string title;
    std::uint32_t item_end = 0;  // where the last item of the list ended
    for (int oi : here) {
      const auto& st = a.mentions[static_cast<std::size_t>(oi)];
      // "Egypt's B", or, in translated copy, "the Mexican, B"
      bool demonym = st.kind == "demonym"sv && st.tok_begin > s.tok_begin && toks[st.tok_begin - 1].lower == "the"sv;
      if (st.label != Label::State || st.entity < 0 || !(possessive(st.tok_end) || demonym)) continue;
      auto next = possessive(st.tok_end) ? st.tok_end + 1 : st.tok_end;
      const auto* t = mention_at(next, Label::Title);
      if (t) next = t->tok_end;
      // "Pakistan's Deputy Prime Minister and Foreign Minister A"
      if (t && next + 1 < s.tok_end && toks[next].lower == "and"sv)
        if (const auto* t2 = mention_at(next + 1, Label::Title)) next = t2->tok_end;
      if (demonym && next < s.tok_end && toks[next].lower == ","sv) ++next;
      const auto* p = mention_at(next, Label::Person);
      if (!p || p->entity < 0) continue;
      bool listed = item_end > 0 && st.tok_begin > item_end && st.tok_begin <= item_end + 4;
      for (auto k = item_end; listed && k < st.tok_begin; ++k)
        listed = toks[k].lower == ","sv || toks[k].lower == ";"sv || toks[k].lower == "and"sv || toks[k].lower == "the"sv;
      if (t) {
        if (!listed) title = t->name;  // the list's head says the title
      } else if (!listed) {
        title = plural_title_before(st.tok_begin, s);
        if (!title.empty()) add("HOLDS_ROLE", p->entity, st.entity, {{"title", title}}, s, "derived.possessive_list_shares_title", 0.55);
      } else if (listed && !title.empty())
        add("HOLDS_ROLE", p->entity, st.entity, {{"title", title}}, s, "derived.possessive_list_shares_title", 0.55);
      else title.clear();
      item_end = p->tok_end;
    }
  }
}

// "Their foreign ministers - Ukraine's A, Georgia's B ...": the office, in the singular, of a plural
// title that introduces a list at token `item` ("" when there is none)
std::string RelationBuilder::plural_title_before(std::uint32_t item, const Sentence& s) const {
  const auto& toks = a.seg.tokens;
  static const std::pair<std::string_view, std::string_view> plurals[] = {
      {"ministers", "minister"}, {"presidents", "president"}, {"premiers", "premier"}, {"ambassadors", "ambassador"},
      {"envoys", "envoy"}, {"secretaries", "secretary"}, {"chancellors", "chancellor"}};
  if (item < s.tok_begin + 2) return "";
  const auto& mark = toks[item - 1].lower;
  if (mark != "-"sv && mark != ":"sv) return "";
  auto head = item - 2;
  std::string title;
  for (const auto& [plural, singular] : plurals)
    if (toks[head].lower == plural) title = std::string(singular);
  if (title.empty()) return "";
  for (auto k = head; k > s.tok_begin && a.lex.in_class(toks[k - 1].lower, "portfolio") && head - k < 3; --k) title = toks[k - 1].lower + " " + title;
  return title;
}

// "his counterparts from Japan, Australia and the Philippines — Defense Minister A, Defence Minister
// B and Defense Secretary C —": two lists in the same order, the nth official serving the nth state.
void RelationBuilder::officials_listed_in_order_of_states() {
  const auto& toks = a.seg.tokens;
  for (const auto& s : a.seg.sentences) {
    const auto& here = a.mentions_of_sentence[static_cast<std::size_t>(s.index)];
    for (auto i = s.tok_begin; i + 1 < s.tok_end; ++i) {
      const auto& w = toks[i].lower;
      if (!(w == "counterparts"sv || w == "colleagues"sv || w == "ministers"sv || w == "leaders"sv || w == "presidents"sv) ||
          !(toks[i + 1].lower == "from"sv || toks[i + 1].lower == "of"sv))
        continue;
      // the states, up to a dash or colon
      std::vector<int> states;
      auto j = i + 2;
      while (j < s.tok_end && toks[j].lower != "-"sv && toks[j].lower != ":"sv) {
        const Mention* at = nullptr;
        for (int oi : here)
          if (a.mentions[static_cast<std::size_t>(oi)].tok_begin == j) at = &a.mentions[static_cast<std::size_t>(oi)];
        if (at && at->label == Label::State && at->entity >= 0) {
          states.push_back(at->entity);
          j = at->tok_end;
        } else if (toks[j].lower == ","sv || toks[j].lower == "and"sv || toks[j].lower == "the"sv) {
          ++j;
        } else {
          break;
        }
      }
      if (states.size() < 2 || j >= s.tok_end || (toks[j].lower != "-"sv && toks[j].lower != ":"sv)) continue;
      // the officials, each with the title just before the name, up to the next dash or the end
      auto stop = j + 1;
      while (stop < s.tok_end && toks[stop].lower != "-"sv && toks[stop].lower != ";"sv) ++stop;
      std::vector<std::pair<int, std::vector<std::string>>> officials;
      std::vector<std::string> titles;
      for (int oi : here) {
        const auto& o = a.mentions[static_cast<std::size_t>(oi)];
        if (o.tok_begin <= j) continue;
        if (o.tok_begin > stop) break;
        if (o.label == Label::Title) titles.push_back(o.surface);  // "Deputy Prime Minister and Defence Minister B"
        if (o.label == Label::Person && o.entity >= 0) {
          officials.emplace_back(o.entity, titles);
          titles.clear();
        }
      }
      if (officials.size() != states.size()) continue;
      for (std::size_t k = 0; k < states.size(); ++k)
        for (const auto& t : officials[k].second)
          add("HOLDS_ROLE", officials[k].first, states[k], {{"title", t}}, s, "derived.officials_in_order_of_states", 0.6);
      break;
    }
  }
}

// "since Monday", "until May", "by Friday", "before", "after": a date that bounds a period, not the day
// of a meeting
bool RelationBuilder::bounds_a_period(const Mention& date) const {
  // (past "the end of", "the beginning of": "until the end of June")
  auto k = date.tok_begin;
  auto part = [](std::string_view w) { return w == "the"sv || w == "of"sv || w == "end"sv || w == "start"sv || w == "beginning"sv || w == "middle"sv; };
  while (k > 0 && k + 4 > date.tok_begin && part(a.seg.tokens[k - 1].lower)) --k;
  if (k == 0) return false;
  const auto& before = a.seg.tokens[k - 1].lower;
  return before == "since"sv || before == "until"sv || before == "by"sv || before == "before"sv || before == "after"sv;
}

// An encounter takes the one date its sentence gives ("held four hours of talks on Wednesday").
void RelationBuilder::date_encounters_from_their_sentence() {
  for (auto& e : a.entities) {
    if (e.label != Label::Meeting || e.sentence < 0 || e.props.count("date")) continue;
    if (!encounter_rule(e.rule)) continue;
    std::vector<const Mention*> candidates;
    std::uint32_t body = 0;  // past the dateline ("WOODSIDE, California, Nov 15 (AP) —")
    for (int oi : a.mentions_of_sentence[static_cast<std::size_t>(e.sentence)]) {
      const auto& o = a.mentions[static_cast<std::size_t>(oi)];
      if (o.rule == "dateline"sv || o.rule == "dateline.agency"sv) body = std::max(body, o.tok_end);
    }
    for (int oi : a.mentions_of_sentence[static_cast<std::size_t>(e.sentence)]) {
      const auto& o = a.mentions[static_cast<std::size_t>(oi)];
      if (o.label != Label::Date || o.tok_begin < body) continue;
      if (of_another_meeting(e.sentence, o.tok_begin, static_cast<int>(&e - a.entities.data()))) continue;
      if (bounds_a_period(o)) continue;
      candidates.push_back(&o);
    }
    // ("On Sunday, Kishida held talks with Li ..., the first since Li became premier in March last
    // year": of two dates, the one of another year tells of something else)
    if (candidates.size() > 1 && a.doc.date.size() >= 4)
      std::erase_if(candidates, [&](const Mention* d) {
        auto iso = d->props.find("iso");
        return iso == d->props.end() || iso->second.empty() || year_against_story(iso->second, a.doc.date) != 0;
      });
    if (candidates.size() != 1 || candidates.front()->props.at("iso").empty()) continue;
    const Mention* date = candidates.front();
    e.props["date"] = date->props.at("iso");
    e.props["date_text"] = date->props.at("text");
  }
}

// "Lavrov and Wang held talks on the sidelines of the ARF ministerial meeting": those named before
// attend the meeting whose sidelines these are.
void RelationBuilder::people_on_the_sidelines() {
  const auto& toks = a.seg.tokens;
  for (const auto& s : a.seg.sentences) {
    for (auto k = s.tok_begin + 2; k + 2 < s.tok_end; ++k) {
      if ((toks[k].lower != "sidelines"sv && toks[k].lower != "margins"sv) || toks[k - 1].lower != "the"sv || toks[k + 1].lower != "of"sv) continue;
      const auto& prep = toks[k - 2].lower;
      if (prep != "on"sv && prep != "at"sv) continue;
      // the meeting named within a few words after "of" (past "the", a body and its acronym)
      const Mention* meeting = nullptr;
      for (int oi : a.mentions_of_sentence[static_cast<std::size_t>(s.index)]) {
        const auto& o = a.mentions[static_cast<std::size_t>(oi)];
        if (o.label == Label::Meeting && o.entity >= 0 && o.tok_begin > k && o.tok_begin <= k + 9 && (!meeting || o.tok_begin < meeting->tok_begin))
          meeting = &o;
      }
      if (!meeting) continue;
      for (auto j = k + 2; j < meeting->tok_begin; ++j)
        if (toks[j].lower == "."sv || toks[j].lower == ";"sv || toks[j].lower == "and"sv) meeting = nullptr;
      if (!meeting) continue;
      for (int oi : a.mentions_of_sentence[static_cast<std::size_t>(s.index)]) {
        const auto& o = a.mentions[static_cast<std::size_t>(oi)];
        // (not who reports it: "spokesman X said President Y held talks ...")
        bool reports = o.tok_end < s.tok_end && a.lex.in_class(toks[o.tok_end].lower, "speech_verb");
        if (o.label == Label::Person && o.entity >= 0 && o.tok_end + 17 >= k && o.tok_end < k && !reports)
          add("ATTENDS", o.entity, meeting->entity, {}, s, "attends.sidelines_of", 0.8);
      }
    }
  }
}

// "X received the heads of delegation at his office afterwards": the reception is held in the main
// meeting's town unless the text says where. (Its guests go unnamed: taking the main meeting's
// representatives for them was wrong four times in five on the development set.)
void RelationBuilder::receptions_in_main_town() {
  int main = main_meeting();
  if (main < 0) return;
  int town = -1;
  for (const auto& h : a.relations)
    if (town < 0 && h.type == "HELD_IN"sv && h.from == main && !is_site(h.to)) town = h.to;
  if (town < 0) return;
  for (std::size_t m = 0; m < a.entities.size(); ++m) {
    const auto& e = a.entities[m];
    if (e.label != Label::Meeting || (e.rule != "met.received_the_delegations"sv && e.rule != "met.will_receive_the_delegations"sv)) continue;
    int reception = static_cast<int>(m);
    const Relation* host = nullptr;
    for (const auto& r : a.relations)
      if (r.type == "ATTENDS"sv && r.to == reception) host = &r;
    if (!host || held_in(a.relations, reception) >= 0) continue;
    add("HELD_IN", reception, town, {}, a.seg.sentences[static_cast<std::size_t>(host->sentence)], "derived.reception_in_main_town", 0.5);
  }
}

// A news story reports its meeting on the day it is dated unless the text dates it: the meeting its
// lead names, held and undated, takes the article's date (marked `date_basis: article`), and the
// encounters on its sidelines, in its town and undated, take the meeting's day.
void RelationBuilder::dates_of_the_reported_meeting() {
  if (a.doc.date.size() != 10) return;
  int main = main_meeting();
  if (main < 0 || planned(main)) return;
  auto& m = a.entities[static_cast<std::size_t>(main)];
  auto undated = [](const Entity& e) { return !e.props.count("date") || e.props.at("date").empty(); };
  if (undated(m)) {
    if (m.sentence > 3 || encounter_rule(m.rule)) return;
    // ("Heads of State ... on Thursday converged at the Centre for an extraordinary summit": the day the
    // lead gives it, when it gives one and only one)
    std::set<std::string> days;
    const Mention* said = nullptr;
    for (int si = 1; si <= 3 && si < static_cast<int>(a.seg.sentences.size()); ++si) {
      // (a sentence that names another meeting too dates that one: "The summit was preceded on Friday by
      // a meeting of the Council")
      bool names_main = false, names_other = false;
      for (int oi : a.mentions_of_sentence[static_cast<std::size_t>(si)]) {
        const auto& o = a.mentions[static_cast<std::size_t>(oi)];
        names_main = names_main || o.entity == main;
        names_other = names_other || (o.label == Label::Meeting && o.entity >= 0 && o.entity != main);
      }
      if (names_other) continue;
      // (not "Leaders meet again on Wednesday morning for the final session")
      if (!names_main || sentence_says(si, {" will ", " again ", " next ", " would ", " to meet ", " to hold "})) continue;
      for (int oi : a.mentions_of_sentence[static_cast<std::size_t>(si)]) {
        const auto& o = a.mentions[static_cast<std::size_t>(oi)];
        if (o.label != Label::Date || o.rule == "dateline"sv) continue;
        auto iso = o.props.find("iso");
        if (iso == o.props.end() || iso->second.size() != 10 || iso->second > a.doc.date || iso->second.compare(0, 7, a.doc.date, 0, 7) != 0) continue;
        if (of_another_meeting(si, o.tok_begin, main)) continue;
        if (bounds_a_period(o)) continue;
        days.insert(iso->second);
        said = &o;
      }
    }
    if (days.size() == 1) {
      m.props["date"] = *days.begin();
      m.props["date_text"] = said->props.at("text");
    } else {
      m.props["date"] = a.doc.date;
      m.props["date_basis"] = "article";
    }
    m.props["status"] = "held";
  }
  const auto& day = m.props.at("date");
  if (day.size() != 10 || day.compare(0, 7, a.doc.date, 0, 7) != 0) return;
  int town = -1;
  for (const auto& r : a.relations)
    if (town < 0 && r.type == "HELD_IN"sv && r.from == main && !is_site(r.to)) town = r.to;
  if (town < 0) return;
  for (const auto& r : relations_of("HELD_IN")) {
    if (r.type != "HELD_IN"sv || r.to != town || r.from == main) continue;
    auto& e = a.entities[static_cast<std::size_t>(r.from)];
    if (!undated(e) || planned(r.from) || !encounter_rule(e.rule)) continue;
    e.props["date"] = day;
    e.props["status"] = "held";
  }
}

// "source: Times of Malta", "source: Kyodo / The Japan Times": the outlets (or the office) that
// published the article, named in its header, are organizations of the article. What follows a
// bracket or a dash is no outlet ("(translated from French)", "- Commentary").
void RelationBuilder::source_outlets() {
  std::string_view src = a.doc.source;
  if (auto bracket = src.find('('); bracket != std::string_view::npos) src = src.substr(0, bracket);
  for (std::string_view sep : {" - "sv, " \xE2\x80\x93 "sv, " \xE2\x80\x94 "sv, " | "sv, ", "sv})
    if (auto at = src.find(sep); at != std::string_view::npos) src = src.substr(0, at);
  while (!src.empty()) {
    auto slash = src.find(" / ");
    auto part = src.substr(0, slash);
    src = slash == std::string_view::npos ? std::string_view() : src.substr(slash + 3);
    while (!part.empty() && (part.front() == ' ' || part.front() == '\t')) part.remove_prefix(1);
    while (!part.empty() && (part.back() == ' ' || part.back() == '\t')) part.remove_suffix(1);
    // ("Hespress FR" is Hespress, in French)
    if (part.size() > 3 && part[part.size() - 3] == ' ' && edition_language(part.substr(part.size() - 2))) part.remove_suffix(3);
    // (a name, as written: capitalized, and no state: "U.S. Department of State" is an office, "Norway" is not)
    if (part.size() < 2 || !(std::isupper(static_cast<unsigned char>(part.front())) || static_cast<unsigned char>(part.front()) >= 0x80)) continue;
    if (!a.lex.state_name(part).empty()) continue;
    std::string name(part);
    std::string kind = "news outlet";
    if (const auto* known = a.lex.org_by_name(part)) {
      name = known->name;
      kind = known->kind;
    }
    if (find_entity(Label::Organization, name) >= 0) continue;
    Entity e;
    e.label = Label::Organization;
    e.name = name;
    e.props["kind"] = kind;
    e.sentence = 0;
    e.rule = "derived.source_outlet";
    e.evidence = "source: " + a.doc.source;
    e.confidence = 0.8;
    e.mentions = 1;
    a.entities.push_back(std::move(e));
  }
}

void RelationBuilder::derived() {
  const auto& sents = a.seg.sentences;
  source_outlets();
  // "the Kenyan President" naming "President X", introduced with no state: X's state
  for (const auto& m : a.mentions)
    if (m.rule == "person.title_reference"sv && m.entity >= 0 && m.props.count("state"))
      add("HOLDS_ROLE", m.entity, state_entity(m.props.at("state"), sents[static_cast<std::size_t>(m.sentence)], m.rule),
          {{"title", m.props.at("title")}}, sents[static_cast<std::size_t>(m.sentence)], m.rule, 0.6);
  people_on_the_sidelines();
  their_meeting_is_the_pair_encounter();
  plural_title_over_list();
  possessive_list_shares_title();
  officials_listed_in_order_of_states();
  date_encounters_from_their_sentence();
  place_pending_titles();
  joined_offices();
  known_office_holders();
  settle_pending_counterparts();
  // meetings' own names: "talks in Geneva" held in Geneva, "meeting of the OSCE" convened by it
  for (const auto& m : a.mentions) {
    if (m.label != Label::Meeting || m.entity < 0) continue;
    const auto& s = sents[static_cast<std::size_t>(m.sentence)];
    if (auto it = m.props.find("place"); it != m.props.end() && !it->second.empty())
      add("HELD_IN", m.entity, find_entity(Label::Place, it->second), {}, s, m.rule, 0.8);
    if (auto it = m.props.find("convened_by"); it != m.props.end() && !it->second.empty())
      add("CONVENED_BY", m.entity, find_entity(Label::Organization, it->second), {}, s, m.rule, 0.75);
  }
  // held or planned, from the date ("held" needs a date to compare with the article's)
  for (auto& e : a.entities) {
    if (e.label != Label::Meeting || (e.props.count("status") && e.props.at("status") == "cancelled"sv)) continue;
    auto d = e.props.find("date");
    if (still_to_come(e)) e.props["status"] = "planned";
    else if (d != e.props.end() && !d->second.empty() && !a.doc.date.empty() && !planned(static_cast<int>(&e - a.entities.data()))) e.props["status"] = "held";
  }
  drop_unlikely_participants();
  drop_encounters_inside_named_meetings();
  // "the EU–China Trade Dialogue", "the Armenia–Azerbaijan talks": the parties in the name take part
  for (const auto& m : a.mentions) {
    if (m.label != Label::Meeting || m.entity < 0) continue;
    std::vector<const Mention*> parties;
    bool dash = false;
    for (int oi : a.mentions_of_sentence[static_cast<std::size_t>(m.sentence)]) {
      const auto& o = a.mentions[static_cast<std::size_t>(oi)];
      if (o.entity < 0 || o.tok_begin < m.tok_begin || o.tok_end > m.tok_end) continue;
      if (o.label == Label::State || o.label == Label::Organization) {
        if (!parties.empty() && o.tok_begin == parties.back()->tok_end + 1 && a.seg.tokens[o.tok_begin - 1].lower == "-"sv) dash = true;
        parties.push_back(&o);
      }
    }
    if (dash && parties.size() >= 2)
      for (const auto* p : parties)
        add("ATTENDS", p->entity, m.entity, {}, sents[static_cast<std::size_t>(m.sentence)], "derived.parties_named_in_meeting", 0.7);
  }
  // a representative at a meeting attends it
  auto snapshot = relations_of("REPRESENTS");
  for (const auto& r : snapshot) {
    if (r.type != "REPRESENTS"sv) continue;
    auto it = r.props.find("forum");
    if (it == r.props.end()) continue;
    int m = find_entity(Label::Meeting, it->second);
    if (m >= 0) add("ATTENDS", r.from, m, {}, sents[static_cast<std::size_t>(r.sentence)], r.rule, r.confidence);
  }
  auto members = relations_of("MEMBER_OF");
  for (const auto& c : relations_of("CONVENED_BY")) {
    if (c.type != "CONVENED_BY"sv) continue;
    const auto& m = a.entities[static_cast<std::size_t>(c.from)];
    if (m.props.count("status") && m.props.at("status") == "planned"sv) continue;
    auto date = m.props.find("date");
    if (date != m.props.end() && !a.doc.date.empty() && date->second > a.doc.date) continue;
    // only the meeting the article is about, or one it reports from the same month ("the JEF
    // ministers met on Tuesday"): other meetings of the body are mentioned in passing
    bool reported = date != m.props.end() && date->second.size() == 10 && !a.doc.date.empty() &&
                    date->second.compare(0, 7, a.doc.date, 0, 7) == 0;
    if (c.from != main_meeting() && !reported) continue;
    for (const auto& r : members)
      if (r.type == "MEMBER_OF"sv && r.to == c.to && r.rule != "member_of.suspended"sv)  // a suspended member's chair stays empty
        add("ATTENDS", r.from, c.from, {}, sents[static_cast<std::size_t>(c.sentence)], "derived.members_attend_their_body_meeting", 0.6);
  }
  // officials of member states attend the meeting their body held (its most reported one), unless
  // the text names them only in what happened in an earlier year ("on 15 February 1991, President X")
  {
    auto role_state = government_roles();
    auto only_in_the_past = [&](int person) {
      if (a.doc.date.size() < 4) return false;
      bool seen = false;
      for (const auto& m : a.mentions) {
        if (m.entity != person) continue;
        seen = true;
        bool past = false;
        for (int oi : a.mentions_of_sentence[static_cast<std::size_t>(m.sentence)]) {
          const auto& d = a.mentions[static_cast<std::size_t>(oi)];
          if (d.label != Label::Date) continue;
          auto iso = d.props.find("iso");
          past = past || (iso != d.props.end() && year_against_story(iso->second, a.doc.date) < 0);
        }
        if (!past) return false;
      }
      return seen;
    };
    // ... nor someone the text names only about what is still to come ("Ruto will host X in Nairobi
    // next week")
    std::set<int> named_now;  // people named in a sentence that does not look ahead
    std::vector<signed char> ahead(a.seg.sentences.size(), -1);
    for (const auto& m : a.mentions) {
      if (m.label != Label::Person || m.entity < 0 || !role_state.count(m.entity) || named_now.count(m.entity)) continue;
      auto& says = ahead[static_cast<std::size_t>(m.sentence)];
      if (says < 0) says = sentence_says(m.sentence, {" will ", "next week", "next month", "later this"}) ? 1 : 0;
      if (!says) named_now.insert(m.entity);
    }
    for (auto it = role_state.begin(); it != role_state.end();)
      it = only_in_the_past(it->first) || !named_now.count(it->first) ? role_state.erase(it) : std::next(it);
    std::map<int, int> best;  // body -> its meeting with the most mentions
    for (const auto& c : a.relations) {
      if (c.type != "CONVENED_BY"sv) continue;
      const auto& m = a.entities[static_cast<std::size_t>(c.from)];
      if (m.props.count("status") && m.props.at("status") == "planned"sv) continue;
      // an edition of an earlier year is recalled, not reported
      if (auto d = m.props.find("date"); d != m.props.end() && year_against_story(d->second, a.doc.date) < 0) continue;
      // nor is a meeting days before the one the article reports ("Today's summit follows a meeting of
      // the Council of Ministers on Tuesday"): the officials it names are at the later one
      if (int main = main_meeting(); main >= 0 && main != c.from && !planned(main)) {
        auto day = date_of(m), main_day = reported_day(main);
        if (day.size() == 10 && main_day.size() == 10 && day < main_day) continue;
      }
      // nor is one named once, in passing, as still to come ("ahead of the EMGF Ministerial Meeting to
      // be held in Cairo", "looked forward to attending the 46th ASEAN Summit")
      if (c.from != main_meeting() && m.mentions <= 1 && m.sentence >= 0 && sentence_says(m.sentence, {"ahead of the", "to be held", "will be held", "forward to attending", "forward to the"}))
        continue;
      // nor one named once to measure time by ("held a day after the 49th ASEAN Summit closed")
      if (c.from != main_meeting() && m.mentions <= 1 && m.sentence >= 0 &&
          sentence_says(m.sentence, {"day after the", "day before the", "days after the", "days before the"}))
        continue;
      // nor one named once as past ("Just a month ago, we met in Samarkand at the Summit of X")
      if (c.from != main_meeting() && m.mentions <= 1 && m.sentence >= 0 && sentence_says(m.sentence, {" ago", "last month", "last year", "last week"}))
        continue;
      // (a meeting of one of the body's organs is the body's too: "the SACU Council of Ministers")
      std::vector<int> bodies{c.to};
      const auto& conv = a.entities[static_cast<std::size_t>(c.to)].name;
      for (std::size_t b = 0; b < a.entities.size(); ++b) {
        const auto& x = a.entities[b];
        if (x.label != Label::Organization || static_cast<int>(b) == c.to) continue;
        auto acr = x.props.find("acronym");
        auto prefix = [&](const std::string& p) { return !p.empty() && conv.size() > p.size() + 1 && conv.compare(0, p.size(), p) == 0 && conv[p.size()] == ' '; };
        if (prefix(x.name) || (acr != x.props.end() && prefix(acr->second))) bodies.push_back(static_cast<int>(b));
      }
      for (int body : bodies) {
        auto it = best.find(body);
        if (it == best.end() || a.entities[static_cast<std::size_t>(it->second)].mentions < m.mentions) best[body] = c.from;
      }
    }
    for (const auto& [body, meeting] : best)
      for (const auto& [person, state] : role_state)
        for (const auto& r : members)
          if (r.type == "MEMBER_OF"sv && r.from == state && r.to == body && r.rule != "member_of.suspended"sv)
            add("ATTENDS", person, meeting, {}, sents[static_cast<std::size_t>(a.entities[static_cast<std::size_t>(person)].sentence)],
                "derived.member_state_official_attends", 0.55);
  }
  dateline_place_hosts_main_meeting();
  sole_venue_hosts_main_meeting();
  town_meeting_is_the_main_meeting();
  officials_in_main_meeting_sentences();
  meetings_in_the_opening_place();
  encounters_during_main_meeting();
  encounters_where_the_story_is();
  small_meetings_are_encounters();
  represents_own_state_at_meetings();
  heads_of_bodies_represent_them_at_main_meeting();
  // a state attends the meetings at which someone represents it
  for (const auto& r : relations_of("REPRESENTS")) {
    if (r.type != "REPRESENTS"sv || a.entities[static_cast<std::size_t>(r.to)].label != Label::State) continue;
    auto it = r.props.find("forum");
    if (it == r.props.end()) continue;
    int m = find_entity(Label::Meeting, it->second);
    // (two people's encounter is theirs: their states are not said to be at it)
    const auto& rule = m >= 0 ? a.entities[static_cast<std::size_t>(m)].rule : std::string();
    if (m >= 0 && !encounter_rule(rule))
      add("ATTENDS", r.to, m, {}, sents[static_cast<std::size_t>(r.sentence)], "derived.state_attends_where_represented", 0.6);
  }
  host_state_attends_main_meeting();
  host_state_attends_planned_meetings();
  drop_stated_absences();
  drop_meetings_not_held();
  receptions_in_main_town();
  meetings_named_after_their_town();
  venues_in_their_towns();
  meetings_placed_by_their_sentence();
  dates_of_the_reported_meeting();
  name_bare_meetings();
  name_encounters_after_both();
  one_encounter_per_pair();
  // renaming meetings can leave two copies of one fact (a representation stated twice under two names
  // of its forum): the first one stays
  {
    std::set<std::tuple<int, int, std::string>> seen;
    std::erase_if(a.relations, [&](const Relation& r) {
      if (r.type != "REPRESENTS"sv) return false;
      auto forum = r.props.find("forum");
      return !seen.emplace(r.from, r.to, forum == r.props.end() ? std::string() : forum->second).second;
    });
  }
  drop_leaders_named_for_their_government();
  drop_idle_regions();
  // entity properties
  for (const auto& r : a.relations)
    if (r.type == "HOLDS_ROLE"sv && r.props.count("title")) {
      auto& p = a.entities[static_cast<std::size_t>(r.from)];
      if (!p.props.count("title")) p.props["title"] = r.props.at("title");
      if (a.entities[static_cast<std::size_t>(r.to)].label == Label::State && !p.props.count("nationality"))
        p.props["nationality"] = a.entities[static_cast<std::size_t>(r.to)].name;
    }
}

}  // namespace fg::importers::article
