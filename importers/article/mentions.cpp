#include "importers/article/mentions.hpp"

#include <algorithm>
#include <functional>
#include <cstring>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "graph/names.hpp"
#include "importers/article/dates.hpp"
#include "importers/article/tokenize.hpp"
#include "importers/article/translit.hpp"
#include "importers/article/word_hash.hpp"

namespace fg::importers::article {

using namespace std::string_view_literals;  // `== "x"sv` compares inline, without strlen

namespace {


bool contains(const Mention& outer, std::uint32_t tb, std::uint32_t te) { return outer.tok_begin <= tb && te <= outer.tok_end; }

// `part` is the first (the last) whole words of the longer name `full` ("Abdullah bin Zayed" of
// "Abdullah bin Zayed Al Nahyan"; "López Obrador" of "Andrés Manuel López Obrador")
bool starts_with_words(std::string_view full, std::string_view part) {
  return full.size() > part.size() && full.starts_with(part) && full[part.size()] == ' ';
}
bool ends_with_words(std::string_view full, std::string_view part) {
  return full.size() > part.size() && full.ends_with(part) && full[full.size() - part.size() - 1] == ' ';
}

// "JD Vance", "AB de Villiers": capitals that are initials, not a family name in capitals
bool initials(std::string_view w) {
  return w.size() <= 2 || w.find_first_of("AEIOUY") == std::string_view::npos;
}

// A mention of tokens [b, e) of sentence s, named as written.
Mention span_mention(const Analysis& a, const Sentence& s, std::uint32_t b, std::uint32_t e, Label label, const char* rule) {
  Mention m;
  m.label = label;
  m.tok_begin = b;
  m.tok_end = e;
  m.sentence = s.index;
  m.surface = a.text_of(b, e);
  m.name = m.surface;
  m.rule = rule;
  return m;
}

// No mention covers token `k` of sentence `s`.
bool covered_by_nothing(const Analysis& a, const Sentence& s, std::uint32_t k) {
  for (int oi : a.mentions_of_sentence[static_cast<std::size_t>(s.index)]) {
    const auto& m = a.mentions[static_cast<std::size_t>(oi)];
    if (m.label != Label::None && m.tok_begin <= k && k < m.tok_end) return false;
  }
  return true;
}

// May a mention of [tb, te) join the sentence's mentions? Not when it crosses one, repeats one, or
// sits inside one. A mention around others hides them when it is a name (an organization name
// holds the states it is named after).
bool add_mention(Analysis& a, Mention&& m) {
  if (a.mentions_of_sentence.size() != a.seg.sentences.size()) a.index_mentions();
  // "Meinl‑Reisinger" with a (non-breaking) hyphen sign is the "Meinl-Reisinger" of other texts
  if (m.label == Label::Person)
    for (auto at = m.name.find("\xE2\x80"); at != std::string::npos; at = m.name.find("\xE2\x80", at + 1))
      if (at + 2 < m.name.size() && (m.name[at + 2] == '\x90' || m.name[at + 2] == '\x91')) m.name.replace(at, 3, "-");
  // "Patrice TALON" is Patrice Talon (initials as in "JD Vance" and numerals as in "Charles III" stay)
  if (m.label == Label::Person && m.tok_end > m.tok_begin + 1)
    for (auto k = m.tok_begin; k < m.tok_end; ++k)
      if (const auto& t = a.seg.tokens[k]; t.has(kAllCaps) && (t.classes & a.lex.bits().name) && t.lower.find('.') == std::string::npos) {
        auto caps = a.text_of(k, k + 1);
        if (initials(caps) || t.lower.find_first_not_of("ivxlc") == std::string::npos) continue;
        if (auto at = m.name.find(caps); at != std::string::npos) m.name.replace(at, caps.size(), title_case_utf8(caps));
      }
  auto& here = a.mentions_of_sentence[static_cast<std::size_t>(m.sentence)];
  for (int oi : here) {
    auto& o = a.mentions[static_cast<std::size_t>(oi)];
    if (o.label == Label::None) continue;
    bool overlap = o.tok_begin < m.tok_end && m.tok_begin < o.tok_end;
    if (!overlap) continue;
    if (contains(m, o.tok_begin, o.tok_end) && !(o.tok_begin == m.tok_begin && o.tok_end == m.tok_end)) continue;
    return false;
  }
  if (m.label == Label::Organization || m.label == Label::Person || m.label == Label::Place) {
    for (int oi : here) {
      auto& o = a.mentions[static_cast<std::size_t>(oi)];
      if (o.label != Label::Date && contains(m, o.tok_begin, o.tok_end)) o.label = Label::None;
    }
  }
  here.push_back(static_cast<int>(a.mentions.size()));
  a.mentions.push_back(std::move(m));
  return true;
}

// "COP28", "MC13": a numbered edition of a meeting series (data/lexicon/meeting_series.txt)
void numbered_meetings(Analysis& a, const Sentence& s) {
  const auto& toks = a.seg.tokens;
  for (auto i = s.tok_begin; i < s.tok_end; ++i) {
    const auto& w = toks[i].lower;
    if (w.empty() || w.back() < '0' || w.back() > '9') continue;  // most words: no number at the end
    std::size_t letters = 0;
    while (letters < w.size() && w[letters] >= 'a' && w[letters] <= 'z') ++letters;
    if (letters < 2 || letters == w.size() || w.size() - letters > 3) continue;
    if (!std::all_of(w.begin() + static_cast<std::ptrdiff_t>(letters), w.end(), [](char c) { return c >= '0' && c <= '9'; })) continue;
    if (!a.lex.in_class(w.substr(0, letters), "meeting_series")) continue;
    auto surface = a.text_of(i, i + 1);
    if (surface.compare(0, letters, [&] {
          std::string up = w.substr(0, letters);
          for (auto& c : up) c = static_cast<char>(c - 'a' + 'A');
          return up;
        }()) != 0)
      continue;  // written in capitals only
    Mention m;
    m.label = Label::Meeting;
    m.tok_begin = i;
    m.tok_end = i + 1;
    m.sentence = s.index;
    m.surface = surface;
    m.name = surface;
    m.rule = "meeting.numbered_series";
    add_mention(a, std::move(m));
  }
}

// "Antony J. Blinken" is Antony Blinken: a middle initial is how some outlets write the name, not
// part of it (the written form stays an alias). "S. Jaishankar" keeps its leading initial.
// How many words `name` splits into at its spaces (a space at the end starts none).
std::size_t word_count(std::string_view name) {
  std::size_t n = 0;
  for (std::size_t b = 0, e; b < name.size(); b = e + 1, ++n) {
    e = name.find(' ', b);
    if (e == std::string_view::npos) e = name.size();
  }
  return n;
}

std::string without_middle_initials(const std::string& name) {
  if (word_count(name) < 3) return name;  // most names: no middle to drop, no words to split out
  std::vector<std::string> words;
  for (std::size_t b = 0, e; b < name.size(); b = e + 1) {
    e = name.find(' ', b);
    if (e == std::string::npos) e = name.size();
    words.push_back(name.substr(b, e - b));
  }
  if (words.size() < 3) return name;
  std::string out = words.front();
  for (std::size_t i = 1; i < words.size(); ++i) {
    const auto& w = words[i];
    bool initial = i + 1 < words.size() && w.size() == 2 && w[1] == '.' && w[0] >= 'A' && w[0] <= 'Z';
    if (!initial) out += " " + w;
  }
  return out;
}

bool is_name_token(const Analysis& a, const Token& t) {
  const auto& b = a.lex.bits();
  return t.has(kCap) && !t.has(kAllCaps) && !(t.classes & (b.not_name | b.weekday | b.month));
}

std::string graph_lower(std::string_view s) { return lower_utf8(s); }

void find_dates_in(Analysis& a, const Sentence& s) {
  for (auto& d : find_dates(a.doc, a.seg.tokens, s)) {
    Mention m;
    m.label = Label::Date;
    m.tok_begin = d.tb;
    m.tok_end = d.te;
    m.sentence = s.index;
    m.name = d.text;
    m.surface = d.text;
    m.rule = "date";
    m.props["iso"] = d.iso;
    m.props["text"] = d.text;
    add_mention(a, std::move(m));
  }
}

const std::unordered_map<std::string, bool>& place_prepositions() {
  static const std::unordered_map<std::string, bool> p{{"in", true},   {"at", true},      
                                                      {"near", true}, {"to", true},      {"outside", true},
                                                      {"via", true},  {"into", true},    {"across", true},
                                                      {"toward", true}, {"towards", true}, {"around", true}};
  return p;
}

void gazetteer(Analysis& a, const Sentence& s) {
  const auto& toks = a.seg.tokens;
  // "Dubái", "Bogotá": a word with accents also matches the gazetteer's form without them
  auto non_ascii = [](const std::string& w) { return std::any_of(w.begin(), w.end(), [](char c) { return (c & 0x80) != 0; }); };
  for (std::uint32_t i = s.tok_begin; i < s.tok_end;) {
    const auto* cands = toks[i].has(kGazetteerStart) ? a.lex.starting_with(toks[i].lower) : nullptr;
    if (!cands && toks[i].has(kNonAscii) && non_ascii(toks[i].lower)) cands = a.lex.starting_with(normalized(toks[i].lower));
    const GazetteerEntry* hit = nullptr;
    if (cands) {
      for (const auto* e : *cands) {
        if (!e->spells(toks, i, s.tok_end, true)) continue;
        auto n = e->tokens.size();
        if (e->exact_case) {
          std::string written;
          for (std::size_t k = 0; k < n; ++k) written += a.doc.text.substr(toks[i + k].begin, toks[i + k].end - toks[i + k].begin);
          std::string want;
          for (char c : e->surface)
            if (c != ' ') want += c;
          if (written != want) continue;
        } else if (e->label != Label::Title && !toks[i].has(kCap) && !toks[i].has(kDigit)) {
          continue;
        }
        hit = e;
        break;
      }
    }
    if (!hit) {
      ++i;
      continue;
    }
    if (hit->label == Label::None) {  // a territory's words name no state
      i += static_cast<std::uint32_t>(hit->tokens.size());
      continue;
    }
    // "the Collective Security Council", "Russia's Security Council" is not the UN's: a body's short
    // name inside a longer capitalized name is that other body
    if (hit->label == Label::Organization && i > s.tok_begin + 1 && toks[i - 1].has(kCap) && hit->surface != hit->name &&
        !(toks[i - 1].classes & a.lex.bits().not_name)) {
      bool part_of_name = true;
      for (const auto* e : *cands) part_of_name = part_of_name && e->tokens.size() <= hit->tokens.size();
      if (part_of_name) {
        i += static_cast<std::uint32_t>(hit->tokens.size());
        continue;
      }
    }
    // "Latin America", "Central America", "South American countries": a region, not the United States
    if (hit->label == Label::State && hit->tokens.size() == 1 && (toks[i].lower == "america"sv || toks[i].lower == "american"sv || toks[i].lower == "americans"sv) &&
        i > s.tok_begin) {
      const auto& w = toks[i - 1].lower;
      if (w == "latin"sv || w == "south"sv || w == "north"sv || w == "central"sv) {
        ++i;
        continue;
      }
    }
    // "met today in Singapore": a city-state after "in" or "at" is where things happen
    if (hit->label == Label::State && i > s.tok_begin && (toks[i - 1].lower == "in"sv || toks[i - 1].lower == "at"sv))
      for (const auto* e : *cands)
        if (e->label == Label::Place && e->tokens == hit->tokens) {
          hit = e;
          break;
        }
    auto n = static_cast<std::uint32_t>(hit->tokens.size());
    // "Santiago Cafiero", "Sofia Ionescu": a city that is also a given name, before a capitalized name
    if (hit->label == Label::Place && n == 1 && i + 1 < s.tok_end && a.lex.in_classes(toks[i].lower, a.lex.bits().given_name) &&
        is_name_token(a, toks[i + 1]) && !toks[i + 1].has(kGazetteerStart)) {
      ++i;
      continue;
    }
    // "Luís Montenegro", "Michael Jordan": a one-word state after a given name is someone's family name
    if (hit->label == Label::State && n == 1 && hit->kind != "demonym"sv && i > s.tok_begin && toks[i - 1].has(kCap) && !toks[i - 1].has(kAllCaps) &&
        a.lex.in_classes(toks[i - 1].lower, a.lex.bits().given_name) && !toks[i - 1].has(kGazetteerStart)) {
      ++i;
      continue;
    }
    // "Botswana's Duma Boko": a one-word short name of a body, after a possessive and before a
    // capitalized name, is someone's given name
    if (hit->label == Label::Organization && n == 1 && !toks[i].has(kAllCaps) && i > s.tok_begin && toks[i - 1].lower == "'s"sv &&
        i + 1 < s.tok_end && is_name_token(a, toks[i + 1]) && !(toks[i + 1].classes & a.lex.bits().org_head)) {
      ++i;
      continue;
    }
    // "Sheikh Mohammed", "Hassan Sheikh Mohamud": a form of address before a name is no office (the
    // person rules read it as an honorific, or as part of the name)
    if (hit->label == Label::Title && n == 1 && i + 1 < s.tok_end && a.lex.in_classes(toks[i].lower, a.lex.bits().honorific) &&
        is_name_token(a, toks[i + 1])) {
      ++i;
      continue;
    }
    // "Amy Pope", "Julie Bishop": an office word the tokenizer's pass read as a family name (a name
    // now, though the lexicon lists it as an office)
    if (hit->label == Label::Title && n == 1 && (toks[i].classes & a.lex.bits().name) && a.lex.in_classes(toks[i].lower, a.lex.bits().title_word)) {
      ++i;
      continue;
    }
    Mention m;
    m.label = hit->label;
    m.tok_begin = i;
    m.tok_end = i + n;
    m.sentence = s.index;
    m.surface = a.text_of(i, i + n);
    m.name = hit->name;
    m.kind = hit->kind;
    m.state_of = hit->state_of;
    m.rule = "gazetteer";
    // "the Republic of Korea (ROK), the Republic of Türkiye and ...": the state's own code in
    // brackets is part of the mention, so a list of states reads on
    if (hit->label == Label::State && i + n + 2 < s.tok_end && toks[i + n].lower == "("sv && toks[i + n + 2].lower == ")"sv &&
        toks[i + n + 1].has(kAllCaps) && a.lex.state_name(a.text_of(i + n + 1, i + n + 2)) == hit->name) {
      m.tok_end = i + n + 3;
      n += 3;
    }
    if (hit->label == Label::Title) m.name = m.surface;
    if (!hit->acronym.empty()) m.props["acronym"] = hit->acronym;
    bool agreement = false;
    for (std::uint32_t k = i + n; k < std::min(s.tok_end, i + n + 2); ++k) agreement = agreement || (toks[k].classes & a.lex.bits().agreement_noun);
    if (hit->label == Label::Place && agreement) {
      i += n;  // "the Minsk accords" names an agreement
      continue;
    }
    if (hit->kind == "demonym"sv) m.alias_worthy = false;
    if (hit->kind == "capital"sv) {
      bool place = i > s.tok_begin && place_prepositions().count(toks[i - 1].lower);
      if (i + n + 1 < s.tok_end && toks[i + n].lower == ","sv && toks[i + n + 1].lower == "where"sv) place = true;
      if (i + n < s.tok_end && (toks[i + n].classes & a.lex.bits().meeting_noun)) place = true;
      // "on the northern outskirts of Brazzaville", "in the heart of Ankara": a part of the city
      if (i >= s.tok_begin + 2 && toks[i - 1].lower == "of"sv)
        for (std::string_view part : {"outskirts"sv, "suburbs"sv, "suburb"sv, "centre"sv, "center"sv, "heart"sv, "streets"sv, "edge"sv, "outside"sv})
          place = place || toks[i - 2].lower == part;
      if (!place) {
        m.label = Label::State;
        m.name = hit->state_of;
        m.rule = "gazetteer.capital_for_government";
      }
    }
    add_mention(a, std::move(m));
    i += n;
  }
}

// "the Nigerian capital", "the Austrian capital": the capital city of that state.
void capital_by_demonym(Analysis& a, const Sentence& s) {
  const auto& toks = a.seg.tokens;
  if (a.mentions_of_sentence.size() != a.seg.sentences.size()) a.index_mentions();
  std::vector<Mention> found;
  for (int mi : a.mentions_of_sentence[static_cast<std::size_t>(s.index)]) {
    const auto& m = a.mentions[static_cast<std::size_t>(mi)];
    if (m.label != Label::State || m.tok_begin == s.tok_begin || m.tok_end >= s.tok_end) continue;
    // "the Guyanese capital", or "Oman's capital"
    std::uint32_t end = 0;
    if (m.kind == "demonym"sv && toks[m.tok_begin - 1].lower == "the"sv && toks[m.tok_end].lower == "capital"sv) end = m.tok_end + 1;
    if (m.tok_end + 1 < s.tok_end && toks[m.tok_end].possessive() &&
        toks[m.tok_end + 1].lower == "capital"sv)
      end = m.tok_end + 2;
    if (!end) continue;
    auto city = a.lex.capital_of(m.name);
    if (city.empty()) continue;
    Mention p;
    p.label = Label::Place;
    p.tok_begin = m.tok_begin;
    p.tok_end = end;
    p.sentence = s.index;
    p.surface = a.text_of(p.tok_begin, p.tok_end);
    p.name = city;
    p.kind = "city";
    p.rule = "place.capital_by_demonym";
    found.push_back(std::move(p));
  }
  for (auto& p : found) add_mention(a, std::move(p));
}

// The gazetteer's place (a city, a capital) the n tokens from b name, if any: "BOGOTÁ" too.
const GazetteerEntry* known_place(const Analysis& a, std::uint32_t b, std::size_t n) {
  const auto& toks = a.seg.tokens;
  const auto* cands = a.lex.starting_with(toks[b].lower);
  if (!cands) cands = a.lex.starting_with(normalized(toks[b].lower));
  if (!cands) return nullptr;
  for (const auto* e : *cands)
    if (e->tokens.size() == n && (e->label == Label::Place || e->kind == "capital"sv) && e->spells(toks, b, b + n, true)) return e;
  return nullptr;
}
bool names_known_place(const Analysis& a, std::uint32_t b, std::size_t n) { return known_place(a, b, n) != nullptr; }

// "KOROR — Leaders of ...": one word in capitals that names nothing the lexicons know, before a spaced
// dash and a capitalized word, opening the lead, is a town the gazetteer lacks (not "UPDATE —",
// "ANALYSIS —", nor an acronym the lexicons know, as in "BRICS — Brazil, Russia ...")
bool unknown_town_dateline(const Analysis& a, const Sentence& s, std::uint32_t dash) {
  const auto& toks = a.seg.tokens;
  static const std::unordered_set<std::string_view> rubrics{"update", "updated", "breaking", "exclusive", "analysis", "opinion", "editorial",
                                                            "live", "watch", "video", "photos", "comment", "interview", "explainer",
                                                            "factbox", "correction", "note", "urgent", "flash", "news", "summary"};
  auto b = s.tok_begin;
  if (dash != b + 1 || dash + 1 >= s.tok_end || !toks[dash].has(kSpaceBefore) || !toks[dash + 1].has(kCap)) return false;
  const auto& w = toks[b];
  if (!w.has(kAllCaps) || w.lower.size() < 4 || rubrics.count(w.lower)) return false;
  if (!std::all_of(w.lower.begin(), w.lower.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c & 0x80); })) return false;
  if (const auto* cands = a.lex.starting_with(w.lower))
    for (const auto* e : *cands)
      if (e->tokens.size() == 1) return false;
  return true;
}

// The place and agency of a dateline, as mentions.
void add_dateline_place(Analysis& a, const Sentence& s, std::uint32_t b, std::uint32_t e, std::string name) {
  Mention place = span_mention(a, s, b, e, Label::Place, "dateline");
  place.name = std::move(name);
  if (const auto* known = known_place(a, b, e - b)) place.state_of = known->state_of;
  place.kind = "city";
  place.alias_worthy = false;
  add_mention(a, std::move(place));
}

void add_dateline_agency(Analysis& a, const Sentence& s, std::uint32_t b, std::uint32_t e) {
  Mention agency = span_mention(a, s, b, e, Label::Organization, "dateline.agency");
  if (const auto* org = a.lex.org_by_name(agency.name)) agency.name = org->name;
  agency.kind = "news agency";
  add_mention(a, std::move(agency));
}

// "KARUIZAWA, Japan, April 17 (Reuters) -": the place and the agency of a wire dateline.
void dateline(Analysis& a, const Sentence& s) {
  const auto& toks = a.seg.tokens;
  auto is_dash = [&](std::uint32_t k) {
    const auto& w = toks[k].lower;
    return w == "-"sv || w == "\xE2\x80\x94"sv || w == "\xE2\x80\x93"sv;  // hyphen, em dash, en dash
  };
  auto i = s.tok_begin;
  // "May 29, 2026, Astana" on a line of its own, as the Kremlin heads its readouts
  if (s.tok_end - i >= 6 && s.tok_end - i <= 8 && month_number(toks[i].lower) > 0 && toks[i].has(kCap) && toks[i + 1].has(kDigit) &&
      toks[i + 2].lower == ","sv && toks[i + 3].has(kDigit) && toks[i + 4].lower == ","sv) {
    auto b = i + 5, e = s.tok_end;
    if (e > b && toks[e - 1].lower == "."sv) --e;
    if (e > b && e - b <= 3 && names_known_place(a, b, e - b)) add_dateline_place(a, s, b, e, a.text_of(b, e));
    return;
  }
  // "(ANSA) - TRIESTE, 5 JUN -": the agency first, then the place in capitals
  if (i + 5 < s.tok_end && toks[i].lower == "("sv && toks[i + 1].has(kAllCaps) && toks[i + 2].lower == ")"sv && is_dash(i + 3)) {
    auto b = i + 4, e = b;
    while (e < s.tok_end && toks[e].has(kAllCaps)) ++e;
    if (e > b && e < s.tok_end && (toks[e].lower == ","sv || is_dash(e)) && names_known_place(a, b, e - b)) {
      add_dateline_agency(a, s, i + 1, i + 2);
      add_dateline_place(a, s, b, e, title_case_utf8(a.text_of(b, e)));
    }
    return;
  }
  // "Villers-Cotterêts (France) (AFP) -": a place named with its state, then the agency
  {
    auto e = i;
    while (e < s.tok_end && (toks[e].has(kCap) || (toks[e].lower == "-"sv && e > i && !toks[e].has(kSpaceBefore)))) ++e;
    if (e > i && e + 5 < s.tok_end && toks[e].lower == "("sv && toks[e + 2].lower == ")"sv && toks[e + 3].lower == "("sv &&
        toks[e + 4].has(kAllCaps) && toks[e + 5].lower == ")"sv && !a.lex.state_name(a.text_of(e + 1, e + 2)).empty()) {
      add_dateline_place(a, s, i, e, a.text_of(i, e));
      add_dateline_agency(a, s, e + 4, e + 5);
      return;
    }
  }
  // "Cairo – The foreign ministers ...", "Dubai: ...": a known city written in its own case, then a
  // spaced dash or a colon
  for (std::uint32_t n = 1; n <= 3 && i + n < s.tok_end; ++n) {
    const auto& next = toks[i + n];
    // ("Lima. – The chancellors ...": a full stop before the dash, as Spanish-language agencies write)
    bool sep = (is_dash(i + n) && next.has(kSpaceBefore)) || next.lower == ":"sv ||
               (next.lower == "."sv && (i + n + 1 == s.tok_end || is_dash(i + n + 1)));
    if (!sep) continue;
    if (toks[i].has(kCap) && !toks[i].has(kAllCaps) && names_known_place(a, i, n)) {
      add_dateline_place(a, s, i, i + n, a.text_of(i, i + n));
      return;
    }
    break;
  }
  // "Colombo, Jan 22 (PTI) External Affairs Minister ...", "New Delhi, Mar 14 (PTI)": a known city, a
  // date and the agency
  std::uint32_t words = 0;
  while (words < 3 && i + words < s.tok_end && toks[i + words].has(kCap) && !toks[i + words].has(kAllCaps)) ++words;
  if (words > 0 && i + words < s.tok_end && toks[i + words].lower == ","sv) {
    auto comma = i + words;
    // "Craiova, 15 October 2025 – Minister ...": a place, a full date and a dash open a release, the
    // place known or not
    // ("Accra, 14th November, 2025 – ...": the year may follow after a comma of its own)
    for (const auto& d : a.mentions) {
      if (d.label != Label::Date || d.sentence != s.index || d.tok_begin != comma + 1) continue;
      auto end = d.tok_end;
      if (end + 2 < s.tok_end && toks[end].lower == ","sv && toks[end + 1].has(kDigit) && toks[end + 1].lower.size() == 4) end += 2;
      if (!d.props.count("iso") || d.props.at("iso").size() != 10) continue;
      bool dash_after = end < s.tok_end && is_dash(end) && toks[end].has(kSpaceBefore);
      // ("Santiago, 21 July 2025.": a known place and a full date, a line of their own)
      bool line_of_its_own = end == s.tok_end || (toks[end].lower == "."sv && end + 1 == s.tok_end);
      if (dash_after || (line_of_its_own && names_known_place(a, i, words))) {
        add_dateline_place(a, s, i, comma, a.text_of(i, comma));
        return;
      }
    }
    // ("Asunción, 8 Oct (Infobae).–": an outlet in its own case, after a known place and a date)
    auto dated_before = [&](std::uint32_t k) {
      for (auto j = comma + 1; j < k; ++j)
        if (toks[j].has(kDigit)) return true;
      return false;
    };
    for (auto k = comma + 1; k + 2 < std::min(s.tok_end, comma + 8); ++k)
      if (toks[k].lower == "("sv && (toks[k + 1].has(kAllCaps) || (toks[k + 1].has(kCap) && dated_before(k))) && toks[k + 2].lower == ")"sv) {
        if (!names_known_place(a, i, words)) return;
        add_dateline_place(a, s, i, comma, a.text_of(i, comma));
        add_dateline_agency(a, s, k + 1, k + 2);
        return;
      }
    return;
  }
  // ("PORT-AU-PRINCE": a hyphen inside the capitals; "MELBOURNE—President": a dash after them)
  while (i < s.tok_end && (toks[i].has(kAllCaps) || (toks[i].lower == "-"sv && i > s.tok_begin && !toks[i].has(kSpaceBefore) &&
                                                     i + 1 < s.tok_end && toks[i + 1].has(kAllCaps))))
    ++i;
  if (i == s.tok_begin || i >= s.tok_end) return;
  // "PRETORIA, Nov 2 (AFP) -", without the date "PRETORIA (AFP) -", or bare "SEOUL –", "BOGOTÁ. —"; bare,
  // the capitals must name a place ("BRICS — Brazil, Russia ..." is no dateline)
  // "WASHINGTON, DC:" on a line of its own
  if (s.tok_end - s.tok_begin <= 6 && toks[s.tok_end - 1].lower == ":"sv && (toks[i].lower == ":"sv || toks[i].lower == ","sv)) {
    if (names_known_place(a, s.tok_begin, i - s.tok_begin)) add_dateline_place(a, s, s.tok_begin, i, title_case_utf8(a.text_of(s.tok_begin, i)));
    return;
  }
  // "AWAZA. KAZINFORM –": the place, then the agency in capitals
  if (toks[i].lower == "."sv && i + 2 < s.tok_end && toks[i + 1].has(kAllCaps) && is_dash(i + 2) && toks[i + 2].has(kSpaceBefore) &&
      a.lex.state_name(a.text_of(s.tok_begin, i)).empty()) {
    add_dateline_place(a, s, s.tok_begin, i, title_case_utf8(a.text_of(s.tok_begin, i)));
    add_dateline_agency(a, s, i + 1, i + 2);
    return;
  }
  // "ISLAMABAD: The two-day meeting ...": a known place in capitals and a colon, as South Asian papers write
  if (toks[i].lower == ":"sv && i + 1 < s.tok_end && toks[i + 1].has(kCap) && names_known_place(a, s.tok_begin, i - s.tok_begin)) {
    add_dateline_place(a, s, s.tok_begin, i, title_case_utf8(a.text_of(s.tok_begin, i)));
    return;
  }
  // ("MELBOURNE—President Ferdinand Marcos Jr. on Wednesday ...": the dash glued to both)
  bool bare = (is_dash(i) && (toks[i].has(kSpaceBefore) || (i + 1 < s.tok_end && toks[i + 1].has(kCap) && !toks[i + 1].has(kSpaceBefore)))) ||
              (toks[i].lower == "."sv && i + 1 < s.tok_end && is_dash(i + 1));
  if (bare && !names_known_place(a, s.tok_begin, i - s.tok_begin) && !unknown_town_dateline(a, s, i)) return;
  if (toks[i].lower != ","sv && toks[i].lower != "("sv && !bare) return;
  std::uint32_t dash = 0;
  for (auto k = i; k < std::min(s.tok_end, i + 16); ++k) {
    if (is_dash(k) && (toks[k].has(kSpaceBefore) || bare)) {
      dash = k;
      break;
    }
    // TASS style: "MOSCOW, May 3. /TASS/."
    if (toks[k].lower == "/"sv && k + 2 < s.tok_end && toks[k + 2].lower == "/"sv) {
      add_dateline_agency(a, s, k + 1, k + 2);
      dash = k;
      break;
    }
  }
  if (!dash) return;
  // the gazetteer's spelling when it knows the place ("RIO DE JANEIRO" is Rio de Janeiro)
  std::string name = title_case_utf8(a.text_of(s.tok_begin, i));
  if (const auto* cands = a.lex.starting_with(toks[s.tok_begin].lower))
    for (const auto* e : *cands)
      if (e->tokens.size() == i - s.tok_begin && e->label == Label::Place && e->spells(toks, s.tok_begin, i, false)) {
        name = e->name;
        break;
      }
  add_dateline_place(a, s, s.tok_begin, i, name);
  for (auto k = i; k + 2 < dash; ++k) {
    if (toks[k].lower != "("sv) continue;
    auto close = k + 1;
    while (close < dash && toks[close].lower != ")"sv) ++close;
    if (close >= dash || close == k + 1) break;
    // "ASUNCION (Paraguay), July 8 (AFP) -": the state of the place, then the agency
    if (!a.lex.state_name(a.text_of(k + 1, close)).empty()) {
      k = close;
      continue;
    }
    add_dateline_agency(a, s, k + 1, close);
    break;
  }
}

struct Acronyms {
  std::unordered_map<std::string, std::string> to_name;  // "OSCE" -> long form
  std::unordered_map<std::string, Label> label;          // Organization, or Meeting ("TMM")
  // "the ninth Tokyo International Conference on African Development (TICAD 9)": the edition the
  // definition names, by its number, and that edition's name
  std::unordered_map<std::string, std::pair<std::string, std::string>> edition;
};

// "Organization for Security and Co-operation in Europe" is the gazetteer's OSCE; "Antalya Diplomacy
// Forum (ADF)" is not its Allied Democratic Forces: most content words in common.
bool same_body_words(const std::string& x, const std::string& y) {
  auto words = [](const std::string& t) {
    std::set<std::string> w;
    auto n = graph::normalize_name(t);
    for (std::size_t b = 0, e; b < n.size(); b = e + 1) {
      e = n.find(' ', b);
      if (e == std::string::npos) e = n.size();
      auto word = n.substr(b, e - b);
      if (word.size() > 3) w.insert(word.substr(0, 5));
    }
    return w;
  };
  auto a = words(x), b = words(y);
  std::size_t common = 0;
  for (const auto& w : a) common += b.count(w);
  // (half the words only when one name's are all in the other: "Group of 20" is the "Group of Twenty",
  // "International Contact Group on Venezuela" is not the "International Crisis Group")
  return common * 2 > std::max(a.size(), b.size()) || (common * 2 == std::max(a.size(), b.size()) && common == std::min(a.size(), b.size()));
}

bool same_letters(std::string x, std::string y) {
  std::sort(x.begin(), x.end());
  std::sort(y.begin(), y.end());
  return x == y;
}

// "Economic Community of the Great Lakes Countries (CEPGL)": a translated name whose initials are the
// acronym's letters but one (the original's "Pays" is "Countries")
bool all_letters_but_one(std::string x, std::string y) {
  if (x.size() != y.size() || x.size() < 4) return false;
  std::sort(x.begin(), x.end());
  std::sort(y.begin(), y.end());
  std::string common;
  std::set_intersection(x.begin(), x.end(), y.begin(), y.end(), std::back_inserter(common));
  return common.size() + 1 == x.size();
}

// The digits a number word gives an acronym: "Eight" in "Nordic-Baltic Eight (NB8)".
std::string number_initials(const std::string& w) {
  static const std::unordered_map<std::string, std::string> numbers{
      {"two", "2"},     {"three", "3"},     {"four", "4"},     {"five", "5"},      {"six", "6"},       {"seven", "7"},
      {"eight", "8"},   {"nine", "9"},      {"ten", "10"},     {"eleven", "11"},   {"twelve", "12"},   {"fifteen", "15"},
      {"twenty", "20"}, {"twenty-seven", "27"}, {"thirty", "30"}};
  auto it = numbers.find(w);
  return it == numbers.end() ? std::string() : it->second;
}

// Where a long form ending before token k gives its acronym: "(OSCE)", or ", usually shortened to
// NB8". Returns the acronym's token, or 0.
// An acronym's token: capitals ("OSCE"), or a capital and digits ("N4", "B9")
bool acronym_token(const Token& t) {
  if (t.has(kAllCaps)) return true;
  if (!t.has(kCap) || t.lower.size() < 2 || t.lower.size() > 6) return false;
  bool digit = false;
  for (char c : t.lower) {
    if (c >= '0' && c <= '9') digit = true;
    else if (c < 'a' || c > 'z') return false;
  }
  return digit;
}

bool all_digits(const std::string& w) {
  return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::uint32_t acronym_after(const std::vector<Token>& toks, std::uint32_t k, std::uint32_t end) {
  // "(ACTO)", "(ACTO, or OTCA in Spanish)", "(TICAD 9)": an edition's number after the acronym
  if (toks[k].lower == "("sv) {
    if (k + 3 < end && toks[k + 3].lower == ")"sv && all_digits(toks[k + 2].lower) && acronym_token(toks[k + 1])) return k + 1;
    return k + 2 < end && (toks[k + 2].lower == ")"sv || toks[k + 2].lower == ","sv || toks[k + 2].lower == ";"sv) && acronym_token(toks[k + 1]) ? k + 1 : 0;
  }
  if (toks[k].lower != ","sv) return 0;
  auto i = k + 1;
  if (i < end && (toks[i].lower == "usually"sv || toks[i].lower == "often"sv || toks[i].lower == "commonly"sv || toks[i].lower == "generally"sv)) ++i;
  if (i + 2 < end && (toks[i].lower == "shortened"sv || toks[i].lower == "abbreviated"sv) && toks[i + 1].lower == "to"sv && toks[i + 2].has(kAllCaps))
    return i + 2;
  return 0;
}

// "Nordic Defence Cooperation (NORDEFCO)": an acronym made of the beginnings of the capitalized words
// before it (NOR-DEF-CO), not of their initials alone. Returns where the long form starts, or k.
std::uint32_t syllabic_long_form(const Analysis& a, const Sentence& s, std::uint32_t k, const std::string& letters) {
  if (letters.size() < 4) return k;
  std::string acro;
  for (char c : letters) {
    if (c < 'A' || c > 'Z') return k;
    acro += static_cast<char>(c - 'A' + 'a');
  }
  const auto& toks = a.seg.tokens;
  std::vector<std::string> words;  // the capitalized words before k, nearest first
  std::uint32_t b = k;
  for (; b > s.tok_begin && words.size() < 5; --b) {
    const auto& t = toks[b - 1];
    if (t.has(kCap) && std::all_of(t.lower.begin(), t.lower.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
      words.insert(words.begin(), t.lower);
      // every word gives the start of the acronym's rest: try the words from here to k
      std::vector<std::vector<char>> can(acro.size() + 1, std::vector<char>(words.size() + 1, 0));
      can[acro.size()][words.size()] = 1;
      for (std::size_t j = words.size(); j-- > 0;)
        for (std::size_t i = acro.size(); i-- > 0;)
          for (std::size_t p = 1; p <= words[j].size() && i + p <= acro.size() && words[j][p - 1] == acro[i + p - 1]; ++p)
            if (can[i + p][j + 1]) can[i][j] = 1;
      if (words.size() >= 2 && can[0][0]) return b - 1;
    } else if (t.lower != "of"sv && t.lower != "for"sv && t.lower != "and"sv && t.lower != "on"sv && t.lower != "the"sv &&
               !(t.lower == "-"sv && !t.has(kSpaceBefore))) {  // "Asia-Europe Meeting (ASEM)"
      break;
    }
  }
  return k;
}

// "International Contact Group on Venezuela (ICG)": an acronym of the name without its closing "on
// Venezuela" ("in Asia", "for Africa", "of Central Asia"). Returns where the long form starts, or k.
std::uint32_t long_form_before_qualifier(const Analysis& a, const Sentence& s, std::uint32_t k, const std::string& letters) {
  const auto& toks = a.seg.tokens;
  auto q = k;
  int words = 0;
  while (q > s.tok_begin && words < 3 && toks[q - 1].has(kCap)) --q, ++words;
  if (words == 0 || q <= s.tok_begin + 1) return k;
  const auto& connector = toks[q - 1].lower;
  if (connector != "on"sv && connector != "in"sv && connector != "for"sv && connector != "of"sv) return k;
  std::string initials;
  for (auto b = q - 1; b > s.tok_begin; --b) {
    const auto& t = toks[b - 1];
    if (t.has(kCap)) initials.insert(initials.begin(), a.doc.text[t.begin]);
    else if (t.lower != "of"sv && t.lower != "for"sv && t.lower != "and"sv && t.lower != "the"sv) return k;
    if (t.has(kCap) && initials == letters) return b - 1;
    if (initials.size() >= letters.size()) return k;
  }
  return k;
}

// "47th", "fifth": the number of an edition
bool ordinal_word(const Analysis& a, const Token& t) { return is_ordinal(t.lower) || a.lex.in_class(t.lower, "ordinal"); }

// "Organization for Security and Cooperation in Europe (OSCE)"
void acronym_definitions(Analysis& a, const Sentence& s, Acronyms& acr) {
  const auto& toks = a.seg.tokens;
  for (auto k = s.tok_begin + 1; k + 2 < s.tok_end; ++k) {
    auto at = acronym_after(toks, k, s.tok_end);
    if (!at) continue;
    std::string acro = a.text_of(at, at + 1);
    std::string letters;
    for (char c : acro)
      if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) letters += c;
    // walk back over capitalized words and connectors until the initials spell the acronym
    std::string initials, with_connectors;  // "Heads of Government Meeting (CHOGM)" counts its "of"
    std::string without_verbs;  // "International Fund for Saving the Aral Sea (IFAS)" leaves out its verb
    std::uint32_t b = k;
    bool found = false;
    std::uint32_t nearly = k;  // where a long form starts whose initials are the letters but one
    while (b > s.tok_begin) {
      const auto& t = toks[b - 1];
      // "Nordic-Baltic Eight (NB8)", "Group of 20 (G20)": a number stands for its digits
      auto number = number_initials(t.lower);
      if (!number.empty() || (t.lower.size() <= 3 && std::all_of(t.lower.begin(), t.lower.end(), [](char c) { return c >= '0' && c <= '9'; }))) {
        if (number.empty()) number = t.lower;
        initials.insert(0, number);
        with_connectors.insert(0, number);
        without_verbs.insert(0, number);
      } else if (t.has(kCap)) {
        initials.insert(initials.begin(), static_cast<char>(a.doc.text[t.begin]));
        with_connectors.insert(with_connectors.begin(), static_cast<char>(a.doc.text[t.begin]));
        if (!(t.lower.size() > 5 && t.lower.ends_with("ing") && b < k && toks[b].lower == "the"sv))
          without_verbs.insert(without_verbs.begin(), static_cast<char>(a.doc.text[t.begin]));
      } else if (b >= s.tok_begin + 2 && toks[b - 2].lower == "-"sv && t.has(kWord) && toks[b - 2].end == t.begin) {
        // the lower-case half of a hyphenated word: "Follow-up" gives one initial
      } else if (t.lower == ","sv && b < k && toks[b].has(kCap) && b >= s.tok_begin + 2 && toks[b - 2].has(kCap)) {
        // a list inside the name: "Organisation of African, Caribbean and Pacific States (OACPS)"
      } else if (t.lower == "of"sv || t.lower == "for"sv || t.lower == "and"sv || t.lower == "on"sv || t.lower == "in"sv || t.lower == "the"sv ||
                 t.lower == "to"sv || t.lower == "-"sv || t.lower == "\xE2\x80\x93"sv) {  // ("Parties to the Nauru Agreement (PNA)", "India–Pacific")
        if (t.lower != "-"sv && t.lower != "\xE2\x80\x93"sv) with_connectors.insert(with_connectors.begin(), static_cast<char>(t.lower[0] - 'a' + 'A'));
      } else {
        break;
      }
      --b;
      // "Independent Association of Latin America and the Caribbean (AILAC)": an acronym coined in
      // another language keeps the initials in its own word order
      if (t.has(kCap) && (initials == letters || with_connectors == letters || without_verbs == letters ||
                          (initials.size() == letters.size() && same_letters(initials, letters)))) {
        found = true;
        break;
      }
      // (a long form starts with one of the acronym's letters: not "Union and the Intergovernmental
      // Authority on Development (IGAD)", where "African Union" is another body)
      if (t.has(kCap) && nearly == k && all_letters_but_one(initials, letters) && letters.find(a.doc.text[t.begin]) != std::string::npos) nearly = b;
      if (without_verbs.size() > letters.size()) break;
    }
    // (only a name with a word of a body's: "Community", "Organisation")
    if (!found && nearly < k && toks[nearly].has(kCap)) {
      for (auto w = nearly; w < k && !found; ++w) found = (toks[w].classes & a.lex.bits().org_head) != 0;
      if (found) b = nearly;
    }
    // "the Andean Community (CAN)": a body the gazetteer knows, named in one language with the
    // acronym of another, is still what the parenthesis abbreviates
    // (not a dateline in capitals, "UNITED NATIONS (AP)", and one of its words starts as the acronym does)
    auto shares_initial = [&](std::uint32_t from) {
      for (auto w = from; w < k; ++w)
        if (toks[w].has(kCap) && !letters.empty() && a.doc.text[toks[w].begin] == letters[0]) return true;
      return false;
    };
    for (auto from = k > s.tok_begin + 8 ? k - 8 : s.tok_begin; !found && from + 1 < k; ++from)
      if (toks[from].has(kCap) && !toks[from].has(kAllCaps) && shares_initial(from) && a.lex.org_by_name(a.text_of(from, k))) {
        b = from;
        found = true;
      }
    if (!found) {
      b = syllabic_long_form(a, s, k, letters);
      if (b == k) b = long_form_before_qualifier(a, s, k, letters);
      if (b == k) continue;
    }
    // "Republic of Korea (ROK)": a state's name and code, which the gazetteer knows as the state; one it
    // does not know ("Federated States of Micronesia (FSM)") stands for the state from here on
    if (auto state = a.lex.state_name(a.text_of(b, k)); !state.empty()) {
      acr.to_name[acro] = state;
      acr.label[acro] = Label::State;
      continue;
    }
    std::string long_form = a.text_of(b, k);
    std::string name = long_form;
    if (const auto* org = a.lex.org_by_name(long_form)) name = org->name;
    else if (const auto* org2 = a.lex.org_by_name(acro); org2 && same_body_words(long_form, org2->name)) name = org2->name;
    acr.to_name[acro] = name;
    Mention m;
    m.label = Label::Organization;
    // "Trilateral Ministerial Meeting (TMM)", "Conference of the Parties (COP)": a gathering, not a body
    if (!a.lex.org_by_name(long_form)) {
      auto head = k - 1;
      for (auto h = b; h < k; ++h)
        if (toks[h].lower == "of"sv || toks[h].lower == "on"sv) {
          head = h > b ? h - 1 : h;
          break;
        }
      // ... or its last word: "Commonwealth Heads of Government Meeting (CHOGM)"
      auto gathering = [](const std::string& w) {
        return w == "meeting"sv || w == "summit"sv || w == "dialogue"sv || w == "talks"sv || w == "conference"sv || w == "session"sv;
      };
      if (gathering(toks[head].lower) || (toks[k - 1].has(kCap) && gathering(toks[k - 1].lower))) m.label = Label::Meeting;
      // "member countries of the Asia Cooperation Dialogue (ACD)", "the 19th ACD Ministerial Meeting": a
      // dialogue that has members and meetings of its own is a body
      // ("the Asia-Europe Meeting (ASEM)" ... "ASEM brings together 51 countries", "the ASEM summit": so is a
      // "Meeting")
      if (m.label == Label::Meeting && (toks[k - 1].lower == "dialogue"sv || toks[k - 1].lower == "meeting"sv)) {
        bool body = b >= s.tok_begin + 3 && toks[b - 1].lower == "the"sv && toks[b - 2].lower == "of"sv &&
                    (toks[b - 3].lower == "members"sv || toks[b - 3].lower == "countries"sv || toks[b - 3].lower == "states"sv);
        for (std::size_t t = 0; !body && t + 1 < toks.size(); ++t)
          if (toks[t].has(kAllCaps) && a.text_of(static_cast<std::uint32_t>(t), static_cast<std::uint32_t>(t + 1)) == acro) {
            const auto& w = toks[t + 1].lower;
            body = (toks[t + 1].classes & a.lex.bits().meeting_noun) || w == "ministerial"sv || w == "members"sv || w == "member"sv || w == "secretariat"sv ||
                   w == "brings"sv || w == "groups"sv || w == "partners"sv;
          }
        if (body) m.label = Label::Organization;
      }
      // "the Reciprocal Access Agreement (RAA)", "Official Security Assistance (OSA)": an accord or a
      // programme, not a body
      static const std::set<std::string_view> accords{"agreement", "agreements", "accord", "accords", "treaty", "deal", "protocol", "memorandum", "assistance"};
      // (but "the Parties to the Nauru Agreement (PNA)", a body its members make up)
      if (m.label == Label::Organization && accords.count(toks[k - 1].lower) && toks[b].lower != "parties"sv && toks[b].lower != "signatories"sv &&
          !a.lex.org_by_name(acro)) {
        acr.to_name.erase(acro);
        continue;
      }
      // "the EU Special Representative (EUSR) for the South Caucasus": an office, which the title rules read
      if (m.label == Label::Organization && (toks[head].classes & a.lex.bits().title_word)) {
        acr.to_name.erase(acro);
        continue;
      }
      // "Bandaranaike Memorial International Conference Hall (BMICH)": a venue
      if (a.lex.in_class(toks[k - 1].lower, "site_head")) m.label = Label::Place;
    }
    m.tok_begin = b;
    m.tok_end = k;
    m.sentence = s.index;
    m.surface = long_form;
    m.name = name;
    m.rule = "acronym_definition";
    // "the 47th Antarctic Treaty Consultative Meeting (ATCM)", "... on African Development (TICAD 9)":
    // this edition; the acronym names the series
    if (m.label == Label::Meeting) {
      std::string number = toks[at + 1].lower != ")"sv && all_digits(toks[at + 1].lower) ? toks[at + 1].lower : std::string();
      if (b > s.tok_begin && ordinal_word(a, toks[b - 1])) {
        m.tok_begin = b - 1;
        m.name = a.text_of(b - 1, b) + " " + name;
        if (number.empty()) number = edition_number(toks[b - 1].lower);
      } else if (!number.empty()) {
        m.name = acro + " " + number;
      }
      if (!number.empty()) acr.edition[acro] = {number, m.name};
    }
    // the kind its head word gives ("... Forum (ADF)" is a forum), unless the gazetteer knows it
    if (const auto* known = a.lex.org_by_name(name)) m.kind = known->kind;
    else if (a.lex.in_classes(toks[k - 1].lower, a.lex.bits().org_head)) m.kind = toks[k - 1].lower;
    acr.label[acro] = m.label;
    m.props["acronym"] = acro;
    // the long form replaces whatever the gazetteer saw inside it
    for (auto& o : a.mentions)
      if (o.sentence == s.index && o.tok_begin >= b && o.tok_end <= k) o.label = Label::None;
    add_mention(a, std::move(m));
    Mention short_form = a.mentions.back();
    short_form.tok_begin = at;
    short_form.tok_end = at + 1;
    short_form.surface = acro;
    for (auto& o : a.mentions)
      if (o.sentence == s.index && o.tok_begin == at && o.tok_end == at + 1) o.label = Label::None;
    add_mention(a, std::move(short_form));
  }
}

void defined_acronyms(Analysis& a, const Sentence& s, const Acronyms& acr) {
  if (acr.to_name.empty()) return;
  const auto& toks = a.seg.tokens;
  for (auto i = s.tok_begin; i < s.tok_end; ++i) {
    if (!toks[i].has(kAllCaps)) continue;
    auto it = acr.to_name.find(a.text_of(i, i + 1));
    if (it == acr.to_name.end()) continue;
    Mention m;
    auto l = acr.label.find(it->first);
    m.label = l == acr.label.end() ? Label::Organization : l->second;
    m.tok_begin = i;
    m.tok_end = i + 1;
    m.sentence = s.index;
    m.surface = it->first;
    m.name = it->second;
    m.rule = "acronym_defined_in_text";
    // "the 48th ATCM", "TICAD 8": an edition of the series, the defined one or another
    if (m.label == Label::Meeting) {
      auto known = acr.edition.find(it->first);
      if (i + 1 < s.tok_end && all_digits(toks[i + 1].lower) && toks[i + 1].begin == toks[i].end + 1) {
        m.tok_end = i + 2;
        m.name = known != acr.edition.end() && known->second.first == toks[i + 1].lower ? known->second.second : it->first + " " + toks[i + 1].lower;
      } else if (i > s.tok_begin && ordinal_word(a, toks[i - 1])) {
        m.tok_begin = i - 1;
        bool same = known != acr.edition.end() && known->second.first == edition_number(toks[i - 1].lower);
        m.name = same ? known->second.second : a.text_of(i - 1, i) + " " + it->second;
      }
    }
    // "the Parties to the Nauru Agreement (PNA)": the text's own definition, not the body the
    // lexicon knows by those letters (the Philippine News Agency)
    if (a.mentions_of_sentence.size() != a.seg.sentences.size()) a.index_mentions();
    bool redefined = false;
    for (int oi : a.mentions_of_sentence[static_cast<std::size_t>(s.index)]) {
      auto& o = a.mentions[static_cast<std::size_t>(oi)];
      if (o.rule != "gazetteer"sv || o.label != m.label || o.tok_begin != m.tok_begin || o.tok_end != m.tok_end || o.name == m.name) continue;
      o.name = m.name;
      o.kind.clear();
      o.props.erase("kind");
      o.rule = m.rule;
      redefined = true;
    }
    if (!redefined) add_mention(a, std::move(m));
  }
}

// `proto` again wherever the text, from sentence `from` on, writes its words as they are written
// there and `fits(sentence, token)` allows: a name one rule found, taken up everywhere else.
template <typename Fits>
void repeat_mention(Analysis& a, const Mention& proto, int from, Fits fits) {
  const auto n = proto.tok_end - proto.tok_begin;
  for (const auto& s : a.seg.sentences) {
    if (s.index < from) continue;
    for (auto i = s.tok_begin; i + n <= s.tok_end; ++i) {
      if (!fits(s, i) || a.text_of(i, i + n) != proto.surface) continue;
      Mention m = proto;
      m.tok_begin = i;
      m.tok_end = i + n;
      m.sentence = s.index;
      add_mention(a, std::move(m));
    }
  }
}

// "the 5+5 Dialogue, also called the Western Mediterranean Forum,": a body's other name, found as a body
// of its own, is the same body
void other_names_of_bodies(Analysis& a) {
  const auto& toks = a.seg.tokens;
  if (a.mentions_of_sentence.size() != a.seg.sentences.size()) a.index_mentions();
  for (std::size_t mi = 0; mi < a.mentions.size(); ++mi) {
    if (a.mentions[mi].label != Label::Organization) continue;
    const auto& s = a.seg.sentences[static_cast<std::size_t>(a.mentions[mi].sentence)];
    auto k = a.mentions[mi].tok_end;
    if (k < s.tok_end && toks[k].lower == ","sv) ++k;
    if (k < s.tok_end && toks[k].lower == "also"sv) ++k;
    if (!(k + 1 < s.tok_end && (toks[k].lower == "called"sv || (toks[k].lower == "known"sv && toks[k + 1].lower == "as"sv)))) continue;
    auto b = k + (toks[k].lower == "called"sv ? 1 : 2);
    if (b < s.tok_end && toks[b].lower == "the"sv) ++b;
    for (int oi : a.mentions_of_sentence[static_cast<std::size_t>(s.index)])
      if (auto& o = a.mentions[static_cast<std::size_t>(oi)]; oi != static_cast<int>(mi) && o.label == Label::Organization && o.tok_begin == b)
        o.name = a.mentions[mi].name;
  }
}

// "the Caribbean Community, known as Caricom,": the short name the article goes on to use, in
// this sentence and every later one.
void known_as_names(Analysis& a) {
  const auto& toks = a.seg.tokens;
  std::vector<Mention> short_names;
  for (std::size_t mi = 0; mi < a.mentions.size(); ++mi) {
    const auto& org = a.mentions[mi];
    if (org.label != Label::Organization) continue;
    const auto& s = a.seg.sentences[static_cast<std::size_t>(org.sentence)];
    auto k = org.tok_end;
    if (k < s.tok_end && (toks[k].lower == ","sv || toks[k].lower == "("sv)) ++k;
    if (k < s.tok_end && (toks[k].lower == "also"sv || toks[k].lower == "better"sv || toks[k].lower == "commonly"sv)) ++k;
    // "the Zone of Peace and Cooperation of the South Atlantic (Zopacas)": a short name in brackets,
    // written as a word, that starts as the name does (one in capitals is an acronym, defined elsewhere)
    bool bracketed = k + 1 < s.tok_end && toks[k - 1].lower == "("sv && toks[k].has(kCap) && !toks[k].has(kAllCaps) &&
                     toks[k + 1].lower == ")"sv && toks[k].lower.size() >= 3 && toks[k].lower[0] == toks[org.tok_begin].lower[0] &&
                     !std::any_of(a.mentions.begin(), a.mentions.end(), [&](const Mention& o) {
                       return o.sentence == org.sentence && o.tok_begin == k && o.label != Label::None;
                     });
    if (bracketed) k -= 2;  // as if "known as" stood before it
    else if (!(k + 2 < s.tok_end && toks[k].lower == "known"sv && toks[k + 1].lower == "as"sv && toks[k + 2].has(kCap))) continue;
    auto b = k + 2, e = b + 1;
    if (e < s.tok_end && toks[e].has(kCap) && !toks[e].has(kAllCaps)) ++e;  // "known as the Forum Fisheries"
    if (e < s.tok_end && !(toks[e].lower == ","sv || toks[e].lower == "."sv || toks[e].lower == ")"sv || toks[e].lower == ";"sv)) continue;
    Mention m = org;
    m.tok_begin = b;
    m.tok_end = e;
    m.surface = a.text_of(b, e);
    m.rule = "organization.known_as";
    m.props["acronym"] = m.surface;
    short_names.push_back(std::move(m));
  }
  for (const auto& proto : short_names) repeat_mention(a, proto, proto.sentence, [](const Sentence&, std::uint32_t) { return true; });
}

// The head words of names that are meetings rather than standing bodies when they carry an edition
bool event_head(const std::string& w) {
  return w == "conference"sv || w == "summit"sv || w == "session"sv || w == "meeting"sv || w == "congress"sv || w == "forum"sv;
}

bool compass_word(std::string_view w) {
  static const std::unordered_set<std::string_view> words{"west", "east", "north", "south", "western", "eastern", "northern", "southern", "central"};
  return words.count(w) != 0;
}

// Capitalized names headed by an organization word: "Ministry of Foreign Affairs", "European Union".
void organization_names(Analysis& a, const Sentence& s) {
  const auto& toks = a.seg.tokens;
  // per token of the sentence: the name mention starting there, and whether a title/date/person covers it
  std::vector<int> starts(s.tok_end - s.tok_begin, -1);
  std::vector<char> blocked(s.tok_end - s.tok_begin, 0);  // 1: a title, a date or a person; 2: a title
  if (a.mentions_of_sentence.size() != a.seg.sentences.size()) a.index_mentions();
  for (int ki : a.mentions_of_sentence[static_cast<std::size_t>(s.index)]) {
    auto k = static_cast<std::size_t>(ki);
    const auto& m = a.mentions[k];
    if (m.label == Label::None) continue;
    if (m.label == Label::Title || m.label == Label::Date || m.label == Label::Person) {
      for (auto t = m.tok_begin; t < m.tok_end; ++t) blocked[t - s.tok_begin] = m.label == Label::Title ? 2 : 1;
    } else if (starts[m.tok_begin - s.tok_begin] < 0) {
      starts[m.tok_begin - s.tok_begin] = static_cast<int>(k);
    }
  }
  auto mention_at = [&](std::uint32_t i) -> const Mention* {
    int k = starts[i - s.tok_begin];
    return k < 0 ? nullptr : &a.mentions[static_cast<std::size_t>(k)];
  };
  auto covered_by_blocker = [&](std::uint32_t i) { return blocked[i - s.tok_begin] != 0; };
  auto is_head = [&](const Token& t) { return t.has(kCap) && (t.classes & a.lex.bits().org_head); };
  for (std::uint32_t i = s.tok_begin; i < s.tok_end;) {
    auto start = i;
    // (the flags first: most words are in lower case)
    if (!(toks[i].has(kCap) || toks[i].has(kAllCaps)) || covered_by_blocker(i) || toks[i].lower == "the"sv ||
        (toks[i].has(kSentenceStart) && (toks[i].classes & a.lex.bits().not_name))) {
      ++i;
      continue;
    }
    std::uint32_t end = i, last_head = 0;
    bool head = false;
    bool after_participle = false;  // "... Bordering the Red Sea and the Gulf of Aden"
    while (end < s.tok_end) {
      if (covered_by_blocker(end)) break;
      if (const Mention* m = mention_at(end)) {
        // "the Collective Security Council of the CSTO": a body of another organization ends
        // before it
        if (m->label == Label::Organization && head && end > start && (toks[end - 1].lower == "of"sv || toks[end - 1].lower == "the"sv)) break;
        // "... and Pakistan's National Assembly": a state's body starts after the state, not before it
        if (m->label == Label::State && !head && m->tok_end < s.tok_end &&
            toks[m->tok_end].possessive() && end > start)
          break;
        // "Ministry of Foreign Affairs of Ukraine on Mykhailivska Square": the state it is of ends it
        bool of_state = m->label == Label::State && head && end > start &&
                        (toks[end - 1].lower == "of"sv || (toks[end - 1].lower == "the"sv && end > start + 1 && toks[end - 2].lower == "of"sv));
        // "the West Nordic Council": a compass word before a known body names another body
        if (m->label == Label::Organization && end == start + 1 && compass_word(toks[start].lower) && is_head(toks[m->tok_end - 1])) {
          head = true;
          last_head = m->tok_end - 1;
        }
        end = m->tok_end;
        if (of_state) break;
        continue;
      }
      const auto& t = toks[end];
      if (t.has(kCap) || t.has(kAllCaps)) {
        // "the Ministry of Foreign Affairs Mohammed Al-Khulaifi": a given name past the head starts a person
        if (head && (t.classes & a.lex.bits().given_name) && !is_head(t) && end > start && toks[end - 1].has(kCap)) break;
        // "... the Ministry of Foreign Affairs Dr. Mohammed ...": a form of address past the head starts a person
        if (head && (t.classes & a.lex.bits().honorific) && !is_head(t) && end + 1 < s.tok_end && toks[end + 1].lower == "."sv) break;
        if (is_head(t)) {
          head = true;
          last_head = end;
        }
        ++end;
        continue;
      }
      bool connector = t.lower == "of"sv || t.lower == "for"sv || t.lower == "and"sv || t.lower == "on"sv ||
                       (t.possessive() && !t.has(kSpaceBefore)) ||  // "People's Liberation Front"
                       (t.lower == "-"sv && !t.has(kSpaceBefore)) || (t.lower == "the"sv && end > start && toks[end - 1].lower == "of"sv) ||
                       // "Alliance for the Implementation of ...": "for the" straight after a body's head word
                       (t.lower == "the"sv && end > start + 1 && toks[end - 1].lower == "for"sv && is_head(toks[end - 2]) &&
                        (end - 2 == s.tok_begin || toks[end - 3].lower != "-"sv));
      // "Council of Arab and African States Bordering the Red Sea and the Gulf of Aden": "the" after a
      // participle of the name, and after the "and" that continues its object
      if (t.lower == "the"sv && head && end > start && toks[end - 1].has(kCap) && toks[end - 1].lower.size() > 5 && toks[end - 1].lower.ends_with("ing"))
        connector = after_participle = true;
      else if (t.lower == "the"sv && head && after_participle && toks[end - 1].lower == "and"sv)
        connector = true;
      // "President of the Council for March": a month is no part of the body's name
      if (t.lower == "for"sv && end + 1 < s.tok_end && a.lex.in_classes(toks[end + 1].lower, a.lex.bits().month)) break;
      // "High Representative of the Union for Foreign Affairs and Security Policy": "the Union" with a
      // portfolio is the EU's office, no body of its own
      if (t.lower == "for"sv && end == start + 1 && toks[start].lower == "union"sv && end + 1 < s.tok_end &&
          a.lex.in_class(toks[end + 1].lower, "portfolio"))
        break;
      if (connector && end + 1 < s.tok_end && (toks[end + 1].has(kCap) || toks[end + 1].has(kAllCaps) || toks[end + 1].lower == "the"sv)) {
        ++end;
        continue;
      }
      // "the Developing-8 Organization": a number joined by a hyphen is part of the name
      if (t.lower == "-"sv && !t.has(kSpaceBefore) && end + 2 < s.tok_end && toks[end + 1].has(kDigit) && !toks[end + 1].has(kSpaceBefore) &&
          toks[end + 2].has(kCap)) {
        end += 2;
        continue;
      }
      // "Association of Serb-majority Municipalities": a lower-case word joined by a hyphen, inside a name
      // that goes on
      if (t.lower == "-"sv && !t.has(kSpaceBefore) && end + 2 < s.tok_end && toks[end + 1].has(kWord) && !toks[end + 1].has(kCap) &&
          !toks[end + 1].has(kSpaceBefore) && toks[end + 2].has(kCap)) {
        // ("the US-led Global Coalition": who leads or backs a body is no part of its name)
        const auto& w = toks[end + 1].lower;
        if (!head && (w == "led"sv || w == "backed"sv || w == "sponsored"sv || w == "brokered"sv || w == "funded"sv || w == "based"sv)) start = end + 2;
        end += 2;
        continue;
      }
      // "Global Coalition to Defeat Daesh": a purpose in capitals after the head word
      if (t.lower == "to"sv && end > start && is_head(toks[end - 1]) && end + 2 < s.tok_end && toks[end + 1].has(kCap) &&
          !toks[end + 1].has(kAllCaps) && !mention_at(end + 1) && !covered_by_blocker(end + 1) && (toks[end + 2].has(kCap) || mention_at(end + 2))) {
        ++end;
        continue;
      }
      break;
    }
    if (!head || end - start < 2) {
      i = std::max(end, start + 1);
      continue;
    }
    // "Maj. Gen. Yousef Huneiti and General Intelligence Department Director": a person's name before
    // the "and" that starts the body's
    if (toks[start].classes & a.lex.bits().given_name)
      for (auto j = start + 1; j < last_head; ++j) {
        if (is_head(toks[j])) break;
        if (toks[j].lower == "and"sv) {
          start = j + 1;
          break;
        }
      }
    // "the Eleventh Review Conference of the Parties": a meeting of a series, whose ordinal is no
    // part of a body's name (the meeting rules read "Eleventh ... Conference")
    if (a.lex.in_class(toks[start].lower, "ordinal") && event_head(toks[last_head].lower) && start + 1 < last_head) {
      i = start + 1;
      continue;
    }
    // "Minister of Foreign Affairs and International Cooperation": the rest of a title, not a body
    // (or after a comma: "Minister of Foreign Affairs, International Cooperation and Francophonie")
    if (start >= s.tok_begin + 2 && (toks[start - 1].lower == "and"sv ? covered_by_blocker(start - 2) : toks[start - 1].lower == ","sv && blocked[start - 2 - s.tok_begin] == 2)) {
      i = std::max(end, start + 1);
      continue;
    }
    // "Minister of International Relations and Cooperation": a portfolio named straight after an office,
    // not a body ("cooperation" and "partnership" head bodies elsewhere)
    if (start >= s.tok_begin + 2 && toks[start - 1].lower == "of"sv && blocked[start - 2 - s.tok_begin] == 2 &&
        (toks[last_head].lower == "cooperation"sv || toks[last_head].lower == "partnership"sv) && !a.lex.org_by_name(a.text_of(start, end))) {
      i = end;
      continue;
    }
    // "in Skopje for OSCE Ministerial Council": a place is not the start of the body's name
    if (const Mention* m = mention_at(start);
        m && (m->label == Label::Place || m->label == Label::State) && m->tok_end < end &&
        (toks[m->tok_end].lower == "for"sv || toks[m->tok_end].lower == "and"sv || toks[m->tok_end].lower == "on"sv)) {
      i = m->tok_end + 1;
      continue;
    }
    // "the Members of the Council", "the Ministerial Session of the Council", "Joint Communiqué of the ...":
    // people, a meeting or a text of the body, whose name starts after "of (the)"
    {
      auto w = start;
      static const std::string_view not_org[] = {"members", "member", "ministers", "heads", "leaders", "representatives", "delegates",
                                                 "ministerial", "session", "meeting", "summit", "states", "presidency", "chairmanship",
                                                 "joint", "communiqué", "communique", "declaration", "statement"};
      while (w < last_head && std::find(std::begin(not_org), std::end(not_org), toks[w].lower) != std::end(not_org)) ++w;
      if (w > start && w < last_head && toks[w].lower == "of"sv) {
        ++w;
        if (toks[w].lower == "the"sv) ++w;
        i = w;
        continue;
      }
    }
    auto of = start;  // the first "of" in the name
    while (of < last_head && toks[of].lower != "of"sv) ++of;
    auto organization = [&](std::uint32_t b, std::uint32_t e) { return span_mention(a, s, b, e, Label::Organization, "organization_name"); };
    // "the ninth Regional Ministerial Conference of the Bali Process": a meeting of the body, named
    // apart from it (the meeting rules read "ninth ... Conference of the Bali Process")
    if (of > start && of < last_head && !a.lex.org_by_name(a.text_of(start, end))) {
      const auto& w = toks[of - 1].lower;
      if (w == "conference"sv || w == "summit"sv || w == "session"sv || w == "meeting"sv) {
        auto meeting_body = organization(start, of);
        meeting_body.kind = w;
        add_mention(a, std::move(meeting_body));
        i = of + 1;
        continue;
      }
    }
    // "Minna Ålander of the Finnish Institute of International Affairs": a name before "of the" with
    // no organization word of its own is someone from the body, which starts after it
    {
      bool head_before = false;
      for (auto w = start; w < of; ++w) head_before = head_before || is_head(toks[w]);
      if (of > start + 1 && of < last_head && !head_before && toks[of + 1].lower == "the"sv) {
        i = of + 2;
        continue;
      }
    }
    // "Ministry of Foreign Affairs" runs on after its head; "NATO-Russia Council meets" stops at it
    // ("Global Alliance for the Implementation of the Two-State Solution" runs on after "for" as well)
    const auto& after_head = toks[last_head + 1 < end ? last_head + 1 : last_head].lower;
    bool head_first = last_head == start || after_head == "of"sv || after_head == "to"sv || (after_head == "for"sv && last_head + 2 < end && toks[last_head + 2].lower == "the"sv);
    // "the International Contact Group on Venezuela", "the Liaison Committee on Syria": a body named for
    // the one state it deals with
    if (after_head == "on"sv && last_head + 2 < end && !event_head(toks[last_head].lower))
      if (const Mention* st = mention_at(last_head + 2); st && st->label == Label::State && st->tok_end == end) head_first = true;
    std::uint32_t org_end = head_first ? end : last_head + 1;
    // "the Speaker of Parliament Nabih Berry": after a title's "of", a head word followed straight by
    // names is the body, and the names its officer
    bool officer_follows = last_head == start && start + 2 < end && start >= s.tok_begin + 2 && toks[start - 1].lower == "of"sv &&
                           blocked[start - 2 - s.tok_begin] == 2 && toks[start + 1].has(kCap) && !is_head(toks[start + 1]) &&
                           toks[start + 2].has(kCap);
    if (officer_follows) org_end = start + 1;
    while (org_end > start && (toks[org_end - 1].lower == "of"sv || toks[org_end - 1].lower == "and"sv || toks[org_end - 1].lower == "the"sv ||
                               toks[org_end - 1].lower == "for"sv || toks[org_end - 1].lower == "on"sv || toks[org_end - 1].lower == "in"sv))
      --org_end;
    // "the Council for October": a head word alone is the body named before (organization_anaphora)
    if (org_end == start + 1 && is_head(toks[start]) && !officer_follows && !a.lex.org_by_name(a.text_of(start, org_end))) {
      i = end;
      continue;
    }
    Mention m = organization(start, org_end);
    // "the Organization for Security and Co-operation in Europe (OSCE) Ministerial Council": a body of
    // the organization just defined, named with its acronym
    // (or with a short code: "the Developing-8 (D-8) Organization for Economic Cooperation")
    if (start >= s.tok_begin + 3 && toks[start - 1].lower == ")"sv && toks[start].lower != "and"sv && !a.lex.org_by_name(m.name)) {
      auto open = start - 2;
      while (open > s.tok_begin && open + 5 > start && toks[open].lower != "("sv) --open;
      bool code = toks[open].lower == "("sv && open + 2 <= start - 1 && (toks[open + 1].has(kAllCaps) || toks[open + 1].has(kCap)) &&
                  a.text_of(open + 1, start - 1).size() <= 6;
      for (auto k = open + 2; code && k < start - 1; ++k) code = !toks[k].has(kSpaceBefore) && toks[k].lower.size() <= 3;
      if (code) m.name = std::string(a.text_of(open + 1, start - 1)) + " " + m.name;
      // (a code of several tokens names the entity as well: it is no acronym the body is known by)
      if (code && open + 2 < start - 1) m.surface = m.name;
    }
    if (const auto* org = a.lex.org_by_name(m.name)) {
      m.name = org->name;
      m.state_of = org->state_of;
      m.kind = org->kind;
    } else {
      m.kind = toks[last_head].lower;
      for (const auto& o : a.mentions)
        if (o.sentence == s.index && o.label == Label::State && o.tok_begin >= start && o.tok_end <= org_end) m.state_of = o.name;
      // "the US-Africa Business Forum", "the Samarkand Climate Forum": a forum of business, climate,
      // diplomacy ... that no gazetteer knows is an event, not a body
      static const std::unordered_set<std::string_view> event_kinds{"business", "investment", "diplomacy", "strategic", "climate", "fiscal",
                                                                    "media", "youth", "governance", "trade", "energy"};
      if (m.kind == "forum"sv && last_head == org_end - 1 && last_head > start && event_kinds.count(toks[last_head - 1].lower)) {
        m.label = Label::Meeting;
        m.kind.clear();
        m.state_of.clear();
        m.rule = "meeting.event_forum";
      }
      // "the Comprehensive Strategic Partnership", "a Strategic Partnership": a tie between states that
      // only words of its kind name is no body
      static const std::unordered_set<std::string_view> kinds_of_tie{"comprehensive", "strategic", "special", "enhanced", "privileged", "global",
                                                                     "new", "economic", "all-round", "-", "round", "all"};
      bool tie = m.kind == "partnership"sv && last_head == org_end - 1;
      for (auto w = start; tie && w < last_head; ++w) tie = kinds_of_tie.count(toks[w].lower) != 0;
      if (tie) {
        i = end;
        continue;
      }
    }
    add_mention(a, std::move(m));
    i = end;
  }
}

// The last words of venue names that are nobody's surname ("Hall" and "House" can be).
bool venue_word(const std::string& w) {
  static const std::unordered_set<std::string> words{"square", "plaza", "palace", "hotel", "centre", "center", "building",
                                                     "complex", "compound", "museum", "theatre", "theater", "auditorium",
                                                     "pavilion", "residence", "embassy", "bhawan", "bhavan", "guesthouse", "mansion"};
  return words.count(w) != 0;
}

// A person rule's span, made a name: false when it names nobody.
bool fit_person_span(const Analysis& a, Mention& m, std::uint32_t sentence_end) {
  const auto& toks = a.seg.tokens;
  // a name starts with a capital ("who said Tigrayans" is no person named Said)
  if (!toks[m.tok_begin].has(kCap)) return false;
  // "King Abdullah II": a monarch's regnal number is part of the name ("Lloyd Austin III" keeps
  // his name without the suffix)
  static const std::unordered_set<std::string_view> monarchs{"king", "queen", "emperor", "empress", "pope", "sultan", "emir", "shah", "tsar"};
  static const std::unordered_set<std::string_view> regnal{"II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};
  if (m.tok_begin > 0 && monarchs.count(toks[m.tok_begin - 1].lower) && m.tok_end < sentence_end &&
      regnal.count(std::string_view(a.doc.text).substr(toks[m.tok_end].begin, toks[m.tok_end].end - toks[m.tok_end].begin)))
    ++m.tok_end;
  // "on his Telegram channel": a possessive in lower case is no form of address ("His Excellency" is)
  if (m.rule == "person.honorific"sv && m.tok_begin > 0) {
    const auto& before = toks[m.tok_begin - 1];
    if ((before.lower == "his"sv || before.lower == "her"sv) && !before.has(kCap)) return false;
  }
  // "His Majesty": forms of address alone name nobody
  bool address_only = true;
  for (auto t = m.tok_begin; t < m.tok_end && address_only; ++t)
    address_only = a.lex.in_classes(toks[t].lower, a.lex.bits().honorific) || toks[t].lower == "."sv;
  if (address_only) return false;
  // "San Martín Square", "Sushma Swaraj Palace": a venue named after someone is no person, nor is
  // one named head first ("Casa Presidencial", "Palacio de Carondelet")
  if (venue_word(toks[m.tok_end - 1].lower)) return false;
  if (m.tok_end > m.tok_begin + 1 && a.lex.in_class(toks[m.tok_begin].lower, "site_head_first")) return false;
  // "Gilberto Teodoro — for a meeting": a spaced dash ends a name ("Nandi-Ndaitwah" has none)
  for (auto t = m.tok_begin + 1; t + 1 < m.tok_end; ++t)
    if (toks[t].lower == "-"sv && toks[t].has(kSpaceBefore)) {
      m.tok_end = t;
      break;
    }
  return true;
}

std::string fill_template(const Analysis& a, const std::string& tpl, const MatchResult& mr, const std::vector<Unit>& units) {
  auto part = [&](const std::string& key, const std::string& mod) {
    int id = mr.rule->capture_id(key);
    if (id < 0) return std::string();
    auto [b, e] = mr.captures[static_cast<std::size_t>(id)];
    if (b < 0) return std::string();
    std::string v;
    if (e - b == 1 && units[static_cast<std::size_t>(b)].mention >= 0) {
      const auto& m = a.mentions[static_cast<std::size_t>(units[static_cast<std::size_t>(b)].mention)];
      v = m.name;
      // "in talks with Anwar": a person named by the first word of the name is referred to by it
      if (mod == "last"sv && m.label == Label::Person && m.surface.size() > 2 && m.surface.find(' ') == std::string::npos &&
          starts_with_words(v, m.surface) && !ends_with_words(v, m.surface))
        return m.surface;
      // "Copenhagen trade talks" are named after the city, not the state it stands for elsewhere
      if (m.label == Label::State && m.kind == "capital"sv) v = m.surface;
      if (mod == "text"sv) v = m.surface;  // as written: "Korea-Central Asia summit"
      // "the Republic of Türkiye" is written "Türkiye" in a name made of states
      if (mod == "text"sv && m.label == Label::State && v.starts_with("Republic of ") && v.size() > 12) v = v.substr(12);
      if (mod == "short"sv) {
        // the shortest form the article itself uses: its acronym when the text writes it
        bool organ = m.props.count("organ_of") != 0;  // "IORA Council of Ministers", though written "its Council of Ministers"
        if (!organ) v = m.surface.size() < v.size() ? m.surface : v;
        // the shortest way the article writes that body anywhere ("Security Council", not "U.N. Security Council")
        for (const auto& o : a.mentions)
          if (!organ && o.label == Label::Organization && o.name == m.name && o.rule != "organization.anaphora"sv &&
              o.rule != "organization.shortened_name"sv && o.surface.size() > 1 &&
              o.surface.size() < v.size() && o.surface.find(' ') != std::string::npos)
            v = o.surface;
        auto acr = m.props.count("acronym") ? m.props.at("acronym") : "";
        // (not one the text writes only where it defines it, for a body no lexicon knows: "the Central
        // Five (C5)" is the Central Five, while "(SCO)" names a body better known by its acronym)
        auto written = acr.empty() ? std::string::npos : a.doc.text.find(acr);
        bool only_defined = written != std::string::npos && written > 0 && a.doc.text[written - 1] == '(' &&
                            a.doc.text.find(acr, written + acr.size()) == std::string::npos && !a.lex.org_by_name(m.name);
        if (!acr.empty() && acr.size() < v.size() && written != std::string::npos && !only_defined) v = acr;
        // "Caricom", "Unifil": the acronym written as a word is the short form as written
        else if (!acr.empty() && acr.size() < v.size() && !only_defined)
          for (const auto& o : a.mentions)
            if (o.label == Label::Organization && o.name == m.name && o.surface.size() == acr.size() &&
                std::equal(acr.begin(), acr.end(), o.surface.begin(), [](char x, char y) { return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y)); })) {
              v = o.surface;
              break;
            }
        // ... unless this mention names it in one word of its own ("the Summit of the Francophonie")
        if (m.rule != "organization.anaphora"sv && m.surface.find(' ') == std::string::npos && m.surface.size() > v.size() && m.surface.size() > 4)
          v = m.surface;
      }
    } else {
      auto first = units[static_cast<std::size_t>(b)].tb;
      v = a.text_of(first, units[static_cast<std::size_t>(e - 1)].te);
      // "Foreign ministers of ... met": capitalized only because the sentence starts there
      if (b == 0 && !v.empty() && v[0] >= 'A' && v[0] <= 'Z' &&
          a.lex.in_class(a.seg.tokens[first].lower, "meeting_mod"))
        v[0] = static_cast<char>(v[0] - 'A' + 'a');
    }
    return mod == "last"sv ? a.lex.family_name(v) : v;  // "Xi Jinping" is referred to as Xi
  };
  auto out = expand_template(tpl, std::ref(part));  // by reference: no allocation for std::function
  // collapse spaces left by empty captures; typographic apostrophes as plain ones
  std::string clean;
  clean.reserve(out.size());
  for (std::size_t i = 0; i < out.size(); ++i) {
    // (the lead byte first: a comparison of three bytes at every character was a tenth of this function)
    if (out[i] == '\xE2' && out.compare(i, 3, "\xE2\x80\x99") == 0) {
      clean += '\'';
      i += 2;
      continue;
    }
    if (out[i] == ' ' && (clean.empty() || clean.back() == ' ')) continue;
    // "ALBA-TCP", "GUAM–Japan": a hyphen or dash glued to the word after it is glued to the one before
    if (out[i] == ' ' && i + 1 < out.size() && (out[i + 1] == '-' || out.compare(i + 1, 3, "\xE2\x80\x93") == 0)) {
      auto after = out[i + 1] == '-' ? i + 2 : i + 4;
      if (after < out.size() && out[after] != ' ') continue;
    }
    clean += out[i];
  }
  while (!clean.empty() && clean.back() == ' ') clean.pop_back();
  // "meeting in {q}" with nothing captured for q is the meeting
  for (std::string_view dangling : {" in", " at"})
    if (clean.size() > dangling.size() && clean.ends_with(dangling)) clean.resize(clean.size() - dangling.size());
  return clean;
}

void mention_rules(Analysis& a, const std::vector<Label>& labels) {
  std::uint32_t mask = 0;
  for (auto l : labels) mask |= 1u << static_cast<unsigned>(l);
  std::vector<Unit> units;
  std::vector<Mention> found;  // a sentence's new mentions (its memory reused from one sentence to the next)
  for (const auto& s : a.seg.sentences) {
    a.units(s, units);
    found.clear();
    auto on_match = [&](const MatchResult& mr) {
      for (const auto& act : mr.rule->actions) {
        auto label = label_from_name(act.verb);
        if (!label || std::find(labels.begin(), labels.end(), *label) == labels.end()) continue;
        int id = mr.rule->capture_id(act.args[0]);
        auto [b, e] = mr.captures[static_cast<std::size_t>(id)];
        if (b < 0) continue;
        Mention m;
        m.label = *label;
        m.tok_begin = units[static_cast<std::size_t>(b)].tb;
        m.tok_end = units[static_cast<std::size_t>(e - 1)].te;
        m.sentence = s.index;
        m.surface = a.text_of(m.tok_begin, m.tok_end);
        m.name = m.surface;
        m.rule = mr.rule->name;
        if (*label == Label::Person && !fit_person_span(a, m, s.tok_end)) continue;
        if (*label == Label::Title || *label == Label::Person) {
          // a title or name never ends in a possessive or punctuation
          while (m.tok_end > m.tok_begin + 1 && a.seg.tokens[m.tok_end - 1].has(kPunct)) --m.tok_end;
          m.surface = m.name = a.text_of(m.tok_begin, m.tok_end);
          if (*label == Label::Person) {
            // "Shri S. Jaishankar" is S. Jaishankar: an honorific in front is no part of the name
            // ("Sheikh Hasina" is her name: an office-holder the gazetteer knows by the honorific keeps it)
            auto known = [&](std::uint32_t from) { return !a.lex.official_state(a.text_of(from, m.tok_end)).empty(); };
            // (not a monarch's "Prince Albert II", whose regnal name stands without the title)
            const auto& last = a.seg.tokens[m.tok_end - 1];
            bool regnal = last.has(kAllCaps) && last.lower.find_first_not_of("ivx") == std::string::npos;
            auto name_with = [&](std::uint32_t honorific) { return !regnal && known(honorific) && !known(honorific + 1); };
            while (m.tok_end > m.tok_begin + 2 && a.lex.in_classes(a.seg.tokens[m.tok_begin].lower, a.lex.bits().honorific) && !name_with(m.tok_begin)) {
              ++m.tok_begin;
              if (a.seg.tokens[m.tok_begin].lower == "."sv) ++m.tok_begin;
            }
            if (m.tok_begin > s.tok_begin && a.seg.tokens[m.tok_begin - 1].has(kCap) &&
                a.lex.in_classes(a.seg.tokens[m.tok_begin - 1].lower, a.lex.bits().honorific) && name_with(m.tok_begin - 1))
              --m.tok_begin;
            m.surface = a.text_of(m.tok_begin, m.tok_end);
            m.name = without_middle_initials(m.surface);
          }
        }
        for (const auto& [k, v] : act.props) {
          std::string value = v;
          if (!v.empty() && v.front() == '"') value = fill_template(a, v.substr(1, v.size() - 2), mr, units);
          else if (!v.empty() && v.front() != '@') {
            int cid = mr.rule->capture_id(v);
            auto [cb, ce] = mr.captures[static_cast<std::size_t>(cid)];
            if (cb >= 0 && ce - cb == 1 && units[static_cast<std::size_t>(cb)].label == Label::Date) {
              const auto& dm = a.mentions[static_cast<std::size_t>(units[static_cast<std::size_t>(cb)].mention)];
              m.props[k] = dm.props.at("iso");
              m.props[k + "_text"] = dm.props.at("text");
              continue;
            }
            value = fill_template(a, "{" + v + "}", mr, units);
          }
          if (k == "name"sv) {
            m.name = value;
            // "the alliance's summit" is the alliance summit
            for (auto at = m.name.find(" 's"); at != std::string::npos; at = m.name.find(" 's")) m.name.erase(at, 3);
          }
          else if (k == "name_order"sv && value == "family_first"sv && m.tok_end - m.tok_begin == 2 &&
                   !initials(a.text_of(m.tok_begin, m.tok_begin + 1)))
            // "KIHARA Minoru", the Japanese official style: Minoru Kihara
            m.name = a.text_of(m.tok_begin + 1, m.tok_end) + " " + title_case_utf8(a.text_of(m.tok_begin, m.tok_begin + 1));
          else if (k == "kind"sv) m.kind = value;
          else if (k == "state_of"sv) m.state_of = value;
          else if (!value.empty() || !m.props.count(k)) m.props[k] = value;  // "convened_by=o convened_by=f": the one captured
        }
        if (*label == Label::Title) {
          for (auto u = static_cast<std::size_t>(b); u < static_cast<std::size_t>(e); ++u) {
            if (units[u].mention < 0) continue;
            const auto& inner = a.mentions[static_cast<std::size_t>(units[u].mention)];
            // "ambassador to NATO", "envoy for Iran", "special envoy for the Horn of Africa": the
            // body or country a title deals with, not the one it serves
            bool after_to = false;
            for (auto k = u; k > static_cast<std::size_t>(b) && !after_to; --k) {
              if (units[k - 1].mention >= 0 && a.mentions[static_cast<std::size_t>(units[k - 1].mention)].label == Label::Title) break;
              const auto& w = a.seg.tokens[units[k - 1].tb].lower;
              // ("Secretary of State for Foreign Affairs of the Republic of San Marino": of it)
              if (units[k - 1].mention < 0 && w == "of"sv) break;
              after_to = units[k - 1].mention < 0 && (w == "to"sv || w == "for"sv);
            }
            if (inner.label == Label::State && !after_to && m.state_of.empty()) m.state_of = inner.name;
            if (inner.label == Label::Title && m.state_of.empty()) m.state_of = inner.state_of;
            if (inner.label == Label::Organization) {
              if (!after_to && !inner.state_of.empty() && m.state_of.empty()) m.state_of = inner.state_of;
              if (!after_to) m.props["employer"] = inner.name;
              m.props["org"] = inner.name;
            }
          }
        }
        if (*label == Label::Meeting) m.alias_worthy = false;
        if (!m.name.empty()) found.push_back(std::move(m));
      }
    };
    // by reference: the callback is too big for std::function to hold without allocating
    a.lex.patterns().find(Phase::Mention, a.doc.text, a.seg.tokens, units, a.lex, std::ref(on_match), mask);
    // longer mentions first, so a name wins over the names inside it
    std::vector<std::pair<bool, std::uint32_t>> key(found.size());  // (coreferring, index)
    for (std::size_t i = 0; i < found.size(); ++i) key[i] = {found[i].props.count("corefer") > 0, static_cast<std::uint32_t>(i)};
    std::stable_sort(key.begin(), key.end(), [&](const auto& x, const auto& y) {
      if (x.first != y.first) return y.first;
      const Mention& mx = found[x.second];
      const Mention& my = found[y.second];
      return (mx.tok_end - mx.tok_begin) > (my.tok_end - my.tok_begin);
    });
    for (const auto& k : key) add_mention(a, std::move(found[k.second]));
  }
}

// Whether the word that ends at byte `end` of `name` joins a son or daughter to a father's name: in
// "Hamdan bin Mohammed bin Rashid Al Maktoum" the tail "Mohammed bin Rashid Al Maktoum" is the father.
bool patronymic_link_before(std::string_view name, std::size_t end) {
  auto space = end == 0 ? std::string_view::npos : name.rfind(' ', end - 1);
  auto word = name.substr(space == std::string_view::npos ? 0 : space + 1, end - (space == std::string_view::npos ? 0 : space + 1));
  for (std::string_view link : {"bin"sv, "bint"sv, "ibn"sv, "ben"sv, "ould"sv})
    if (word.size() == link.size() && std::equal(word.begin(), word.end(), link.begin(), [](char x, char y) { return (x | 0x20) == y; }))
      return true;
  return false;
}

// Surname-only and respelled mentions of the persons named in full somewhere in the article.
// "Dr Al Khulaifi" after "Dr Mohammed Al Khulaifi": the end of one person's full name, in several
// words, is that person
void name_tail_references(Analysis& a) {
  std::vector<std::string> full;
  for (const auto& m : a.mentions)
    if (m.label == Label::Person && std::find(full.begin(), full.end(), m.name) == full.end()) full.push_back(m.name);
  for (auto& m : a.mentions) {
    if (m.label != Label::Person || m.name.find(' ') == std::string::npos) continue;
    const std::string* owner = nullptr;
    int owners = 0;
    for (const auto& f : full)
      if (ends_with_words(f, m.name) && !patronymic_link_before(f, f.size() - m.name.size() - 1)) {
        owner = &f;
        ++owners;
      }
    if (owners == 1) m.name = *owner;
  }
}

// "Li met Sánchez", in a report headlined "Li Qiang meets four visiting leaders" that also names Li Baodong
// and Lee Hsien Loong: of the people a bare surname could stand for, the one spelled so whom the
// headline names (none when the headline names none of them, or several)
const std::string* headline_bearer(const Analysis& a, const std::vector<std::string>& bearers, std::string_view written) {
  const std::string* found = nullptr;
  for (const auto& b : bearers) {
    auto family = a.lex.family_name(b);
    if (family.substr(0, family.find(' ')) != written) continue;
    bool in_headline = false;
    for (const auto& m : a.mentions)
      in_headline = in_headline || (m.sentence == 0 && m.label == Label::Person && m.name == b);
    if (!in_headline) continue;
    if (found) return nullptr;
    found = &b;
  }
  return found;
}

void person_references(Analysis& a) {
  // looked up for every capitalized word of the article: hashed as words (their order of iteration decides nothing)
  using Names = std::unordered_map<std::string, std::vector<std::string>, WordHash, std::equal_to<>>;
  Names by_surname;                                     // surname key -> full names
  std::unordered_map<std::string, std::string> by_key;  // full key -> first full name
  Names by_part;                                        // other name words -> full names
  // "Abiy" for Abiy Ahmed, "Hassan Sheikh" for Hassan Sheikh Mohamud: some go by their given name
  Names by_given;
  std::vector<std::string> mononyms;
  for (const auto& m : a.mentions) {
    if (m.label != Label::Person) continue;
    if (m.name.find(' ') == std::string::npos) {
      // "Indonesian Foreign Minister Sugiono": one name, given with a title, is how the text refers
      // to them (unless it is the surname of someone named in full: "Secretary Blinken")
      if (m.rule == "person.after_title"sv && m.name.size() > 3 && !a.lex.in_classes(lower_utf8(m.name), a.lex.bits().given_name)) mononyms.push_back(m.name);
      continue;
    }
    auto key = person_key(m.name);
    if (!by_key.emplace(key, m.name).second) continue;
    // "Lloyd J. Austin III", "Ferdinand Marcos Jr.": the surname comes before the generation
    auto bare = m.name;
    for (const char* suffix : {" III", " II", " IV", " Jr.", " Jr", " Sr.", " Sr"})
      if (bare.size() > std::strlen(suffix) && bare.compare(bare.size() - std::strlen(suffix), std::string::npos, suffix) == 0)
        bare.erase(bare.size() - std::strlen(suffix));
    by_surname[surname_key(bare)].push_back(m.name);
    // "Xi" for Xi Jinping: a family name written first
    // ("Sheikh Mohammed", "Prince Faisal" for Faisal bin Farhan: a patronymic name goes by its first word)
    if (auto family = a.lex.family_name(m.name); family != m.name.substr(m.name.rfind(' ') + 1))
      by_surname[word_key(family.substr(0, family.find(' ')))].push_back(m.name);
    // "Redwan" for Redwan Hussien: names whose bearers go by another part than the last
    // ("Petro" for Gustavo Petro Urrego: past the first word, a word that is also a given name elsewhere)
    std::size_t b = 0;
    while (true) {
      auto e = m.name.find(' ', b);
      if (e == std::string::npos) break;
      auto part = m.name.substr(b, e - b);
      auto lower_part = lower_utf8(part);
      bool suffix = lower_part == "iii"sv || lower_part == "ii"sv || lower_part == "iv"sv || lower_part == "jr"sv || lower_part == "jr."sv ||
                    lower_part == "sr"sv || lower_part == "sr."sv ||  // "Lloyd J. Austin III", "Marcos Jr."
                    lower_part == "von"sv || lower_part == "van"sv || lower_part == "der"sv || lower_part == "den"sv;  // particles
      if (part.size() > 2 && !suffix && (b > 0 || !a.lex.in_classes(lower_part, a.lex.bits().given_name))) by_part[word_key(part)].push_back(m.name);
      else if (part.size() > 2 && !suffix && b == 0) by_given[word_key(part)].push_back(m.name);
      b = e + 1;
    }
    // "Takht Ravanchi" for Majid Takht-Ravanchi: the first half of a hyphenated surname
    // ... and the whole of it written as one word ("Amirabdollahian" for Amir-Abdollahian)
    if (auto last = std::string_view(m.name).substr(b); b > 0 && last.find('-') != std::string_view::npos && last.find('-') > 2) {
      by_part[word_key(last.substr(0, last.find('-')))].push_back(m.name);
      by_part[word_key(last)].push_back(m.name);
    }
  }
  for (auto& [k, names] : by_part)
    if (!by_surname.count(k) && names.size() == 1) by_surname[k] = names;
  // "Abdullah bin Zayed" and "Abdullah bin Zayed Al Nahyan" are one bearer of "Abdullah": names that
  // are the first words of the fullest one are that name
  for (auto& [k, names] : by_surname) {
    if (names.size() < 2) continue;
    auto fullest = *std::max_element(names.begin(), names.end(), [](const auto& x, const auto& y) { return x.size() < y.size(); });
    // ("López Obrador" and "Andrés Manuel López Obrador" too: the last words of the fullest one)
    bool variants = std::all_of(names.begin(), names.end(), [&](const std::string& n) {
      return n == fullest || starts_with_words(fullest, n) || ends_with_words(fullest, n);
    });
    if (variants) names = {fullest};
  }
  for (const auto& name : mononyms) {
    auto k = word_key(name);
    bool part_of_full_name = std::any_of(by_key.begin(), by_key.end(), [&](const auto& kv) {
      const auto& full = kv.second;
      return ends_with_words(full, name);
    });
    if (!part_of_full_name && !by_surname.count(k) && !by_given.count(k)) by_surname[k] = {name};
  }
  const auto& toks = a.seg.tokens;
  const std::string_view text(a.doc.text);
  std::vector<std::pair<std::uint32_t, std::uint32_t>> full_names;  // the token spans of names written in full
  if (!by_given.empty())
    for (const auto& m : a.mentions)
      if (m.label == Label::Person && m.tok_end > m.tok_begin + 1) full_names.emplace_back(m.tok_begin, m.tok_end);
  auto in_full_name = [&](std::uint32_t i) {
    return std::any_of(full_names.begin(), full_names.end(), [i](const auto& span) { return span.first <= i && i < span.second; });
  };
  // the first letters of the keys: a word whose key cannot start with one of them is no one's name
  std::uint32_t key_initials = 0;
  for (const auto* names : {&by_surname, &by_given})
    for (const auto& [k, v] : *names) key_initials |= !k.empty() && k[0] >= 'a' && k[0] <= 'z' ? 1u << (k[0] - 'a') : ~0u;
  for (const auto& s : a.seg.sentences) {
    if (by_surname.empty() && by_given.empty()) break;
    for (auto i = s.tok_begin; i < s.tok_end; ++i) {
      if (!is_name_token(a, toks[i]) && !toks[i].has(kCap)) continue;
      if (!(word_key_initials(text[toks[i].begin]) & key_initials)) continue;
      const auto& w = toks[i].lower;
      if (w == "ii"sv || w == "iii"sv || w == "iv"sv || w == "jr"sv || w == "sr"sv) continue;  // a generation, not a name
      // "Sayyid" before a name is a form of address, not a respelled "Said" ("Hassan Sheikh" keeps its Sheikh)
      if ((toks[i].classes & a.lex.bits().honorific) &&
          !(!a.mentions.empty() && a.mentions.back().rule == "person.surname_in_article"sv && a.mentions.back().tok_end == i))
        continue;
      const auto& key = word_key(text.substr(toks[i].begin, toks[i].end - toks[i].begin));  // (no other key is made while it is read)
      auto it = by_surname.find(key);
      if (it == by_surname.end()) {
        // a given name alone, when one person of the article bears it and no other name follows it
        // (or only more of that person's name)
        auto g = by_given.find(key);
        if (g == by_given.end() || g->second.size() != 1 || in_full_name(i)) continue;
        if (i > s.tok_begin && toks[i - 1].lower == "the"sv) continue;  // "HH the Amir" is a title, not Amir Khan Muttaqi
        if (i + 1 < s.tok_end && toks[i + 1].has(kCap)) {
          auto next = by_surname.find(word_key(text.substr(toks[i + 1].begin, toks[i + 1].end - toks[i + 1].begin)));
          if (next == by_surname.end() || next->second != g->second) continue;
        }
        it = g;
      }
      // a given name in front makes it a full name of its own (handled by the person rules)
      const std::string* bearer = it->second.size() == 1 ? &it->second.front() : nullptr;
      if (!bearer) bearer = headline_bearer(a, it->second, text.substr(toks[i].begin, toks[i].end - toks[i].begin));
      if (!bearer) continue;  // two people share the surname: refer to neither
      Mention m;
      m.label = Label::Person;
      m.tok_begin = i;
      // "Al-Zayani", "Al Zayani" for Abdullatif Al Zayani: the particle before the surname is part of it
      if (i >= s.tok_begin + 2 && toks[i - 1].lower == "-"sv && toks[i - 2].has(kCap) && a.lex.in_class(toks[i - 2].lower, "name_particle") &&
          covered_by_nothing(a, s, i - 2))
        m.tok_begin = i - 2;
      else if (i >= s.tok_begin + 1 && toks[i - 1].has(kCap) && a.lex.in_class(toks[i - 1].lower, "name_particle") && covered_by_nothing(a, s, i - 1))
        m.tok_begin = i - 1;
      m.tok_end = i + 1;
      m.sentence = s.index;
      m.surface = a.text_of(m.tok_begin, i + 1);
      m.name = *bearer;
      m.rule = "person.surname_in_article";
      // "Paz Pereira": two words of one name written together are one mention
      if (!a.mentions.empty()) {
        auto& last = a.mentions.back();
        bool joined = last.tok_end == i || (last.tok_end + 1 == i && toks[last.tok_end].lower == "-"sv) ||  // "Takht-Ravanchi"
                      (last.tok_end + 1 == i && a.lex.in_class(toks[last.tok_end].lower, "name_particle"));  // "Von der Leyen"
        if (last.rule == "person.surname_in_article"sv && last.sentence == s.index && joined && last.name == m.name) {
          last.tok_end = i + 1;
          last.surface = a.text_of(last.tok_begin, last.tok_end);
          continue;
        }
      }
      // "declared Montenegro", for Luís Montenegro: a state of that name, where nothing around it
      // reads as a state's (no "in", "of" before it, no state beside it in a list), is the person
      if (m.tok_end == m.tok_begin + 1) {
        auto state_at = [&](std::uint32_t t) {
          for (int k : a.mentions_of_sentence[static_cast<std::size_t>(s.index)])
            if (a.mentions[static_cast<std::size_t>(k)].label == Label::State && a.mentions[static_cast<std::size_t>(k)].tok_begin == t) return k;
          return -1;
        };
        if (a.mentions_of_sentence.size() != a.seg.sentences.size()) a.index_mentions();
        int st = state_at(i);
        if (st >= 0 && a.mentions[static_cast<std::size_t>(st)].tok_end == i + 1) {
          static const std::unordered_set<std::string_view> place_words{"of", "in", "to", "from", "for", "by", "across", "against"};
          bool state_like = i > s.tok_begin && place_words.count(toks[i - 1].lower);
          // "Spain and Montenegro", "Montenegro, Serbia": a state beside it in a list
          if (i + 2 < s.tok_end && (toks[i + 1].lower == ","sv || toks[i + 1].lower == "and"sv) && state_at(i + 2) >= 0) state_like = true;
          if (i >= s.tok_begin + 2 && (toks[i - 1].lower == "and"sv || toks[i - 1].lower == ","sv))
            for (int k : a.mentions_of_sentence[static_cast<std::size_t>(s.index)])
              state_like = state_like || (a.mentions[static_cast<std::size_t>(k)].label == Label::State && a.mentions[static_cast<std::size_t>(k)].tok_end == i - 1);
          if (!state_like) a.mentions[static_cast<std::size_t>(st)].label = Label::None;
          else continue;
        }
      }
      add_mention(a, std::move(m));
    }
  }
  // the office written just before a person's mention ("Vice President" in "Vice President Vance"),
  // lower-cased; "" when none
  // (read only for a surname two people share: the whole list is scanned, no index is needed)
  auto title_right_before = [&](const Mention& p) {
    for (const auto& t : a.mentions)
      if (t.sentence == p.sentence && t.label == Label::Title &&
          (t.tok_end == p.tok_begin || (t.tok_end + 1 == p.tok_begin && a.seg.tokens[t.tok_end].lower == ","sv)))
        return lower_utf8(t.name);
    return std::string();
  };
  // full names that are respellings of an earlier full name take its spelling; a one-word name made
  // by a rule ("Dr. Jaishankar") is the one full name with that surname
  // ("His Majesty Sultan Ibrahim", "King Abdullah": a monarch named by one name is not Anwar Ibrahim)
  auto monarch = [&](const Mention& m) {
    if (m.tok_begin == a.seg.sentences[static_cast<std::size_t>(m.sentence)].tok_begin) return false;
    const auto& w = a.seg.tokens[m.tok_begin - 1].lower;
    return w == "sultan"sv || w == "king"sv || w == "queen"sv || w == "emir"sv || w == "amir"sv || w == "majesty"sv;
  };
  for (auto& m : a.mentions) {
    if (m.label != Label::Person) continue;
    if (m.name.find(' ') == std::string::npos) {
      if (monarch(m)) {
        // (named with the royal word, as such monarchs are: "Sultan Ibrahim")
        if (a.seg.tokens[m.tok_begin - 1].lower != "majesty"sv && a.seg.tokens[m.tok_begin - 1].has(kCap))
          m.name = a.text_of(m.tok_begin - 1, m.tok_begin) + " " + m.name;
        continue;
      }
      auto it = by_surname.find(word_key(m.name));
      // "President Ramos-Horta" for José Ramos-Horta: a hyphenated surname is keyed by its last half
      if (it == by_surname.end() && m.name.find('-') != std::string::npos) it = by_surname.find(surname_key(m.name));
      const std::vector<std::string>* bearers = it != by_surname.end() ? &it->second : nullptr;
      // "Sir Keir", "Dame Sally": a knight is addressed by the given name
      // ... and "Prime Minister Abiy", "Dr. Abiy" for Abiy Ahmed Ali: one who goes by the given name
      if (!bearers)
        if (auto g = by_given.find(word_key(m.name)); g != by_given.end()) bearers = &g->second;
      if (bearers && bearers->size() == 1) m.name = bearers->front();
      // "Vice President Vance", when "US Vice President JD Vance" and "his wife Usha Vance" share the
      // name: the one the text introduced with that office
      if (bearers && bearers->size() > 1)
        if (auto office = title_right_before(m); !office.empty()) {
          std::string who;
          int found = 0;
          for (const auto& b : *bearers)
            for (const auto& o : a.mentions)
              if (o.label == Label::Person && o.name == b && o.tok_end > o.tok_begin + 1 && title_right_before(o) == office) {
                if (who != b) ++found;
                who = b;
                break;
              }
          if (found == 1) m.name = who;
        }
      continue;
    }
    auto it = by_key.find(person_key(m.name));
    // "Koizumi Shinjiro" after "Shinjiro Koizumi": a two-word name written in the other order (family
    // name first, as East Asian names are) is the same person, named as the article first writes it
    if (auto space = m.name.find(' '); it != by_key.end() && space != std::string::npos && m.name.find(' ', space + 1) == std::string::npos) {
      auto reversed = by_key.find(person_key(m.name.substr(space + 1) + " " + m.name.substr(0, space)));
      if (reversed != by_key.end() && reversed->second != it->second)
        for (const auto& o : a.mentions)
          if (o.label == Label::Person && (o.name == it->second || o.name == reversed->second)) {
            if (o.name == reversed->second) it = reversed;
            break;
          }
    }
    if (it != by_key.end()) m.name = it->second;
    // the one full name of the article that `fits`, if only one does
    auto the_one = [&](auto fits) {
      std::string found;
      for (const auto& [key, full] : by_key)
        if (fits(full)) {
          if (!found.empty() && found != full) return std::string();
          found = full;
        }
      return found;
    };
    // "Abdullah bin Zayed" after "Sheikh Abdullah bin Zayed Al Nahyan": the first words of one fuller
    // name of the article are that name
    std::string longer = the_one([&](const std::string& full) {
      return starts_with_words(full, m.name);
    });
    // "Abbas Zadeh" for Reza Abbas-Zadeh: a surname written as two words is no name of its own
    if (longer.empty() && std::count(m.name.begin(), m.name.end(), ' ') == 1) {
      const std::string mine = word_key(m.name);
      longer = the_one([&](const std::string& full) {
        auto space = full.rfind(' ');
        return space != std::string::npos && full != m.name && full.find('-', space) != std::string::npos &&
               word_key(std::string_view(full).substr(space + 1)) == mine;
      });
    }
    // "López Obrador" after "Andrés Manuel López Obrador": the last two words of one fuller name (of
    // three words or more) are its family names
    if (longer.empty() && std::count(m.name.begin(), m.name.end(), ' ') == 1) {
      longer = the_one([&](const std::string& full) {
        return std::count(full.begin(), full.end(), ' ') >= 2 && ends_with_words(full, m.name);
      });
    }
    // "John Mahama" after "John Dramani Mahama": the first and last words of one fuller name, with
    // the middle names left out
    if (longer.empty() && std::count(m.name.begin(), m.name.end(), ' ') == 1) {
      const auto space = m.name.find(' ');
      const std::string first = word_key(std::string_view(m.name).substr(0, space)), last = word_key(std::string_view(m.name).substr(space + 1));
      longer = the_one([&](const std::string& full) {
        auto f = full.find(' '), l = full.rfind(' ');
        return f != std::string::npos && f != l && word_key(std::string_view(full).substr(0, f)) == first &&
               word_key(std::string_view(full).substr(l + 1)) == last;
      });
    }
    if (!longer.empty()) m.name = longer;
  }
}

// A statement in the first person ("Press statement by President Charles Michel ...", "Remarks by
// ..."): its "I" is the person the headline names after "by".
void first_person_author(Analysis& a) {
  if (a.seg.sentences.empty()) return;
  const auto& head = a.seg.sentences.front();
  const auto& toks = a.seg.tokens;
  std::string author;
  for (const auto& m : a.mentions) {
    if (m.sentence != head.index || m.label != Label::Person || m.tok_begin == head.tok_begin) continue;
    // "by" right before the name or before the titles in front of it
    auto k = m.tok_begin;
    while (k > head.tok_begin && toks[k - 1].lower != "by"sv) {
      bool title = false;
      for (const auto& t : a.mentions)
        title = title || (t.sentence == head.index && t.label == Label::Title && t.tok_begin <= k - 1 && k - 1 < t.tok_end);
      if (!title) break;
      --k;
    }
    if (k > head.tok_begin && toks[k - 1].lower == "by"sv) {
      author = m.name;
      break;
    }
  }
  if (author.empty()) return;
  for (const auto& s : a.seg.sentences) {
    if (s.index == head.index) continue;
    for (auto i = s.tok_begin; i < s.tok_end; ++i) {
      if (a.text_of(i, i + 1) != "I"sv || (i + 1 < s.tok_end && toks[i + 1].lower == "."sv)) continue;
      Mention m;
      m.label = Label::Person;
      m.tok_begin = i;
      m.tok_end = i + 1;
      m.sentence = s.index;
      m.surface = "I";
      m.name = author;
      m.rule = "person.first_person_author";
      m.alias_worthy = false;
      add_mention(a, std::move(m));
    }
  }
}

// "Cho Tae-yul", "Shin Won-sik": a name whose last part is glued to a hyphenated tail the name
// rules did not take in.
void hyphenated_name_ends(Analysis& a) {
  const auto& toks = a.seg.tokens;
  for (auto& m : a.mentions) {
    if (m.label != Label::Person) continue;
    const auto& s = a.seg.sentences[static_cast<std::size_t>(m.sentence)];
    auto e = m.tok_end;
    while (e + 1 < s.tok_end && toks[e].lower == "-"sv && !toks[e].has(kSpaceBefore) && !toks[e + 1].has(kSpaceBefore) &&
           !toks[e + 1].has(kPunct) && !toks[e + 1].has(kDigit))
      e += 2;
    if (e == m.tok_end) continue;
    bool free = true;  // no other mention there
    for (int oi : a.mentions_of_sentence[static_cast<std::size_t>(m.sentence)]) {
      const auto& o = a.mentions[static_cast<std::size_t>(oi)];
      free = free && (o.label == Label::None || o.tok_end <= m.tok_end || o.tok_begin >= e);
    }
    if (!free) continue;
    m.tok_end = e;
    m.surface = a.text_of(m.tok_begin, e);
    m.name = without_middle_initials(m.surface);
  }
}

// "Deputy Prime Minister and Minister of Foreign Affairs of Viet Nam": two offices joined by "and"
// and one state after the second are both that state's.
void coordinated_titles(Analysis& a) {
  const auto& toks = a.seg.tokens;
  for (const auto& s : a.seg.sentences) {
    const auto& here = a.mentions_of_sentence[static_cast<std::size_t>(s.index)];
    for (int i : here) {
      auto& first = a.mentions[static_cast<std::size_t>(i)];
      if (first.label != Label::Title || !first.state_of.empty() || first.tok_end + 1 >= s.tok_end || toks[first.tok_end].lower != "and"sv) continue;
      for (int j : here) {
        const auto& second = a.mentions[static_cast<std::size_t>(j)];
        if (second.label == Label::Title && second.tok_begin == first.tok_end + 1 && !second.state_of.empty()) first.state_of = second.state_of;
      }
    }
  }
}

// "Environment and Energy Minister X", "Energy and Natural Resources Minister Y": capitalized portfolios
// joined by "and" before an office are part of it. (Read here rather than by a title pattern: such a
// pattern would send every sentence with a portfolio word, an "and" and a title through the title
// rules.)
void portfolios_before_titles(Analysis& a) {
  const auto& toks = a.seg.tokens;
  auto capitalized_portfolio = [&](std::uint32_t k) { return toks[k].has(kCap) && a.lex.in_class(toks[k].lower, "portfolio"); };
  for (const auto& s : a.seg.sentences) {
    const auto& here = a.mentions_of_sentence[static_cast<std::size_t>(s.index)];
    for (int i : here) {
      auto& t = a.mentions[static_cast<std::size_t>(i)];
      if (t.label != Label::Title || t.tok_begin < s.tok_begin + 2) continue;
      // up to two capitalized words of the second portfolio before the office ("Natural Resources")
      auto k = t.tok_begin;
      for (int n = 0; n < 2 && k > s.tok_begin + 2 && toks[k - 1].has(kCap) && toks[k - 1].lower != "and"sv &&
                      !(toks[k - 1].classes & (a.lex.bits().given_name | a.lex.bits().honorific));
           ++n)
        --k;
      if (toks[k - 1].lower != "and"sv || !capitalized_portfolio(k - 2)) continue;
      auto begin = k - 2;
      // ("Trade, Industry and Energy Minister")
      while (begin >= s.tok_begin + 2 && toks[begin - 1].lower == ","sv && capitalized_portfolio(begin - 2)) begin -= 2;
      bool covered = false;
      for (int j : here) {
        const auto& o = a.mentions[static_cast<std::size_t>(j)];
        covered = covered || (j != i && o.label != Label::None && o.tok_begin < t.tok_begin && o.tok_end > begin);
      }
      if (covered) continue;
      t.tok_begin = begin;
      t.surface = t.name = a.text_of(t.tok_begin, t.tok_end);
      t.rule = "title.portfolios_before";
    }
  }
}

// "the Twelfth Ordinary Session of the Council of Ministers": the name reader took "Twelfth Ordinary
// Session" for a body so that the meeting rules could read it; once a meeting covers it, it is no
// organization of its own.
void events_read_as_meetings(Analysis& a) {
  for (const auto& s : a.seg.sentences) {
    const auto& here = a.mentions_of_sentence[static_cast<std::size_t>(s.index)];
    for (int i : here) {
      auto& org = a.mentions[static_cast<std::size_t>(i)];
      if (org.label != Label::Organization || !(org.kind == "session"sv || org.kind == "summit"sv || org.kind == "meeting"sv)) continue;
      for (int j : here) {
        const auto& m = a.mentions[static_cast<std::size_t>(j)];
        if (m.label == Label::Meeting && m.tok_begin <= org.tok_begin && org.tok_end <= m.tok_end) {
          org.label = Label::None;
          break;
        }
      }
    }
  }
}

// A name never runs across a line break: in a signature block ("... and Security Policy\nAyman
// Safadi, Deputy Prime Minister") the line's last word belongs to the title above.
void names_within_a_line(Analysis& a) {
  const auto& toks = a.seg.tokens;
  for (auto& m : a.mentions) {
    if (m.label != Label::Person || m.tok_end <= m.tok_begin + 1) continue;
    auto start = m.tok_begin;
    for (auto k = m.tok_begin + 1; k < m.tok_end; ++k)
      if (std::string_view(a.doc.text).substr(toks[k - 1].end, toks[k].begin - toks[k - 1].end).find('\n') != std::string_view::npos) start = k;
    if (start == m.tok_begin) continue;
    m.tok_begin = start;
    m.surface = a.text_of(start, m.tok_end);
    m.name = without_middle_initials(m.surface);
  }
}

// 'Nasry "Tito" Asfura': a nickname in quotes between given and family name is not part of the
// name; the family name after it is.
void quoted_nicknames(Analysis& a) {
  const auto& toks = a.seg.tokens;
  auto quote = [&](std::uint32_t k) {
    auto w = std::string_view(a.doc.text).substr(toks[k].begin, toks[k].end - toks[k].begin);
    return w == "\""sv || w == "\xE2\x80\x9C"sv || w == "\xE2\x80\x9D"sv || w == "\xC2\xAB"sv || w == "\xC2\xBB"sv;
  };
  auto name_word = [&](std::uint32_t k) { return toks[k].has(kCap) && toks[k].has(kWord) && !toks[k].has(kAllCaps); };
  for (auto& m : a.mentions) {
    if (m.label != Label::Person) continue;
    const auto& s = a.seg.sentences[static_cast<std::size_t>(m.sentence)];
    auto k = m.tok_end;
    if (!(k + 3 < s.tok_end && quote(k) && name_word(k + 1))) continue;
    auto close = k + 2;
    if (close < s.tok_end && !quote(close) && name_word(close)) ++close;
    if (!(close + 1 < s.tok_end && quote(close) && name_word(close + 1))) continue;
    auto e = close + 2;
    while (e < s.tok_end && e < close + 3 && name_word(e)) ++e;
    // (a double-barrelled family name: 'Maria Antonia "Toni" Yulo-Loyzaga')
    while (e + 1 < s.tok_end && toks[e].lower == "-"sv && toks[e].begin == toks[e - 1].end && name_word(e + 1)) e += 2;
    bool free = true;  // no other mention over the family name
    for (int oi : a.mentions_of_sentence[static_cast<std::size_t>(m.sentence)]) {
      const auto& o = a.mentions[static_cast<std::size_t>(oi)];
      free = free && (o.label == Label::None || o.label == Label::Person || o.tok_end <= close || o.tok_begin >= e);
    }
    if (!free) continue;
    m.name = without_middle_initials(m.surface) + " " + a.text_of(close + 1, e);
    m.surface = m.name;
    m.tok_end = e;
  }
}

// "said Widodo, universally known as Jokowi,": the one-word name a person goes by is that person
// wherever the article writes it (the headline too), when nothing else claims the word there.
void known_as_nicknames(Analysis& a) {
  const auto& toks = a.seg.tokens;
  static const std::unordered_set<std::string_view> adverbs{"also", "better", "universally", "widely", "popularly", "commonly", "affectionately", "locally"};
  std::vector<Mention> protos;
  for (const auto& m : a.mentions) {
    if (m.label != Label::Person) continue;
    const auto& s = a.seg.sentences[static_cast<std::size_t>(m.sentence)];
    auto k = m.tok_end;
    if (!(k < s.tok_end && toks[k].lower == ","sv)) continue;
    ++k;
    if (k < s.tok_end && adverbs.count(toks[k].lower)) ++k;
    if (k + 2 < s.tok_end && toks[k].lower == "known"sv && toks[k + 1].lower == "as"sv) k += 2;
    else if (k + 1 < s.tok_end && toks[k].lower == "nicknamed"sv) k += 1;
    else continue;
    bool one_word = toks[k].has(kCap) && toks[k].has(kWord) && !toks[k].has(kAllCaps) && toks[k].lower.size() >= 3;
    if (!one_word || (k + 1 < s.tok_end && toks[k + 1].has(kWord))) continue;
    Mention nick = m;
    nick.tok_begin = k;
    nick.tok_end = k + 1;
    nick.surface = a.text_of(k, k + 1);
    nick.rule = "person.known_as";
    protos.push_back(std::move(nick));
  }
  for (const auto& proto : protos)
    repeat_mention(a, proto, 0, [&](const Sentence& s, std::uint32_t i) { return covered_by_nothing(a, s, i); });
}

// "Secretary of Defense Lloyd J. Austin III met ... The Secretary stressed ...": "the" and a title
// someone was named with, and no name after it, is that person, when only one person bore it.
Mention reference(const Analysis& a, const Sentence& s, std::uint32_t k, Label label, const std::string& name, const char* rule);

void title_references(Analysis& a) {
  const auto& toks = a.seg.tokens;
  struct Bearer {
    std::string title, person, state;  // title words, the person named with it, the state it was given with
  };
  std::vector<Bearer> bearers;  // in text order
  // ("vice-president" is "Vice President")
  auto words_of = [](const std::string& t) {
    auto w = " " + lower_utf8(t) + " ";
    std::replace(w.begin(), w.end(), '-', ' ');
    return w;
  };
  for (const auto& s : a.seg.sentences) {
    const auto& here = a.mentions_of_sentence[static_cast<std::size_t>(s.index)];
    std::vector<Mention*> ms;
    for (int oi : here) ms.push_back(&a.mentions[static_cast<std::size_t>(oi)]);
    std::sort(ms.begin(), ms.end(), [](const Mention* x, const Mention* y) { return x->tok_begin < y->tok_begin; });
    for (std::size_t k = 0; k < ms.size(); ++k) {
      auto* t = ms[k];
      if (t->label != Label::Title) continue;
      // the state the title is given with: its own, or a demonym or state just before it ("Russian President")
      Mention* state = nullptr;
      for (std::size_t j = k; j-- > 0 && !state;)
        if (ms[j]->label == Label::State && ms[j]->tok_end == t->tok_begin) state = ms[j];
      // ("Ghana's President X")
      std::string possessor;
      for (std::size_t j = k; j-- > 0 && !state && possessor.empty();)
        if (ms[j]->label == Label::State && ms[j]->tok_end + 1 == t->tok_begin &&
            toks[ms[j]->tok_end].possessive())
          possessor = ms[j]->name;
      std::string state_name = !t->state_of.empty() ? t->state_of : state ? state->name : std::string();
      // the person this title introduces: the next mention, past an acronym in brackets or an honorific
      const Mention* next = nullptr;
      auto from = t->tok_end;
      // "Prime Minister and Minister of Foreign Affairs Sheikh X": both titles are his
      // (not "the Secretary and Secretary Austin": the first is a reference to someone named before)
      bool definite = t->tok_begin > s.tok_begin && toks[t->tok_begin - 1].lower == "the"sv;
      for (std::size_t j = k + 1; j < ms.size() && !next; ++j) {
        if (ms[j]->label == Label::None || ms[j]->tok_begin < from) continue;
        if (ms[j]->label == Label::Title && ms[j]->tok_begin == from + 1 && toks[from].lower == "and"sv && !definite) {
          from = ms[j]->tok_end;
          continue;
        }
        next = ms[j];
      }
      bool introduces = next && next->label == Label::Person && next->tok_begin <= from + 4;
      for (auto i = from; introduces && i < next->tok_begin; ++i)  // not "the president also met with X"
        introduces = (!(toks[i].has(kWord) && !toks[i].has(kCap)) || a.lex.in_classes(toks[i].lower, a.lex.bits().honorific)) &&
                     toks[i].lower != ";"sv && toks[i].lower != "-"sv;
      if (introduces) {
        bearers.push_back({words_of(t->name), next->name, state_name.empty() ? possessor : state_name});
        continue;
      }
      // "Kaja Kallas, High Representative of the Union ...": a title in apposition names its bearer too
      if (k > 0 && ms[k - 1]->label == Label::Person && ms[k - 1]->tok_end + 1 == t->tok_begin && toks[ms[k - 1]->tok_end].lower == ","sv &&
          ms[k - 1]->rule != "person.title_reference"sv) {
        // ("X, Prime Minister of the Federal Democratic Republic of Ethiopia": the longer title read at the
        // same place says the state)
        std::string apposed_state = state_name;
        // (not one that goes on to name someone else: "Lukashenko, President of the Republic of Kazakhstan
        // Kassym-Jomart Tokayev")
        for (std::size_t j = k + 1; j < ms.size() && apposed_state.empty() && ms[j]->tok_begin == t->tok_begin; ++j) {
          if (ms[j]->label != Label::Title) continue;
          bool names_next = std::any_of(ms.begin(), ms.end(), [&](const Mention* x) {
            return x->label == Label::Person && x->tok_begin >= ms[j]->tok_end && x->tok_begin <= ms[j]->tok_end + 1;
          });
          if (!names_next) apposed_state = ms[j]->state_of;
        }
        bearers.push_back({words_of(t->name), ms[k - 1]->name, apposed_state});
        continue;
      }
      // "the Secretary", "The Prime Minister", "the Russian president": a reference when nothing
      // follows that it qualifies
      auto first = state && t->state_of.empty() ? state->tok_begin : t->tok_begin;
      if (first == s.tok_begin || toks[first - 1].lower != "the"sv) continue;
      if (t->tok_end < s.tok_end && (toks[t->tok_end].lower == "of"sv || toks[t->tok_end].has(kCap))) continue;
      // (nor the start of a longer office: "the Minister of Foreign Affairs and Worship of Costa Rica, X")
      if (std::any_of(ms.begin(), ms.end(), [&](const Mention* x) {
            return x != t && x->label == Label::Title && x->tok_begin <= t->tok_begin && x->tok_end > t->tok_end;
          }))
        continue;
      std::string who;
      bool unique = true;
      auto mine = words_of(t->name);
      // "the President of Russia" after "President of the Russian Federation X": with the state known,
      // the office is what comes before "of"
      auto office = [&](const std::string& w) { return state_name.empty() || w.find(" of ") == std::string::npos ? w : w.substr(0, w.find(" of ") + 1); };
      // the one introduced with exactly this title ("Secretary X" for "the Secretary", not "Assistant
      // Secretary for Asian Affairs Y"), else the one whose title holds it
      // the bearers `fits` picks: `who`, and whether only one person is among them
      auto pick = [&](auto fits) {
        who.clear();
        unique = true;
        for (const auto& b : bearers)
          if (fits(b)) {
            if (!who.empty() && who != b.person) unique = false;
            who = b.person;
          }
      };
      for (bool exact : {true, false}) {
        pick([&](const Bearer& b) {
          // ("the Ethiopian Prime Minister" is "Prime Minister of the Federal Democratic Republic of Ethiopia" X,
          // not "Deputy Prime Minister and Foreign Minister" Y: the office before "of" counts as exact)
          return (exact ? b.title == mine || (!state_name.empty() && office(b.title) == mine)
                        : (b.title.find(mine) != std::string::npos || office(b.title).find(office(mine)) != std::string::npos)) &&
                 (state_name.empty() || b.state == state_name);
        });
        if (!who.empty() && unique) break;
      }
      // "the Ukrainian leader" after "Ukrainian President X": the one head of state or government
      // introduced with that state
      static constexpr std::string_view heads[] = {" president ", " prime minister ", " chancellor ", " premier "};
      auto heads_in = [](const std::string& title) {
        return std::any_of(std::begin(heads), std::end(heads), [&](std::string_view h) { return title.find(h) != std::string::npos; });
      };
      if (who.empty() && !state_name.empty() && (mine == " leader "sv || mine == " head of state "sv))
        pick([&](const Bearer& b) {
          return b.state == state_name && heads_in(b.title) && b.title.find(" vice ") == std::string::npos &&
                 b.title.find(" deputy ") == std::string::npos;
        });
      // "the Kenyan President" after "President William Ruto", introduced with no state: that
      // president, whose state this says
      bool gives_state = false;
      bool apposition = false;  // "X, the Japanese ambassador"
      if (first >= s.tok_begin + 2 && toks[first - 2].lower == ","sv)
        for (const auto* o : ms) apposition = apposition || (o->label == Label::Person && o->tok_end == first - 2);
      bool head = std::find(std::begin(heads), std::end(heads), mine) != std::end(heads) || mine == " king "sv || mine == " emir "sv;
      if (who.empty() && !state_name.empty() && head && !apposition) {
        pick([&](const Bearer& b) { return b.state.empty() && b.title == mine; });
        gives_state = !who.empty() && unique;
      }
      if (who.empty() || !unique) continue;
      if (gives_state) {
        t->props["state"] = state_name;
        t->props["title"] = t->name;
      }
      // "the Prime Minister and Minister of Foreign Affairs also met ...": one person, both titles
      for (std::size_t j = k + 1; j < ms.size(); ++j) {
        if (ms[j]->label == Label::None || ms[j]->tok_begin < t->tok_end) continue;
        // (not "the Secretary and Secretary Austin": a title that introduces someone else)
        bool introduces_other = j + 1 < ms.size() && ms[j + 1]->label == Label::Person && ms[j + 1]->tok_begin <= ms[j]->tok_end + 2;
        if (ms[j]->label == Label::Title && ms[j]->tok_begin == t->tok_end + 1 && toks[t->tok_end].lower == "and"sv && !introduces_other) {
          t->tok_end = ms[j]->tok_end;
          ms[j]->label = Label::None;
        }
        break;
      }
      t->label = Label::Person;
      t->name = who;
      t->rule = "person.title_reference";
      t->alias_worthy = false;
      if (first < t->tok_begin) {  // the demonym is part of the reference, not a state of its own
        t->tok_begin = first;
        state->label = Label::None;
      }
    }
  }
  // "EAM called on Prime Minister Wong" after "External Affairs Minister Dr. S. Jaishankar": a title's
  // initials in capitals stand for the one person introduced with it
  if (bearers.empty()) return;
  auto initials = [](const std::string& title) {
    std::string out;
    for (std::size_t b = 0; b < title.size();) {
      auto e = title.find(' ', b);
      if (e == std::string::npos) e = title.size();
      auto w = std::string_view(title).substr(b, e - b);
      if (!w.empty() && w != "of"sv && w != "for"sv && w != "the"sv && w != "and"sv) out += w.front();
      b = e + 1;
    }
    return out;
  };
  std::vector<std::string> initials_of;  // per bearer, worked out once
  for (const auto& b : bearers) initials_of.push_back(b.title.size() > 2 ? initials(b.title) : std::string());
  std::vector<Mention> found;
  for (const auto& s : a.seg.sentences)
    for (auto k = s.tok_begin; k < s.tok_end; ++k) {
      const auto& w = toks[k].lower;
      if (!toks[k].has(kAllCaps) || w.size() < 2 || w.size() > 4 || !covered_by_nothing(a, s, k)) continue;
      std::string who;
      bool unique = true;
      for (std::size_t bi = 0; bi < bearers.size(); ++bi)
        if (const auto& b = bearers[bi]; !initials_of[bi].empty() && initials_of[bi] == w) {
          if (!who.empty() && who != b.person) unique = false;
          who = b.person;
        }
      if (!who.empty() && unique) found.push_back(reference(a, s, k, Label::Person, who, "person.title_initials"));
    }
  for (auto& m : found) add_mention(a, std::move(m));
}

// A one-word mention that refers to someone or something named before ("he", "the bloc"): it names
// the referent, and its surface is no alias of it.
Mention reference(const Analysis& a, const Sentence& s, std::uint32_t k, Label label, const std::string& name, const char* rule) {
  Mention m = span_mention(a, s, k, k + 1, label, rule);
  m.name = name;
  m.alias_worthy = false;
  return m;
}

// "He left Georgetown for Nairobi, where he is expected to meet ...": "he" and "she" refer to the
// person the text is following, the first one named in the same sentence before the pronoun, else
// in the nearest sentence before that names someone.
void pronoun_subjects(Analysis& a) {
  const auto& toks = a.seg.tokens;
  std::vector<Mention> found;
  std::string current, last_named;
  for (const auto& s : a.seg.sentences) {
    std::string first_here;
    std::size_t next_person = 0;
    const auto& here = a.mentions_of_sentence[static_cast<std::size_t>(s.index)];
    std::vector<const Mention*> people;
    for (int oi : here)
      if (a.mentions[static_cast<std::size_t>(oi)].label == Label::Person) people.push_back(&a.mentions[static_cast<std::size_t>(oi)]);
    std::sort(people.begin(), people.end(), [](const Mention* x, const Mention* y) { return x->tok_begin < y->tok_begin; });
    for (auto i = s.tok_begin; i < s.tok_end; ++i) {
      while (next_person < people.size() && people[next_person]->tok_begin < i) {
        if (first_here.empty() && people[next_person]->surface != "I"sv) first_here = people[next_person]->name;
        ++next_person;
      }
      // "Blair met her on the sidelines": the one named last before this sentence, when that is not
      // the one meeting her
      if ((toks[i].lower == "her"sv || toks[i].lower == "him"sv) && i > s.tok_begin && i + 1 < s.tok_end && !last_named.empty() &&
          last_named != first_here) {
        const auto& verb = toks[i - 1].lower;
        const auto& after = toks[i + 1].lower;
        bool met = verb == "met"sv || verb == "received"sv || verb == "welcomed"sv || verb == "hosted"sv;
        bool ends = toks[i + 1].has(kPunct) || after == "on"sv || after == "in"sv || after == "at"sv || after == "for"sv || after == "during"sv ||
                    after == "after"sv || after == "before"sv || after == "later"sv || after == "again"sv || after == "briefly"sv;
        if (met && ends) found.push_back(reference(a, s, i, Label::Person, last_named, "person.object_pronoun"));
        continue;
      }
      if (toks[i].lower != "he"sv && toks[i].lower != "she"sv) continue;
      // "met with HE President ...": His Excellency, the Gulf agencies' honorific, not a pronoun
      if (toks[i].has(kAllCaps) && i + 1 < s.tok_end && (toks[i + 1].has(kCap) || toks[i + 1].lower == "the"sv) && toks[i].lower == "he"sv) continue;
      // ("With the Turkish foreign minister he discussed": the title is another person's)
      if (i > s.tok_begin && (toks[i - 1].classes & a.lex.bits().title_word)) continue;
      const auto& who = first_here.empty() ? current : first_here;
      if (who.empty()) continue;
      found.push_back(reference(a, s, i, Label::Person, who, "person.pronoun"));
    }
    for (const auto* p : people)
      if (p->surface != "I"sv) last_named = p->name;
    // the one the sentence is about next: its first person, a pronoun before any name counting
    // ("In Belgrade he met X, who ...": still he)
    const Mention* first_pronoun = nullptr;
    for (auto it = found.rbegin(); it != found.rend() && it->sentence == s.index; ++it) first_pronoun = &*it;
    for (const auto* p : people)
      if (p->surface != "I"sv) {
        current = first_pronoun && first_pronoun->tok_begin < p->tok_begin ? first_pronoun->name : p->name;
        break;
      }
  }
  for (auto& m : found) add_mention(a, std::move(m));
}

// "at Sushma Swaraj Bhawan", "at the Élysée Palace", "at the White House": a name after "at" or "in"
// that ends in a venue word is the venue, not the person it is named after or the government that
// sits there
void venues_named_after_people(Analysis& a) {
  const auto& toks = a.seg.tokens;
  for (auto& m : a.mentions) {
    bool body = m.label == Label::Organization && m.kind == "government body"sv;
    if ((m.label != Label::Person && !body) || m.tok_end - m.tok_begin < 2) continue;
    if (!a.lex.in_class(toks[m.tok_end - 1].lower, "site_head") && !(body && a.lex.in_class(toks[m.tok_begin].lower, "site_head_first"))) continue;
    auto k = m.tok_begin;
    const auto& sent = a.seg.sentences[static_cast<std::size_t>(m.sentence)];
    if (k > sent.tok_begin && toks[k - 1].lower == "the"sv) --k;
    if (k == sent.tok_begin) continue;
    const auto& w = toks[k - 1].lower;
    if (w != "at"sv && w != "in"sv && w != "inside"sv && w != "outside"sv) continue;
    m.label = Label::Place;
    m.kind = "site";
    m.name = m.surface;
    m.state_of.clear();
    m.props.erase("acronym");
    m.props["kind"] = "site";
  }
}

// "the Contact Group", in a text that also names the "International Contact Group on Venezuela": the one
// body whose longer name holds those words (not a ministry: "the Foreign Ministry" may be any state's)
void shortened_organization_names(Analysis& a) {
  std::vector<std::string> names, known;  // known: named by a rule that knows the body (gazetteer, acronym)
  for (const auto& m : a.mentions) {
    if (m.label != Label::Organization || m.name.empty()) continue;
    if (std::find(names.begin(), names.end(), m.name) == names.end()) names.push_back(m.name);
    if (m.rule != "organization_name"sv) known.push_back(m.name);
  }
  for (auto& m : a.mentions) {
    if (m.label != Label::Organization || m.rule != "organization_name"sv || m.name.find(' ') == std::string::npos) continue;
    if (std::find(known.begin(), known.end(), m.name) != known.end()) continue;
    if (m.kind == "ministry"sv || m.kind == "government body"sv) continue;
    const std::string* longer = nullptr;
    int count = 0;
    for (const auto& n : names) {
      auto at = n.size() > m.name.size() ? (" " + n + " ").find(" " + m.name + " ") : std::string::npos;
      if (at == std::string::npos) continue;
      // (not an organ of a body named before it: "Indian Ocean Commission Council of Ministers")
      if (at > 0 && std::find(names.begin(), names.end(), n.substr(0, at - 1)) != names.end()) continue;
      longer = &n;
      ++count;
    }
    if (count == 1) {
      m.name = *longer;
      m.rule = "organization.shortened_name";
    }
  }
}

// "the council", "the alliance": the organization of that kind named last ("the bloc", "the body":
// the one named last).
void organization_anaphora(Analysis& a) {
  const auto& toks = a.seg.tokens;
  static const std::string_view nouns[] = {"council", "alliance", "bloc", "organisation", "organization", "union", "group", "body", "grouping",
                                           "league", "association", "forum", "community", "format", "mechanism", "committee", "club", "initiative",
                                           "movement"};
  std::string last_org;
  std::vector<std::pair<std::string, std::string>> seen;  // name, "kind lower-case name", in text order
  std::uint64_t last_initials = 0;  // a bit per first letter of the last word of each name seen
  std::vector<Mention> found;
  auto refer = [&](const Sentence& s, std::uint32_t k, const std::string& referent) {
    found.push_back(reference(a, s, k, Label::Organization, referent, "organization.anaphora"));
  };
  // the body named last whose kind or name holds the noun ("organisation" also finds "organization")
  auto last_named = [&](std::string_view noun) {
    std::string_view key = noun == "organisation"sv ? "organi"sv : noun;
    for (auto o = seen.rbegin(); o != seen.rend(); ++o)
      // (not an organ named after the body: "the Council of Ministers of the Union" is no union)
      if (o->second.find(key) != std::string::npos && o->second.find("of the " + std::string(key)) == std::string::npos) return o->first;
    return std::string();
  };
  // "the mechanism", "the bloc": the body named last that is not one of its organs ("its Political
  // Council") or the text's last body of any kind
  std::vector<std::string> organs;  // names of organs of a body: "its Political Council", "the Council of the alliance"
  std::vector<char> names_agreement;  // per body seen: "the Petrocaribe energy agreement" names an agreement, not the body
  auto last_body = [&]() {
    for (auto o = seen.rbegin(); o != seen.rend(); ++o)
      if (std::find(organs.begin(), organs.end(), o->first) == organs.end() && !names_agreement[static_cast<std::size_t>(seen.rend() - o - 1)])
        return o->first;
    return last_org;
  };
  auto agreement_after = [&](std::uint32_t end) {
    static const std::string_view agreements[] = {"agreement", "accord", "treaty", "deal", "pact", "programme", "program", "scheme"};
    for (auto k = end; k < end + 3 && k < toks.size(); ++k) {
      if (std::find(std::begin(agreements), std::end(agreements), toks[k].lower) != std::end(agreements)) return true;
      if (!toks[k].has(kWord) || toks[k].has(kCap)) return false;
    }
    return false;
  };
  std::size_t mi = 0;
  std::vector<const Mention*> orgs;
  for (const auto& m : a.mentions)
    if (m.label == Label::Organization) orgs.push_back(&m);
  std::stable_sort(orgs.begin(), orgs.end(), [](const Mention* x, const Mention* y) {
    return x->sentence != y->sentence ? x->sentence < y->sentence : x->tok_begin < y->tok_begin;
  });
  for (const auto& s : a.seg.sentences) {
    for (auto i = s.tok_begin; i + 1 < s.tok_end; ++i) {
      while (mi < orgs.size() && (orgs[mi]->sentence < s.index || (orgs[mi]->sentence == s.index && orgs[mi]->tok_begin < i))) {
        if (orgs[mi]->kind != "news agency"sv && orgs[mi]->kind != "government body"sv) {
          const auto end = orgs[mi]->tok_end;
          if (orgs[mi]->props.count("organ_of") ||
              (end + 1 < toks.size() && toks[end].lower == "of"sv && (toks[end + 1].lower == "the"sv || toks[end + 1].lower == "its"sv)))
            organs.push_back(orgs[mi]->name);
          last_org = orgs[mi]->name;
          seen.emplace_back(orgs[mi]->name, orgs[mi]->kind + " " + graph_lower(orgs[mi]->name));
          names_agreement.push_back(agreement_after(end));
          last_initials |= 1ull << (static_cast<unsigned char>(seen.back().second[seen.back().second.rfind(' ') + 1]) & 63u);
        }
        ++mi;
      }
      if (last_org.empty()) continue;
      if (toks[i].lower != "the"sv) {
        // "as Council members": the capitalized noun alone, the body the text named with it
        if (!toks[i].has(kCap) || toks[i].has(kAllCaps) || toks[i].has(kSentenceStart) || (i > s.tok_begin && toks[i - 1].has(kCap))) continue;
        static const std::string_view bare[] = {"council", "alliance", "union", "league", "forum", "commission", "committee", "community"};
        const auto& w = toks[i].lower;
        if (w.size() < 5 || w.size() > 10 || !std::strchr("caulf", w[0]) || std::find(std::begin(bare), std::end(bare), w) == std::end(bare)) continue;
        if (toks[i + 1].has(kCap) || toks[i + 1].lower == "of"sv || toks[i + 1].lower == "for"sv || toks[i + 1].lower == "-"sv) continue;
        if (auto referent = last_named(w); !referent.empty()) refer(s, i, referent);
        continue;
      }
      // "the 15-member bloc", "the regional bloc": skip a size and a few adjectives before the noun
      auto n = i + 1;
      if (n + 2 < s.tok_end && toks[n].has(kDigit) && toks[n + 1].lower == "-"sv && toks[n + 2].lower == "member"sv) n += 3;
      // "the inter-parliamentary body": a hyphenated adjective is three tokens
      static const std::string_view adjectives[] = {"regional", "continental", "western", "military", "economic", "political", "trade",
                                                    "security", "intergovernmental", "parliamentary", "multilateral", "consultative", "informal"};
      auto adjective = [&](std::string_view w) { return std::find(std::begin(adjectives), std::end(adjectives), w) != std::end(adjectives); };
      while (n + 1 < s.tok_end && n < i + 6) {
        if (adjective(toks[n].lower)) ++n;
        else if (n + 3 < s.tok_end && toks[n + 1].lower == "-"sv && (toks[n].lower == "inter"sv || toks[n].lower == "pan"sv) && toks[n + 2].has(kWord) && !toks[n + 2].has(kCap)) n += 3;
        else break;
      }
      if (n >= s.tok_end) continue;
      const auto& w = toks[n].lower;
      if (std::find(std::begin(nouns), std::end(nouns), w) == std::end(nouns)) {
        // "the Process", "the Platform": the last word of a body's name, capitalized, is that body
        if (n != i + 1 || !toks[n].has(kCap) || toks[n].has(kAllCaps) || w.size() < 4 || !(last_initials >> (static_cast<unsigned char>(w[0]) & 63u) & 1u) ||
            (toks[n].classes & a.lex.bits().meeting_noun) || event_head(w))
          continue;
        if (n + 1 < s.tok_end && (toks[n + 1].has(kCap) || toks[n + 1].lower == "of"sv || toks[n + 1].lower == "for"sv || toks[n + 1].lower == "-"sv)) continue;
        for (auto o = seen.rbegin(); o != seen.rend(); ++o) {
          const auto& name = o->second;
          if (name.size() <= w.size() + 1 || name.compare(name.size() - w.size(), w.size(), w) != 0 || name[name.size() - w.size() - 1] != ' ') continue;
          // the head of the name, not the end of an "of" phrase ("Council of Foreign Ministers of the Caspian")
          auto before = std::string_view(name).substr(0, name.size() - w.size() - 1);
          before = before.substr(before.rfind(' ') == std::string_view::npos ? 0 : before.rfind(' ') + 1);
          if (before != "the"sv && before != "of"sv && before != "for"sv && before != "on"sv && before != "in"sv) refer(s, n, o->first);
          break;
        }
        continue;
      }
      bool generic = w == "bloc"sv || w == "body"sv || w == "grouping"sv || w == "format"sv || w == "mechanism"sv || w == "club"sv;
      std::string referent = generic ? last_body() : last_named(w);
      if (referent.empty()) continue;
      refer(s, n, referent);
    }
  }
  for (auto& m : found) add_mention(a, std::move(m));
}

// "the principality's Foreign Minister", "the kingdom's envoy": a possessive common noun for a
// state is the state named last.
void state_anaphora(Analysis& a) {
  const auto& toks = a.seg.tokens;
  static const std::string_view nouns[] = {"principality", "kingdom", "emirate", "sultanate", "republic", "duchy", "country", "nation",
                                           "archipelago", "island", "monarchy", "federation"};
  // the places first, from the rare possessive back: "the kingdom's", "the island nation's"
  struct Site {
    const Sentence* s;
    std::uint32_t the, noun;
  };
  std::vector<Site> sites;
  for (const auto& s : a.seg.sentences)
    for (auto k = s.tok_begin + 2; k < s.tok_end; ++k) {
      if (!toks[k].possessive()) continue;
      auto n = k - 1;
      if (std::find(std::begin(nouns), std::end(nouns), toks[n].lower) == std::end(nouns)) continue;
      auto the = n - 1;
      const auto& mod = toks[the].lower;
      if ((mod == "grand"sv || mod == "island"sv || mod == "gulf"sv || mod == "alpine"sv) && the > s.tok_begin) --the;
      if (toks[the].lower == "the"sv) sites.push_back({&s, the, n});
    }
  if (sites.empty()) return;
  std::vector<const Mention*> states;
  for (const auto& m : a.mentions)
    if (m.label == Label::State && m.kind != "demonym"sv) states.push_back(&m);  // "German-speaking" is no antecedent
  std::stable_sort(states.begin(), states.end(), [](const Mention* x, const Mention* y) {
    return x->sentence != y->sentence ? x->sentence < y->sentence : x->tok_begin < y->tok_begin;
  });
  std::vector<Mention> found;
  std::size_t si = 0;
  const std::string* last = nullptr;
  for (const auto& site : sites) {
    while (si < states.size() &&
           (states[si]->sentence < site.s->index || (states[si]->sentence == site.s->index && states[si]->tok_begin < site.the)))
      last = &states[si++]->name;
    if (last) found.push_back(reference(a, *site.s, site.noun, Label::State, *last, "state.anaphora"));
  }
  for (auto& m : found) add_mention(a, std::move(m));
}

// "Council of Ministers", "Council of Heads of State": the name of an organ, not of a body. The body
// it belongs to is named beside it ("the Council of Ministers of the CPLP", "the bloc's Council of
// Ministers", "its Council of Foreign Ministers") or, failing that, is the body the text named last;
// the organ takes its name ("CPLP Council of Ministers"), as the body's own texts call it.
bool is_organ_name(std::string_view name) {
  static const std::string_view heads[] = {"council of ", "assembly of ", "conference of ", "committee of ", "meeting of "};
  auto lower = lower_utf8(name);
  std::string_view rest;
  for (auto h : heads)
    if (lower.rfind(h, 0) == 0) rest = std::string_view(lower).substr(h.size());
  if (rest.empty()) return false;
  static const std::string_view words[] = {"foreign", "ministers", "minister", "heads", "head", "of", "state", "states", "government",
                                           "governments", "and", "defence", "defense", "trade", "economy", "finance", "affairs",
                                           "permanent", "representatives", "senior", "officials", "leaders"};
  bool people = false;
  std::size_t b = 0;
  while (b < rest.size()) {
    auto e = rest.find(' ', b);
    if (e == std::string_view::npos) e = rest.size();
    auto w = rest.substr(b, e - b);
    if (std::find(std::begin(words), std::end(words), w) == std::end(words)) return false;
    people = people || w == "ministers"sv || w == "heads"sv || w == "representatives"sv || w == "officials"sv || w == "leaders"sv;
    b = e + 1;
  }
  return people;
}

// "Ministerial Council", "Permanent Council": a short name headed by an organ word, an organ when "of the
// [body]" follows it (alone it may be a body of its own)
bool is_organ_before_its_body(std::string_view name) {
  static const std::string_view heads[] = {"council", "assembly", "committee", "commission", "secretariat", "board", "conference"};
  auto lower = lower_utf8(name);
  auto space = lower.rfind(' ');
  if (space == std::string::npos || std::count(lower.begin(), lower.end(), ' ') > 2 || lower.find(" of ") != std::string::npos ||
      lower.find(" and ") != std::string::npos)
    return false;
  return std::find(std::begin(heads), std::end(heads), std::string_view(lower).substr(space + 1)) != std::end(heads);
}

void organs_named_after_their_body(Analysis& a) {
  const auto& toks = a.seg.tokens;
  auto is_body = [](const Mention& m) {
    return m.label == Label::Organization && !m.props.count("organ_of") && m.kind != "news agency"sv && m.kind != "government body"sv &&
           m.kind != "ministry"sv && m.state_of.empty();
  };
  auto short_of = [](const Mention& m) {
    auto it = m.props.find("acronym");
    return it != m.props.end() && !it->second.empty() ? it->second : m.name;
  };
  // which mentions name an organ, decided once (an organ renamed below is no body either: it has organ_of)
  std::vector<char> organ_name(a.mentions.size(), 0);
  std::vector<char> organ_before_body(a.mentions.size(), 0);
  for (std::size_t k = 0; k < a.mentions.size(); ++k) {
    organ_name[k] = a.mentions[k].label == Label::Organization && is_organ_name(a.mentions[k].name);
    const auto& m = a.mentions[k];
    organ_before_body[k] = !organ_name[k] && m.label == Label::Organization && !m.props.count("organ_of") && m.tok_end + 1 < toks.size() &&
                           toks[m.tok_end].lower == "of"sv && is_organ_before_its_body(m.name);
    organ_name[k] = organ_name[k] || organ_before_body[k];
  }
  auto is_own_body = [&](const Mention& o) { return is_body(o) && !organ_name[static_cast<std::size_t>(&o - a.mentions.data())]; };
  for (std::size_t k = 0; k < a.mentions.size(); ++k) {
    if (!organ_name[k]) continue;
    const Mention& organ = a.mentions[k];
    const Mention* owner = nullptr;
    bool owner_after = false;
    for (const auto& o : a.mentions) {
      if (!is_own_body(o) || o.sentence != organ.sentence) continue;
      auto after = organ.tok_end;
      if (after < toks.size() && toks[after].lower == "of"sv) ++after;
      if (after < toks.size() && toks[after].lower == "the"sv) ++after;
      bool of_body = after > organ.tok_end && o.tok_begin == after;                                 // "... of the CPLP"
      bool before = o.tok_end == organ.tok_begin ||                                                 // "the SCO Council ..."
                    (o.tok_end + 1 == organ.tok_begin && toks[o.tok_end].lower == "'s"sv);          // "the bloc's Council ..."
      if (of_body || before) owner = &o, owner_after = of_body;
    }
    if (organ_before_body[k] && !owner_after) continue;
    if (!owner) {
      // "its Council of Ministers", "the Council of Ministers": the body named last
      for (const auto& o : a.mentions)
        if (is_own_body(o) &&
            (o.sentence < organ.sentence || (o.sentence == organ.sentence && o.tok_end <= organ.tok_begin)))
          owner = &o;
    }
    if (!owner) continue;
    Mention& m = a.mentions[k];
    // "the OIC Council of Foreign Ministers" ... "its regular Council of Foreign Ministers": the organ
    // the text named in full
    if (auto full = lower_utf8(owner->name), part = " " + lower_utf8(m.name); full.size() > part.size() && full.ends_with(part)) {
      m.name = owner->name;
      continue;
    }
    auto body = organ_before_body[k] ? owner->surface : short_of(*owner);  // "Ministerial Council of the Association of ...", as written
    m.props["organ_of"] = owner->name;
    m.name = owner_after ? m.name + " of the " + body : body + " " + m.name;  // as written
  }
}
// "the next MED9 summit" ... "The MED9, also known as EU Med, groups ...": a group a rule found by
// its code is that group wherever the article writes the code, before or after.
void codes_named_elsewhere(Analysis& a) {
  std::vector<Mention> protos;
  for (const auto& m : a.mentions)
    if (m.label == Label::Organization && m.rule == "organization.numbered_code"sv && m.tok_end == m.tok_begin + 1 &&
        std::none_of(protos.begin(), protos.end(), [&](const Mention& p) { return p.surface == m.surface; }))
      protos.push_back(m);
  const auto& toks = a.seg.tokens;
  for (auto& proto : protos) {
    proto.rule = "organization.code_named_elsewhere";
    repeat_mention(a, proto, 0, [&](const Sentence&, std::uint32_t i) { return toks[i].has(kAllCaps); });
  }
}

// "Youssef Rajji will meet Jean-Noël Barrot": a full name the gazetteers of office-holders list is a
// person's wherever no other mention covers it (the longest listed name from a capitalized word).
void known_officials(Analysis& a) {
  const auto& toks = a.seg.tokens;
  for (const auto& s : a.seg.sentences) {
    for (auto i = s.tok_begin; i + 1 < s.tok_end; ++i) {
      if (!toks[i].has(kCap) || toks[i].has(kAllCaps) || !covered_by_nothing(a, s, i)) continue;
      std::uint32_t best = 0;
      for (auto e = i + 2; e <= s.tok_end && e <= i + 6; ++e) {
        const auto& last = toks[e - 1];
        if (!last.has(kCap) || !covered_by_nothing(a, s, e - 1)) break;
        auto name = a.text_of(i, e);
        if (!a.lex.official_state(name).empty() || !a.lex.official_body(name).empty()) best = e;
      }
      if (best == 0) continue;
      auto m = span_mention(a, s, i, best, Label::Person, "person.known_official");
      // ("Gibo Teodoro", after "Gilberto Teodoro Jr": one person, whom the gazetteer lists under both)
      if (const auto& offices = a.lex.official_offices(m.name); !offices.empty())
        for (const auto& other : a.mentions)
          if (other.label == Label::Person && &a.lex.official_offices(other.name) == &offices) {
            m.name = other.name;
            break;
          }
      add_mention(a, std::move(m));
      i = best - 1;
    }
  }
}
}  // namespace

void find_mentions(Analysis& a) {
  a.mentions.reserve(a.seg.tokens.size() / 3 + 16);  // a Mention is costly to move when the vector grows
  Acronyms acr;
  for (const auto& s : a.seg.sentences) {
    find_dates_in(a, s);
    // a dateline opens the lead, which may follow a standfirst and a byline ("YEREVAN —" as a fourth sentence)
    bool opens_paragraph = s.index > 0 && a.seg.sentences[static_cast<std::size_t>(s.index - 1)].paragraph != s.paragraph;
    if (s.index > 0 && s.tok_begin < a.seg.tokens.size() && (s.index <= 2 || (s.index <= 5 && opens_paragraph))) dateline(a, s);
    acronym_definitions(a, s, acr);
    gazetteer(a, s);
    numbered_meetings(a, s);
    capital_by_demonym(a, s);
  }
  for (const auto& s : a.seg.sentences) {
    defined_acronyms(a, s, acr);
    organization_names(a, s);
  }
  known_as_names(a);
  mention_rules(a, {Label::Title});
  portfolios_before_titles(a);
  coordinated_titles(a);
  mention_rules(a, {Label::Person});
  venues_named_after_people(a);
  hyphenated_name_ends(a);
  names_within_a_line(a);
  quoted_nicknames(a);
  known_officials(a);
  person_references(a);
  name_tail_references(a);
  known_as_nicknames(a);
  first_person_author(a);
  title_references(a);
  pronoun_subjects(a);
  mention_rules(a, {Label::Organization, Label::Place, Label::State});
  other_names_of_bodies(a);
  codes_named_elsewhere(a);
  organs_named_after_their_body(a);
  shortened_organization_names(a);
  organization_anaphora(a);
  state_anaphora(a);
  mention_rules(a, {Label::Meeting});
  events_read_as_meetings(a);
  // drop hidden mentions
  a.mentions.erase(std::remove_if(a.mentions.begin(), a.mentions.end(), [](const Mention& m) { return m.label == Label::None; }),
                   a.mentions.end());
  // sorted through their indexes: a Mention is costly to move around
  std::vector<std::uint32_t> order(a.mentions.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = static_cast<std::uint32_t>(i);
  std::stable_sort(order.begin(), order.end(), [&](std::uint32_t xi, std::uint32_t yi) {
    const Mention& x = a.mentions[xi];
    const Mention& y = a.mentions[yi];
    return x.sentence != y.sentence ? x.sentence < y.sentence : x.tok_begin < y.tok_begin;
  });
  std::vector<Mention> sorted;
  sorted.reserve(order.size());
  for (auto i : order) sorted.push_back(std::move(a.mentions[i]));
  a.mentions = std::move(sorted);
  a.index_mentions();
}

}  // namespace fg::importers::article
