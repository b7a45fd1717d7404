#include "importers/article/resolve.hpp"

#include <algorithm>
#include <cctype>
#include <optional>
#include <set>
#include <unordered_map>

#include "graph/names.hpp"
#include "importers/article/tokenize.hpp"
#include "importers/article/translit.hpp"
#include "importers/article/word_hash.hpp"

namespace fg::importers::article {

using namespace std::string_view_literals;  // `== "x"sv` compares inline, without strlen

namespace {

std::string noun_class(std::string_view w) {
  if (w == "talks"sv || w == "discussions"sv || w == "negotiations"sv || w == "consultations"sv || w == "dialogue"sv || w == "round"sv)
    return "talks";
  if (w == "summit"sv || w == "summits"sv) return "summit";
  if (w == "conference"sv) return "conference";
  if (w == "briefing"sv) return "briefing";
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

// The name's last word is `w` ("Tunis session", "one-day gathering")
bool last_word_is(std::string_view name, std::string_view w) {
  auto n = norm_words(name);
  return !n.empty() && n.back() == w;
}

// "next year's summit in New Delhi", "last year's summit in Vilnius", a meeting dated after the
// article, "the margins of the G20 meeting": mentioned in passing, it does not become what the
// following sentences are about.
bool mentioned_in_passing(const Analysis& a, const Mention& m) {
  if (auto d = m.props.find("date"); d != m.props.end() && !d->second.empty() && !a.doc.date.empty() &&
                                     d->second > a.doc.date.substr(0, std::min(d->second.size(), a.doc.date.size())))
    return true;
  const auto& s = a.seg.sentences[static_cast<std::size_t>(m.sentence)];
  // "the President of COP30", "the COP31 President-designate": a meeting that names someone's office
  for (int oi : a.mentions_of_sentence[static_cast<std::size_t>(m.sentence)]) {
    const auto& t = a.mentions[static_cast<std::size_t>(oi)];
    if (t.label != Label::Title) continue;
    if ((t.tok_begin <= m.tok_begin && m.tok_end <= t.tok_end) || t.tok_begin == m.tok_end ||
        (t.tok_end + 1 == m.tok_begin && a.seg.tokens[t.tok_end].lower == "of"sv))
      return true;
  }
  // "the first ministerial gathering since President Aliyev hosted the bloc's leaders at the 17th ECO
  // Summit": a meeting recalled to measure time from
  for (auto k = m.tok_begin; k > s.tok_begin && k + 12 > m.tok_begin && a.seg.tokens[k - 1].lower != ";"sv; --k)
    if (a.seg.tokens[k - 1].lower == "since"sv) return true;
  // "'Squad' defence ministers meet on the sidelines": a meeting held beside the one reported
  for (auto k = m.tok_end; k + 2 < s.tok_end && k < m.tok_end + 3; ++k)
    if (a.seg.tokens[k].lower == "on"sv && a.seg.tokens[k + 1].lower == "the"sv &&
        (a.seg.tokens[k + 2].lower == "sidelines"sv || a.seg.tokens[k + 2].lower == "margins"sv || a.seg.tokens[k + 2].lower == "fringes"sv))
      return true;
  for (auto k = m.tok_begin; k > s.tok_begin && k + 5 > m.tok_begin; --k) {
    const auto& w = a.seg.tokens[k - 1].lower;
    if (w == "next"sv || w == "upcoming"sv || w == "future"sv) return true;
    // "last year's summit in Vilnius", "the previous round": an earlier meeting recalled
    if (w == "last"sv || w == "previous"sv || w == "past"sv || w == "earlier"sv) return true;
    // "on the margins of the G20 meeting": the frame, not the subject
    if ((w == "margins"sv || w == "sidelines"sv || w == "margin"sv) && k < m.tok_begin) return true;
    // "held back to back with the 11th Annual Forum", "alongside the summit", "on the eve of the
    // summit", "in parallel with the conference", "in conjunction with the 46th ASEAN Summit": a meeting
    // beside the one reported
    if ((w == "back-to-back"sv || w == "alongside"sv || w == "eve"sv || w == "parallel"sv || w == "conjunction"sv ||
         (w == "back"sv && k >= s.tok_begin + 3 && a.seg.tokens[k - 2].lower == "to"sv && a.seg.tokens[k - 3].lower == "back"sv)) &&
        k < m.tok_begin)
      return true;
    // "whose country holds the rotating presidency of the Arab summit": a meeting that names an office
    if ((w == "presidency"sv || w == "chairmanship"sv || w == "chairship"sv) && k < m.tok_begin && a.seg.tokens[k].lower == "of"sv) return true;
    // "met in Riga ahead of the NATO summit", "in the run-up to the summit": a later meeting
    // "was held a day before the 53rd Forum Leaders Meeting opens", "a day after the 49th ASEAN Summit closed":
    // a meeting to measure time by
    if ((w == "before"sv || w == "after"sv) && k < m.tok_begin && a.seg.tokens[k].lower == "the"sv && k > s.tok_begin + 1 &&
        (a.seg.tokens[k - 2].lower == "day"sv || a.seg.tokens[k - 2].lower == "days"sv || a.seg.tokens[k - 2].lower == "week"sv ||
         a.seg.tokens[k - 2].lower == "weeks"sv || a.seg.tokens[k - 2].lower == "hours"sv))
      return true;
    if ((w == "ahead"sv || w == "run-up"sv || w == "preparation"sv) && k < m.tok_begin &&
        (a.seg.tokens[k].lower == "of"sv || a.seg.tokens[k].lower == "to"sv || a.seg.tokens[k].lower == "for"sv))
      return true;
  }
  return false;
}

bool determiner(const std::string& w) {
  return w == "the"sv || w == "a"sv || w == "an"sv || w == "its"sv || w == "their"sv || w == "his"sv || w == "her"sv || w == "this"sv || w == "that"sv;
}

// Walking back from a mention over at most `reach` tokens of its sentence: is there a word of `cues`
// before one of `stops`?
bool cue_before(const Analysis& a, const Mention& m, std::uint32_t reach, std::initializer_list<std::string_view> cues,
                std::initializer_list<std::string_view> stops) {
  const auto& s = a.seg.sentences[static_cast<std::size_t>(m.sentence)];
  for (auto k = m.tok_begin; k > s.tok_begin && k + reach > m.tok_begin; --k) {
    const auto& w = a.seg.tokens[k - 1].lower;
    if (std::find(cues.begin(), cues.end(), w) != cues.end()) return true;
    if (std::find(stops.begin(), stops.end(), w) != stops.end()) return false;
  }
  return false;
}

// "a meeting", "an emergency session": introduced by an indefinite article
bool indefinite(const Analysis& a, const Mention& m) {
  if (!cue_before(a, m, 5, {"a", "an"}, {"the", "this", "that", "its", "their", "his", "her"})) return false;
  // "... closed this Friday in Bogotá a summit marked by ...", "opened a two-day summit": the verb
  // that opens or closes a meeting names the one at hand (the word order of translated copy)
  const auto& s = a.seg.sentences[static_cast<std::size_t>(m.sentence)];
  auto k = m.tok_begin;
  while (k > s.tok_begin && a.seg.tokens[k - 1].lower != "a"sv && a.seg.tokens[k - 1].lower != "an"sv) --k;
  for (auto j = k > s.tok_begin ? k - 1 : k; j > s.tok_begin && j + 7 > k; --j) {
    const auto& w = a.seg.tokens[j - 1].lower;
    if (w == "opened"sv || w == "closed"sv || w == "concluded"sv || w == "inaugurated"sv || w == "ended"sv || w == "opens"sv || w == "closes"sv)
      return false;
    if (w == ","sv || w == ";"sv || w == "at"sv || w == "to"sv || w == "for"sv) break;
  }
  return true;
}

// "week", "year", "spring": a stretch of the calendar that "last" or "next" counts back or on
bool calendar_period(std::string_view w) {
  return w == "week"sv || w == "month"sv || w == "year"sv || w == "spring"sv || w == "summer"sv || w == "autumn"sv || w == "winter"sv;
}

// "a working lunch", "an official dinner": a meal, taken during a meeting or beside it
bool meal(const Analysis& a, const Mention& m) {
  const auto& w = a.seg.tokens[m.tok_end - 1].lower;
  return w == "lunch"sv || w == "dinner"sv || w == "breakfast"sv || w == "luncheon"sv;
}

// "the next summit", "the upcoming round": a later meeting of the same series (not "travel to Moscow
// next week for talks with X": a time, not the meeting's place in a series)
bool next_one(const Analysis& a, const Mention& m) {
  const auto& s = a.seg.sentences[static_cast<std::size_t>(m.sentence)];
  const auto& toks = a.seg.tokens;
  for (auto k = m.tok_begin; k > s.tok_begin && k + 8 > m.tok_begin; --k) {
    const auto& w = toks[k - 1].lower;
    if (w == "next"sv || w == "upcoming"sv || w == "following"sv || w == "forthcoming"sv) {
      // ("next year's summit" is the next one)
      bool possessive = k + 1 < m.tok_begin && toks[k + 1].possessive();
      // ("flew on to Wellington the next day for talks with ...": the day, not the talks, is next)
      bool part_of_day = toks[k].lower == "day"sv || toks[k].lower == "morning"sv || toks[k].lower == "afternoon"sv ||
                         toks[k].lower == "evening"sv || toks[k].lower == "night"sv;
      if (k < m.tok_begin && !possessive && (calendar_period(toks[k].lower) || part_of_day || (toks[k].classes & (a.lex.bits().weekday | a.lex.bits().month))))
        continue;
      return true;
    }
    if (w == "the"sv || w == "a"sv || w == "its"sv || w == "their"sv) return false;
  }
  return false;
}

// "last year's summit", "the previous round", "the summit in Nairobi last month": an earlier meeting
// (of the same series)
// "The ministers last met in Athens in October", "The last such summit was held in Seoul in May 2024": an
// earlier meeting the text names by where and when it was held
bool recalled_from_its_place(const Mention& m) {
  return m.rule == "meeting.last_met_in"sv || m.rule == "meeting.last_one_held_in"sv;
}

bool earlier_one(const Analysis& a, const Mention& m) {
  const auto& s = a.seg.sentences[static_cast<std::size_t>(m.sentence)];
  const auto& toks = a.seg.tokens;
  if (recalled_from_its_place(m)) return true;
  if (cue_before(a, m, 5, {"last", "previous", "past", "preceding"}, {"the", "a", "its", "their", "this"})) {
    // "Last week's summit", "last Friday's talks": the recent meeting a commentary is about
    for (auto k = m.tok_begin; k > s.tok_begin + 1 && k + 5 > m.tok_begin; --k)
      if (toks[k - 2].lower == "last"sv && (toks[k - 1].lower == "week"sv || toks[k - 1].lower == "weekend"sv || a.lex.in_classes(toks[k - 1].lower, a.lex.bits().weekday)) &&
          k < s.tok_end && toks[k].possessive())
        return false;
    return true;
  }
  // "had met only on the fringes of multilateral gatherings, most recently in Hiroshima in May during
  // the Group of Seven summit": one of the times before
  for (auto k = m.tok_begin; k > s.tok_begin + 1 && k + 10 > m.tok_begin && toks[k - 1].lower != ";"sv; --k)
    if ((toks[k - 2].lower == "most"sv && toks[k - 1].lower == "recently"sv) || (toks[k - 2].lower == "before"sv && toks[k - 1].lower == "that"sv))
      return true;
  for (auto k = m.tok_end; k + 1 < s.tok_end && k < m.tok_end + 3; ++k)
    if (toks[k].lower == "last"sv) return calendar_period(toks[k + 1].lower);
  // "the reconstruction conference held in Berlin last month": dated by its own participle clause
  if (m.tok_end < s.tok_end && toks[m.tok_end].lower == "held"sv)
    for (auto k = m.tok_end + 1; k + 1 < s.tok_end && k < m.tok_end + 7 && toks[k].lower != ","sv && toks[k].lower != ";"sv; ++k)
      if (toks[k].lower == "last"sv) return calendar_period(toks[k + 1].lower);
  return false;
}

// "agreed to hold a fourth round in Rome", "will convene a summit": a meeting still to be held
bool still_to_hold(const Analysis& a, const Mention& m) {
  const auto& s = a.seg.sentences[static_cast<std::size_t>(m.sentence)];
  const auto& toks = a.seg.tokens;
  for (auto k = m.tok_begin; k > s.tok_begin && k + 7 > m.tok_begin; --k) {
    const auto& w = toks[k - 1].lower;
    if (w == "will"sv || w == "would"sv || w == "shall"sv) return true;
    if (w == "to"sv && k < m.tok_begin) {
      const auto& v = toks[k].lower;
      if (v == "hold"sv || v == "host"sv || v == "convene"sv || v == "open"sv || v == "meet"sv || v == "attend"sv || v == "organize"sv || v == "organise"sv)
        return true;
    }
  }
  // "holds its own ministerial consultation in Dubai next year"
  for (auto k = m.tok_end; k + 1 < s.tok_end && k < m.tok_end + 8 && toks[k].lower != ";"sv && toks[k].lower != ","sv; ++k)
    if (toks[k].lower == "next"sv && (calendar_period(toks[k + 1].lower) || toks[k + 1].lower == "fall"sv)) return true;
  return false;
}

// "the first-ever EU–Moldova summit, which Brussels and Chișinău have pencilled in for the summer": a
// meeting its own clause puts on the calendar
bool put_on_calendar(const Analysis& a, const Mention& m) {
  const auto& s = a.seg.sentences[static_cast<std::size_t>(m.sentence)];
  const auto& toks = a.seg.tokens;
  for (auto k = m.tok_end; k + 1 < s.tok_end && k < m.tok_end + 12 && toks[k].lower != ";"sv; ++k) {
    const auto& w = toks[k].lower;
    // (not "the meeting that Petro and Vieira had scheduled for Friday", nor one "initially scheduled for
    // 12 March": called off since)
    if (w == "pencilled"sv || w == "penciled"sv || w == "slated"sv || w == "earmarked"sv || w == "scheduled"sv)
      return toks[k - 1].lower != "had"sv && toks[k - 1].lower != "been"sv && toks[k - 1].lower != "was"sv &&
             toks[k - 1].lower != "initially"sv && toks[k - 1].lower != "originally"sv && toks[k - 1].lower != "previously"sv &&
             (toks[k + 1].lower == "for"sv || (toks[k + 1].lower == "in"sv && k + 2 < s.tok_end && toks[k + 2].lower == "for"sv));
  }
  return false;
}

// "Kishida will chair the first leaders' meeting of ...": someone will chair, host or convene it
bool will_chair(const Analysis& a, const Mention& m) {
  const auto& s = a.seg.sentences[static_cast<std::size_t>(m.sentence)];
  const auto& toks = a.seg.tokens;
  for (auto k = m.tok_begin; k > s.tok_begin + 1 && k + 6 > m.tok_begin; --k) {
    const auto& v = toks[k - 1].lower;
    if ((v == "chair"sv || v == "host"sv || v == "convene"sv || v == "co-chair"sv) && toks[k - 2].lower == "will"sv) return true;
  }
  return false;
}

// "the trilateral meeting of the defence ministers ... will be held in Tbilisi in the autumn": a
// meeting of other people, still to come. Returns where its name ends ("... defence ministers"), or
// the mention's own end when the words after it do not say so.
std::uint32_t later_meeting_of_others(const Analysis& a, const Mention& m) {
  const auto& s = a.seg.sentences[static_cast<std::size_t>(m.sentence)];
  const auto& toks = a.seg.tokens;
  auto k = m.tok_end;
  if (!(k + 3 < s.tok_end && toks[k].lower == "of"sv && toks[k + 1].lower == "the"sv)) return m.tok_end;
  auto is_people = [&](std::uint32_t t) { return toks[t].lower == "ministers"sv || toks[t].lower == "leaders"sv; };
  auto people = k + 2;
  while (people < s.tok_end && people < k + 5 && !is_people(people)) ++people;
  if (people >= s.tok_end || !is_people(people) || people == k + 2) return m.tok_end;
  // (the people may be named between commas: "of the prime ministers of the three countries, A, B and C,")
  for (auto j = people + 1; j + 2 < s.tok_end && j < people + 28 && toks[j].lower != ";"sv; ++j)
    if (toks[j].lower == "will"sv && ((toks[j + 1].lower == "be"sv && toks[j + 2].lower == "held"sv) || toks[j + 1].lower == "take"sv))
      return people + 1;
  return m.tok_end;
}

// The ordinal before a meeting noun ("the first round", "its 64th summit"): where it starts, or the
// mention's own start.
bool ordinal_word(const std::string& w) {
  static const std::string_view words[] = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"};
  if (std::find(std::begin(words), std::end(words), w) != std::end(words)) return true;
  return w.size() > 2 && std::isdigit(static_cast<unsigned char>(w[0])) &&
         (w.ends_with("st") || w.ends_with("nd") || w.ends_with("rd") || w.ends_with("th"));
}
std::uint32_t ordinal_start(const Analysis& a, const Mention& m) {
  const auto& s = a.seg.sentences[static_cast<std::size_t>(m.sentence)];
  for (auto k = m.tok_begin; k > s.tok_begin && k + 3 > m.tok_begin; --k) {
    const auto& w = a.seg.tokens[k - 1].lower;
    if (ordinal_word(w)) {
      // ("at his first summit in the post": a count of someone's own, not the meeting's edition)
      if (k >= s.tok_begin + 2) {
        const auto& owner = a.seg.tokens[k - 2].lower;
        if (owner == "his"sv || owner == "her"sv || owner == "my"sv || owner == "our"sv || owner == "their"sv) break;
      }
      return k - 1;
    }
    if (w == "the"sv || w == "a"sv || w == "its"sv || w == "their"sv) break;
  }
  return m.tok_begin;
}
// The edition a meeting mention names: the number in its name, or the ordinal just before it ("The
// first Caricom-Cuba Summit was held in Havana", in a report on the 8th)
std::string edition_of_mention(const Analysis& a, const Mention& m) {
  auto n = edition_number_in(m.name);
  if (n.empty())
    if (auto k = ordinal_start(a, m); k != m.tok_begin) n = edition_number(a.seg.tokens[k].lower);
  return n;
}
// The mention's ordinal and the topic's differ ("the first round" while the third is reported).
// `edition` is the ordinal a mention of the topic gave it when its name has none ("the fourth
// meeting of the platform ... was held in Baku", named "Baku meeting").
bool other_ordinal(const Analysis& a, const Mention& m, const Entity& topic, const std::string& edition) {
  auto k = ordinal_start(a, m);
  if (k == m.tok_begin || (k + 1 < m.tok_end && a.seg.tokens[k + 1].lower == "such"sv)) return false;  // "the ninth such meeting"
  const auto& mine = a.seg.tokens[k].lower;
  std::string theirs = edition;
  auto name = lower_utf8(topic.name);
  for (std::size_t b = 0; b < name.size();) {
    auto e = name.find(' ', b);
    if (e == std::string::npos) e = name.size();
    if (auto w = name.substr(b, e - b); ordinal_word(w)) {
      theirs = w;
      break;
    }
    b = e + 1;
  }
  return !theirs.empty() && theirs != mine;
}

// "the 2025 summit in Kananaskis", in an article of 2024: another edition of the series
std::string other_year(const Analysis& a, const Mention& m) {
  if (a.doc.date.size() < 4) return "";
  const auto& s = a.seg.sentences[static_cast<std::size_t>(m.sentence)];
  auto from = m.tok_begin >= s.tok_begin + 2 ? m.tok_begin - 2 : s.tok_begin;
  auto year = [&](std::uint32_t k) {
    const auto& w = a.seg.tokens[k].lower;
    return w.size() == 4 && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; }) && (w[0] == '1' || w[0] == '2') &&
           w != a.doc.date.substr(0, 4) && (k + 1 >= s.tok_end || a.seg.tokens[k + 1].lower != "-"sv);
  };
  for (auto k = from; k < m.tok_end; ++k)
    if (year(k)) return a.seg.tokens[k].lower;
  // "the summit held in Baghdad in June 2021": the year of the phrase that places it
  auto after = m.tok_end;
  // "the Colombo meeting of the council in October 2024": past the body it is of
  if (after < s.tok_end && a.seg.tokens[after].lower == "of"sv)
    for (auto k = after + 1; k < std::min(s.tok_end, after + 6); ++k) {
      const auto& w = a.seg.tokens[k].lower;
      if (w == ","sv || w == ";"sv || w == "and"sv) break;
      if (w == "in"sv) {
        for (auto y = k + 1; y < std::min(s.tok_end, k + 3); ++y)
          if (year(y)) return a.seg.tokens[y].lower;
        break;
      }
    }
  // "which joined the bloc at the Cairo summit in December 2024", "since the summit in Freetown in
  // November 2023"
  if (after < s.tok_end && a.seg.tokens[after].lower == "in"sv)
    for (auto k = after + 1; k < std::min(s.tok_end, after + 6); ++k) {
      const auto& w = a.seg.tokens[k].lower;
      if (w == ","sv || w == ";"sv || w == "and"sv || w == "which"sv || w == "that"sv || w == "where"sv || w == "since"sv) break;
      if (year(k) && (k < after + 3 || a.seg.tokens[k - 1].lower == "in"sv || a.seg.tokens[k - 2].lower == "in"sv)) return a.seg.tokens[k].lower;
    }
  // "the conference at Crans-Montana that collapsed in July 2017": the year its clause gives
  if (after + 1 < s.tok_end && (a.seg.tokens[after].lower == "at"sv || a.seg.tokens[after].lower == "in"sv))
    for (auto k = after + 2; k + 2 < std::min(s.tok_end, after + 10); ++k) {
      const auto& w = a.seg.tokens[k].lower;
      if (w == ","sv || w == ";"sv || w == "and"sv || w == "since"sv || w == "("sv) break;
      if ((w == "that"sv || w == "which"sv) && k + 1 < s.tok_end)
        for (auto y = k + 2; y < std::min(s.tok_end, k + 6); ++y) {
          const auto& v = a.seg.tokens[y].lower;
          if (v == ","sv || v == ";"sv || v == "since"sv) break;
          if (v == "in"sv && (year(y + 1) || (y + 2 < s.tok_end && year(y + 2)))) return a.seg.tokens[year(y + 1) ? y + 1 : y + 2].lower;
        }
    }
  if (after + 1 < s.tok_end && (a.seg.tokens[after].lower == "was"sv || a.seg.tokens[after].lower == "were"sv)) ++after;
  // "the first summit of heads of state held in the same city in October 2019"
  if (after < s.tok_end && a.seg.tokens[after].lower == "of"sv)
    for (auto k = after + 1; k < std::min(s.tok_end, after + 6); ++k) {
      const auto& w = a.seg.tokens[k].lower;
      if (w == ","sv || w == ";"sv) break;
      if (w == "held"sv || w == "hosted"sv) {
        after = k;
        break;
      }
    }
  if (after < s.tok_end && (a.seg.tokens[after].lower == "held"sv || a.seg.tokens[after].lower == "hosted"sv))
    for (auto k = after + 1; k < std::min(s.tok_end, after + 9); ++k) {
      const auto& w = a.seg.tokens[k].lower;
      // "the first summit hosted by Spain since Cádiz in 2012": the year of another edition
      if (w == ","sv || w == ";"sv || w == "and"sv || w == "which"sv || w == "where"sv || w == "when"sv || w == "that"sv || w == "since"sv) break;
      if (year(k)) return w;
    }
  return "";
}
bool other_years(const Analysis& a, const Mention& m) { return !other_year(a, m).empty(); }


// A property's value, "" when there is none.
std::string prop(const Props& p, const char* k) {
  auto it = p.find(k);
  return it == p.end() ? std::string() : it->second;
}

// Nothing the two say of `keys` is against the other (what one leaves out agrees with anything).
bool nothing_against(const Props& x, const Props& y, std::initializer_list<const char*> keys) {
  for (const char* k : keys) {
    auto u = prop(x, k), v = prop(y, k);
    if (!u.empty() && !v.empty() && u != v) return false;
  }
  return true;
}

// "the 25th ... Meeting" is not "the 26th ... Meeting": two names with different numbers
bool numbers_differ(std::string_view x, std::string_view y) {
  auto nx = edition_number_in(x), ny = edition_number_in(y);
  return !nx.empty() && !ny.empty() && nx != ny;
}

// The topic is a meeting the text has only called "a summit" or "the talks", and the mention names
// a meeting of that kind ("the 47th ASEAN Summit") that says nothing against it.
bool names_bare_topic_any_number(const Entity& topic, const Mention& m) {
  // ("talks with X", named after the one met, is an encounter of its own)
  if (m.rule == "meeting.talks_with_person"sv) return false;
  auto tk = meeting_key(topic.name), mk = meeting_key(m.name);
  if (tk.empty() || mk.empty() || tk.front() != '|' || mk.front() == '|') return false;
  if (tk.substr(tk.find('|')) != mk.substr(mk.find('|'))) return false;
  // ("after a first face-to-face meeting", then "Ali and Maduro will meet again in Brasilia": the one to
  // come is another)
  if (prop(m.props, "status") == "planned"sv && prop(topic.props, "status") != "planned"sv) return false;
  return nothing_against(topic.props, m.props, {"place", "date", "status"});
}
// ... and not another edition: "the 25th ... Meeting" is not "the 26th"
bool names_bare_topic(const Entity& topic, const Mention& m) { return names_bare_topic_any_number(topic, m) && !numbers_differ(topic.name, m.name); }

// "The summit, held in the Chadian capital on 15 and 16 February, ...", later "the Coalition, launched at
// the Pau summit": a bare meeting its own clause placed is not renamed after a word that is not that
// place, nor a body or state the text names
bool named_after_another_place(const Analysis& a, int topic, const Mention& m) {
  if (m.rule != "meeting.named_noun"sv) return false;
  const auto& e = a.entities[static_cast<std::size_t>(topic)];
  if (e.sentence < 0) return false;
  const auto& toks = a.seg.tokens;
  const auto& s = a.seg.sentences[static_cast<std::size_t>(e.sentence)];
  std::string place;
  for (int j : a.mentions_of_sentence[static_cast<std::size_t>(e.sentence)]) {
    const auto& x = a.mentions[static_cast<std::size_t>(j)];
    if (x.entity != topic || x.label != Label::Meeting) continue;
    auto k = x.tok_end;
    if (k < s.tok_end && toks[k].lower == ","sv) ++k;
    if (!(k + 1 < s.tok_end && toks[k].lower == "held"sv && (toks[k + 1].lower == "in"sv || toks[k + 1].lower == "at"sv))) continue;
    k += 2;
    if (k < s.tok_end && toks[k].lower == "the"sv) ++k;
    for (int p : a.mentions_of_sentence[static_cast<std::size_t>(e.sentence)])
      if (a.mentions[static_cast<std::size_t>(p)].label == Label::Place && a.mentions[static_cast<std::size_t>(p)].tok_begin == k) place = a.mentions[static_cast<std::size_t>(p)].name;
    break;
  }
  if (place.empty()) return false;
  auto word = m.name.substr(0, m.name.find(' '));
  if (place.find(word) != std::string::npos) return false;
  for (const auto& x : a.mentions)
    if ((x.label == Label::Organization || x.label == Label::State || x.label == Label::Place) && (x.name.rfind(word, 0) == 0 || x.surface.rfind(word, 0) == 0))
      return false;
  return true;
}

// "Commonwealth leaders opened their biennial summit in Samoa", then "declared the Commonwealth Heads
// of Government Meeting open": the meeting the headline or lead told of only by its place, now named
// after its body (whatever noun its name ends in)
bool proper_name_of_lead_meeting_any_number(const Analysis& a, const Entity& topic, const Mention& m) {
  // ("the fourth Ukraine Recovery Conference": an edition of a named event)
  bool edition = m.rule == "meeting.ordinal_body"sv;
  // (a name of no body's counts as the subject of a lead sentence: "The Nordic–African Foreign Ministers'
  // Meeting, held at ..., was chaired by")
  auto lead_subject = [&] {
    const auto& s = a.seg.sentences[static_cast<std::size_t>(m.sentence)];
    return m.sentence <= 2 && m.tok_begin == s.tok_begin + 1 && a.seg.tokens[s.tok_begin].lower == "the"sv;
  };
  if ((m.rule != "meeting.proper_name"sv && !edition) || m.sentence > 3 || topic.sentence > 1 ||
      (prop(m.props, "convened_by").empty() && !edition && !lead_subject()))
    return false;
  if (!prop(topic.props, "convened_by").empty() || topic.props.count("kind")) return false;
  if (topic.rule != "meeting.noun_in_state"sv && topic.rule != "meeting.noun_in_place"sv && topic.rule != "meeting.place_noun"sv) return false;
  return nothing_against(topic.props, m.props, {"place", "date", "status"});
}
// ... and not another edition: "the 25th ... Meeting" is not "the 26th"
bool proper_name_of_lead_meeting(const Analysis& a, const Entity& topic, const Mention& m) {
  return proper_name_of_lead_meeting_any_number(a, topic, m) && !numbers_differ(topic.name, m.name);
}

// A meeting mention that only says where (or only who convened it) and the topic meeting that only
// says the other, with the same noun ("summit") and no date against it, are one meeting.
bool completes_topic_any_number(const Entity& topic, const Mention& m, const std::string& article_date) {
  auto noun = [](std::string_view name) {
    auto key = meeting_key(name);
    return key.substr(key.find('|'));
  };
  // ("a summit in Algiers", then "The one-day gathering of the GECF": "gathering" names any kind, in the
  // sentence that follows)
  bool gathering = last_word_is(m.name, "gathering") && m.sentence == topic.sentence + 1;
  if (noun(topic.name) != noun(m.name) && !gathering) return false;
  bool m_place = !prop(m.props, "place").empty(), m_conv = !prop(m.props, "convened_by").empty();
  bool t_place = !prop(topic.props, "place").empty(), t_conv = !prop(topic.props, "convened_by").empty();
  if (!((m_place && !m_conv && t_conv && !t_place) || (m_conv && !m_place && t_place && !t_conv))) return false;
  // "health ministers would meet next month in Roseau", in a report on the summit: another meeting
  if (prop(m.props, "status") == "planned"sv && prop(topic.props, "status") != "planned"sv) return false;
  auto md = prop(m.props, "date"), td = prop(topic.props, "date");
  // "the meeting in Normandy in 2014", in an article of 2022, is another meeting
  if (!md.empty() && article_date.size() >= 4 && md.compare(0, 4, article_date, 0, 4) != 0) return false;
  if (!md.empty() && !td.empty() && md != td) return false;
  // "the trilateral summit in Bishkek" and "the SCO summit": three leaders' meeting on the sidelines
  // of a body's, not the body's summit ("bilateral", "trilateral", "quadrilateral")
  auto counts_parties = [](std::string_view name) {
    for (auto at = name.find("lateral"); at != std::string_view::npos; at = name.find("lateral", at + 1))
      if (at >= 2 && (name[at - 2] == 'b' || name[at - 2] == 'B' || name[at - 2] == 'r') && name[at - 1] == 'i') return true;  // bi-, tri-, quadri-
    return false;
  };
  return counts_parties(topic.name) == counts_parties(m.name);
}
// ... and not another edition: "the 25th ... Meeting" is not "the 26th"
bool completes_topic(const Entity& topic, const Mention& m, const std::string& article_date) { return completes_topic_any_number(topic, m, article_date) && !numbers_differ(topic.name, m.name); }

// "the NATO foreign ministers' meeting" ... "a meeting of NATO foreign ministers" ("NATO meeting"),
// "Brussels summit" ... "an emergency summit in Brussels": a mention of the same body's (or, with no
// body, the same place's) same kind of meeting, one name's words all in the other's, and nothing said
// against it (place, date), is the topic again.
bool narrower_name_of_topic_any_number(const Analysis& a, const Entity& topic, const Mention& m) {
  auto conv = prop(m.props, "convened_by"), place = prop(m.props, "place");
  bool same_body = !conv.empty() && conv == prop(topic.props, "convened_by");
  bool same_place = !place.empty() && place == prop(topic.props, "place") && conv.empty() && prop(topic.props, "convened_by").empty();
  // the headline's meeting named again in the lead needs neither ("Trilateral Ministerial Meeting
  // (TMM)" below "Japan-U.S.-Republic of Korea Trilateral Ministerial Meeting")
  auto own_key = meeting_key(m.name, true);
  bool headline_in_lead = topic.sentence == 0 && m.sentence <= 2 && !own_key.empty() && own_key.front() != '|';
  if (!(same_body || same_place || headline_in_lead) || m.props.count("corefer")) return false;
  if (prop(m.props, "status") != prop(topic.props, "status")) return false;  // "the next full OPEC+ ministerial meeting"
  if (!nothing_against(topic.props, m.props, {"place", "date"})) return false;
  auto tk = meeting_key(topic.name, true), mk = meeting_key(m.name, true);
  auto bar_t = tk.find('|'), bar_m = mk.find('|');
  if (tk.substr(bar_t) != mk.substr(bar_m)) return false;  // a summit is not the ministers' meeting before it
  // one name's words all in the other's ("Brussels summit", "Brussels emergency summit"); the words
  // of the body's name or acronym count as in both ("Peace and Security Council summit", "PSC summit")
  std::string body_words;  // made when first needed
  auto body_word = [&](const std::string& w) {
    if (!same_body) return false;
    if (body_words.empty()) {
      body_words = " " + lower_utf8(conv) + " ";
      for (const auto& e : a.entities)
        if (e.label == Label::Organization && (e.name == conv || std::find(e.aliases.begin(), e.aliases.end(), conv) != e.aliases.end()))
          body_words += lower_utf8(e.name) + " " + lower_utf8(prop(e.props, "acronym")) + " ";
    }
    return body_words.find(w) != std::string::npos;
  };
  auto within = [&](const std::string& small, std::size_t small_end, const std::string& big, std::size_t big_end) {
    auto words = " " + big.substr(0, big_end);
    for (std::size_t b = 0; b < small_end;) {
      auto e = small.find(' ', b);
      if (e == std::string::npos || e > small_end) e = small_end;
      auto w = " " + small.substr(b, e - b) + " ";
      if (e > b && words.find(w) == std::string::npos && !body_word(w)) return false;
      b = e + 1;
    }
    return true;
  };
  // (not "the 47th ASEAN Summit" in a report on the ASEAN-GCC-China Summit: the bigger name's other
  // words name other parties, states or bodies of the article, and so another meeting)
  auto names_other_party = [&](const std::string& big, std::size_t big_end, const std::string& small, std::size_t small_end) {
    auto small_words = " " + small.substr(0, small_end);
    for (std::size_t b = 0; b < big_end;) {
      auto e = big.find(' ', b);
      if (e == std::string::npos || e > big_end) e = big_end;
      auto w = big.substr(b, e - b);
      b = e + 1;
      if (w.empty() || small_words.find(" " + w + " ") != std::string::npos || body_word(" " + w + " ")) continue;
      for (const auto& x : a.entities)
        if ((x.label == Label::State || x.label == Label::Organization) &&
            (word_key(lower_utf8(x.name)) == w || (!prop(x.props, "acronym").empty() && word_key(lower_utf8(prop(x.props, "acronym"))) == w)))
          return true;
    }
    return false;
  };
  return (within(mk, bar_m, tk, bar_t) && !names_other_party(tk, bar_t, mk, bar_m)) ||
         (within(tk, bar_t, mk, bar_m) && !names_other_party(mk, bar_m, tk, bar_t));
}
// ... and not another edition: "the 25th ... Meeting" is not "the 26th"
bool narrower_name_of_topic(const Analysis& a, const Entity& topic, const Mention& m) { return narrower_name_of_topic_any_number(a, topic, m) && !numbers_differ(topic.name, m.name); }

// A meeting known only from a verb and a place ("leaders meet in Montevideo") takes the name
// of the meeting the text names next (in the following sentences), unless that one is elsewhere or
// dated otherwise.
// A meeting known only from a verb: "leaders meet in Montevideo", or a gathering of people of no named
// body ("Leaders of the nine southern EU states met in Dubrovnik")
bool known_from_a_verb(std::string_view rule, const Props& props) {
  return rule == "meeting.verb_in_place"sv || (rule == "meeting.group_met"sv && prop(props, "convened_by").empty());
}

bool names_verb_meeting_any_number(const Analysis& a, const Entity& topic, const Mention& m) {
  // (a gathering takes the name the same sentence, or the next, gives it: "... met in Dubrovnik on
  // Friday for the annual MED9 summit")
  if (!known_from_a_verb(topic.rule, topic.props)) return false;
  if (topic.rule != "meeting.verb_in_place"sv && m.sentence > topic.sentence + 1) return false;
  // not a briefing or an encounter reported inside it
  if (m.props.count("corefer") || m.props.count("kind") || recalled_from_its_place(m) || m.rule == "meeting.verb_in_place"sv || m.rule.rfind("met.", 0) == 0 ||
      m.rule == "meeting.talks_with_person"sv || m.rule == "meeting.person_pair"sv)
    return false;
  if (!nothing_against(topic.props, m.props, {"place", "convened_by", "date"})) return false;
  if (m.sentence <= topic.sentence + 2) return true;  // named soon after
  // or later, as the meeting of the body the verb's sentence names ("NATO defence ministers meet in
  // Brussels" ... "the NATO defence ministers' meeting")
  // (or whose name holds the body's name or acronym: "the eleventh UfM Regional Forum")
  auto convener = prop(m.props, "convened_by");
  auto words = " " + std::string(normalized(m.name)) + " ";
  auto in_name = [&](const std::string& x) { return !x.empty() && words.find(" " + std::string(normalized(x)) + " ") != std::string::npos; };
  for (int oi : a.mentions_of_sentence[static_cast<std::size_t>(topic.sentence)]) {
    const auto& o = a.mentions[static_cast<std::size_t>(oi)];
    if (o.label != Label::Organization) continue;
    if (!convener.empty()) {
      if (o.name == convener) return true;
    } else if (o.entity >= 0) {
      const auto& body = a.entities[static_cast<std::size_t>(o.entity)];
      if (in_name(body.name) || in_name(prop(body.props, "acronym"))) return true;
    }
  }
  return false;
}
// ... and not another edition: "the 25th ... Meeting" is not "the 26th"
bool names_verb_meeting(const Analysis& a, const Entity& topic, const Mention& m) { return names_verb_meeting_any_number(a, topic, m) && !numbers_differ(topic.name, m.name); }

// The lead's "X met in Y on Friday" reports the meeting the headline named, when nothing in it
// (place, date, convener) says otherwise.
bool reports_headline_meeting_any_number(const Entity& topic, const Mention& m) {
  if (topic.sentence != 0 || m.sentence > 2 || topic.props.count("kind")) return false;
  return nothing_against(topic.props, m.props, {"place", "convened_by", "date"});
}
// ... and not another edition: "the 25th ... Meeting" is not "the 26th"
bool reports_headline_meeting(const Entity& topic, const Mention& m) { return reports_headline_meeting_any_number(topic, m) && !numbers_differ(topic.name, m.name); }

// The lead's bare "a summit" (no name of its own) after a headline that named a summit; or the
// lead's meeting in the very town of the headline's ("Honiara summit", "their annual meeting in
// Honiara").
bool lead_introduces_headline_meeting_any_number(const Entity& topic, const Mention& m) {
  if (topic.sentence != 0 || m.sentence > 2 || topic.props.count("kind") || m.props.count("kind") || m.rule.rfind("met.", 0) == 0 ||
      m.rule == "meeting.person_pair"sv || m.rule == "meeting.talks_with_person"sv)
    return false;
  if (!nothing_against(topic.props, m.props, {"place", "convened_by", "date", "status"})) return false;
  auto place = prop(m.props, "place");
  if (!place.empty() && place == prop(topic.props, "place")) return true;
  // "at the Pacific Islands Forum in Rarotonga" in the headline, "the Pacific Islands Forum leaders'
  // meeting" in the lead: the forum's gathering there
  auto body = prop(m.props, "convened_by");
  if (topic.rule == "meeting.forum_in_place"sv && !body.empty() && body == prop(topic.props, "convened_by")) return true;
  auto tk = meeting_key(topic.name), mk = meeting_key(m.name);
  if (tk.empty() || mk.empty() || mk.front() != '|') return false;
  return tk.substr(tk.find('|')) == mk;
}
// ... and not another edition: "the 25th ... Meeting" is not "the 26th"
bool lead_introduces_headline_meeting(const Entity& topic, const Mention& m) { return lead_introduces_headline_meeting_any_number(topic, m) && !numbers_differ(topic.name, m.name); }

// "3+3 regional consultative platform", "2+2 format": a format named by its number of parties
bool numbered_format(std::string_view name) {
  std::size_t i = 0;
  auto digits = [&] {
    auto b = i;
    while (i < name.size() && name[i] >= '0' && name[i] <= '9') ++i;
    return i > b;
  };
  if (!digits() || i >= name.size() || name[i] != '+') return false;
  ++i;
  return digits() && i < name.size() && name[i] == ' ';
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
}  // namespace

const std::string& meeting_key(std::string_view name, bool ignore_ordinals) {
  // remembered: meeting names recur across sentences and articles
  thread_local std::unordered_map<std::string, std::string, WordHash, std::equal_to<>> memo[2];
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
// "the Democratic Republic of Congo ... Congo's foreign minister": a short form two states share names
// the one the article names in full, when it never names the other in another way
void read_shared_short_names(Analysis& a) {
  auto comma_at = [&](std::uint32_t k) { return k < a.seg.tokens.size() && a.seg.tokens[k].lower == ","sv; };
  for (const auto& shared : a.lex.shared_short_names()) {
    bool usual = false, alternative = false;
    std::set<int> short_in, alternative_in;  // sentences (of the short form as a list's item)
    for (const auto& m : a.mentions) {
      if (m.label != Label::State) continue;
      bool short_form = lower_utf8(m.surface) == shared.short_form;
      usual = usual || (m.name == shared.usual && !short_form);
      alternative = alternative || m.name == shared.alternative;
      if (m.name == shared.usual && ((m.tok_begin > 0 && comma_at(m.tok_begin - 1)) || comma_at(m.tok_end))) short_in.insert(m.sentence);
      if (m.name == shared.alternative) alternative_in.insert(m.sentence);
    }
    // ("Cameroon, Congo, Côte d'Ivoire, the Democratic Republic of the Congo": both, side by side)
    for (int s : short_in) usual = usual || alternative_in.count(s);
    if (!alternative || usual) continue;
    for (auto& m : a.mentions)
      if (m.label == Label::State && m.name == shared.usual) m.name = shared.alternative;
  }
}

}  // namespace

void resolve(Analysis& a) {
  read_shared_short_names(a);
  std::unordered_map<std::string, int> by_key;
  std::unordered_map<std::string, int> meeting_by_convener;  // organization name -> meeting entity
  int topic = -1;
  int verb_meeting = -1;  // the first meeting known only from a verb ("leaders meet in Montevideo")
  std::size_t next_sentence = 0;
  a.topic_by_sentence.assign(a.seg.sentences.size(), -1);

  // "the 25th ... Meeting" and "the 27th ... Meeting" are two meetings, though "the 26th ASEAN Summit"
  // is "the ASEAN Summit" of its article: the number a meeting was first named with
  std::unordered_map<int, std::string> number_of_meeting;
  auto remember_number = [&](int e, const Mention& m) {
    if (m.label != Label::Meeting) return;
    if (auto n = edition_number_in(m.name); !n.empty()) number_of_meeting.emplace(e, std::move(n));
  };
  auto key_of = [&](const Mention& m) -> std::string {
    if (m.label == Label::Meeting) {
      auto base = "M|" + meeting_key(m.name, true) + (m.kind == "indefinite"sv ? "#" + std::to_string(m.sentence) : "");
      auto n = edition_of_mention(a, m);
      if (n.empty()) return base;
      auto it = by_key.find(base);
      if (it == by_key.end()) return base;
      auto known = number_of_meeting.find(it->second);
      return known == number_of_meeting.end() || known->second == n ? base : base + "#" + n;
    }
    switch (m.label) {
      case Label::State: return "S|" + m.name;
      case Label::Place: return "P|" + name_key(m.name);
      // "the 3+3 regional consultative platform", "the 3+3 format": a numbered format is its number
      case Label::Organization: return "O|" + (numbered_format(m.name) ? m.name.substr(0, m.name.find(' ')) : name_key(m.name));
      case Label::Person: return "H|" + person_key(m.name);
      // an indefinite "a meeting" is one of its own, not another sentence's "a meeting"
      case Label::Meeting: return "M|" + meeting_key(m.name, true) + (m.kind == "indefinite"sv ? "#" + std::to_string(m.sentence) : "");
      default: return "";
    }
  };

  // The meeting `e` is mentioned again and named by mention `m` ("the 47th ASEAN Summit" after "a summit").
  auto name_meeting = [&](int e, Mention& m) {
    auto& ent = a.entities[static_cast<std::size_t>(e)];
    m.entity = e;
    ++ent.mentions;
    ent.name = m.name;
    ent.rule = m.rule;
    by_key.emplace(key_of(m), e);
    remember_number(e, m);
    for (const auto& [k, v] : m.props)
      if (!v.empty() && !ent.props.count(k)) ent.props[k] = v;
  };

  // A live blog's entries start with their time ("16:10 — Wang: ..."): each is about the event the
  // headline names again, not about the meeting the entry below it mentioned last.
  const auto& toks = a.seg.tokens;
  auto is_time = [](std::string_view t) {  // "16:10", "9:05"
    auto c = t.find(':');
    return c != std::string_view::npos && c >= 1 && c <= 2 && t.size() >= c + 3 && std::isdigit(static_cast<unsigned char>(t[0])) &&
           std::isdigit(static_cast<unsigned char>(t[c + 1])) && std::isdigit(static_cast<unsigned char>(t[c + 2]));
  };
  auto starts_entry = [&](std::size_t si) {
    const auto& s = a.seg.sentences[si];
    if (si == 0 || s.tok_begin >= s.tok_end) return false;
    // the time opens the sentence, or stands on a line of its own just before it
    const auto& prev = a.seg.sentences[si - 1];
    auto from = prev.tok_end > prev.tok_begin ? toks[prev.tok_end - 1].end : 0;
    std::string_view gap(a.doc.text.data() + from, toks[s.tok_begin].begin - from);
    for (std::size_t b = 0; b < gap.size();) {
      auto e = gap.find('\n', b);
      if (e == std::string_view::npos) e = gap.size();
      auto line = gap.substr(b, e - b);
      while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
      if (is_time(line.substr(0, 5))) return true;
      b = e + 1;
    }
    std::string_view first(a.doc.text.data() + toks[s.tok_begin].begin, std::min<std::size_t>(5, a.doc.text.size() - toks[s.tok_begin].begin));
    return is_time(first);
  };
  int headline_meeting = -1;
  // the ordinal the lead gives a meeting ("The fourth meeting of the platform", "the seventh summit
  // of CICA"); ordinals later in the text count encounters ("their second meeting")
  std::map<int, std::string> edition_of;
  // the ordinal the lead gave the topic meeting, "" if none
  auto edition_of_topic = [&] {
    auto it = edition_of.find(topic);
    return it == edition_of.end() ? std::string() : it->second;
  };
  auto note_edition = [&](const Mention& m, int e) {
    if (m.sentence > 2 || e < 0) return;
    if (auto k = ordinal_start(a, m); k != m.tok_begin) edition_of.emplace(e, a.seg.tokens[k].lower);
  };
  // the mention is the topic meeting again: it counts, and lends what it says (place, date, convener)
  auto join_topic = [&](Mention& m) {
    auto& e = a.entities[static_cast<std::size_t>(topic)];
    m.entity = topic;
    note_edition(m, topic);
    // ("Tunis session" in the headline, "the 42nd session of the Council" in the lead: the 42nd, and "its
    // 43rd session in Tunis" is another)
    remember_number(topic, m);
    ++e.mentions;
    for (const auto& [k, v] : m.props)
      if (!v.empty() && !e.props.count(k)) e.props[k] = v;
  };
  for (std::size_t mi = 0; mi < a.mentions.size(); ++mi) {
    auto& m = a.mentions[mi];
    // what the words around the mention say of it, asked again and again below: each worked out once
    std::optional<bool> next_cue, earlier_cue, indefinite_cue, other_years_cue;
    auto once = [&m, &a](std::optional<bool>& answer, bool (*test)(const Analysis&, const Mention&)) {
      if (!answer) answer = test(a, m);
      return *answer;
    };
    auto next = [&] { return once(next_cue, next_one); };
    auto earlier = [&] { return once(earlier_cue, earlier_one); };
    auto introduced_by_a = [&] { return once(indefinite_cue, indefinite); };
    auto another_year = [&] { return once(other_years_cue, other_years); };
    // "the second Korea–Central Asia summit", in a report on the first: another edition
    auto other_edition = [&] {
      auto known = number_of_meeting.find(topic);
      if (known == number_of_meeting.end()) return false;
      auto n = edition_of_mention(a, m);
      return !n.empty() && n != known->second;
    };
    while (next_sentence <= static_cast<std::size_t>(m.sentence) && next_sentence < a.topic_by_sentence.size()) {
      if (headline_meeting >= 0 && starts_entry(next_sentence)) topic = headline_meeting;
      a.topic_by_sentence[next_sentence++] = topic;
    }
    // (or, when the headline names none, the lead's: "Live: FfD4 opens in Seville", then "live coverage of the
    // Fourth International Conference on Financing for Development")
    if (headline_meeting < 0 && m.sentence > 0 && topic >= 0 && a.entities[static_cast<std::size_t>(topic)].sentence <= 2 &&
        prop(a.entities[static_cast<std::size_t>(topic)].props, "status") != "planned"sv)
      headline_meeting = topic;
    if (m.label == Label::Title || m.label == Label::Date || m.label == Label::None) continue;
    // "The 29th meeting of the ECO Council of Ministers, held at ..., was the first ministerial
    // gathering of the organisation": what a meeting is said to be is that meeting
    if (m.label == Label::Meeting) {
      const auto& s = a.seg.sentences[static_cast<std::size_t>(m.sentence)];
      // (the verb a few words before the noun: "was the first ministerial gathering"; the words
      // between are read only when the verb is there)
      auto k = m.tok_begin;
      while (k > s.tok_begin && k + 6 > m.tok_begin && toks[k - 1].lower != "was"sv && toks[k - 1].lower != "is"sv) --k;
      // ("which is meeting today": the verb, not a copula)
      bool copula = k > s.tok_begin && k + 6 > m.tok_begin && k < m.tok_begin;
      for (auto j = k; copula && j < m.tok_begin; ++j)
        copula = !toks[j].has(kCap) && (determiner(toks[j].lower) || toks[j].lower == "only"sv || toks[j].lower == "largest"sv || toks[j].lower == "such"sv ||
                                        toks[j].lower == "biggest"sv || a.lex.in_class(toks[j].lower, "meeting_mod") || a.lex.in_class(toks[j].lower, "ordinal"));
      // (the sentence's first meeting, its subject: "The 12th meeting of the council, held at ..., was")
      int subject = -1;
      std::uint32_t subject_at = k;
      for (int j : a.mentions_of_sentence[static_cast<std::size_t>(m.sentence)])
        if (copula && static_cast<std::size_t>(j) < mi && a.mentions[j].label == Label::Meeting && a.mentions[j].entity >= 0 &&
            a.mentions[j].tok_end < k && a.mentions[j].tok_begin < subject_at) {
          subject = a.mentions[j].entity;
          subject_at = a.mentions[j].tok_begin;
        }
      if (subject >= 0 && !earlier() && !next()) {
        auto& e = a.entities[static_cast<std::size_t>(subject)];
        m.entity = subject;
        ++e.mentions;
        continue;
      }
    }
    if (m.label == Label::Meeting && m.props.count("corefer") && topic >= 0 && next()) {
      // "the next summit will be held in Rio": another meeting of the series, not the one at hand
      m.props.erase("corefer");
      m.name = "next " + normalized(m.surface);
      m.props["status"] = "planned";
    }
    if (m.label == Label::Meeting && (!m.props.count("date") || m.props["date"].empty()))
      if (auto y = other_year(a, m); !y.empty()) m.props["date"] = y;
    // "... revive IBSA in Brasília and aim for a summit in Johannesburg": a meeting the headline
    // looks forward to
    if (m.label == Label::Meeting && m.sentence == 0 && introduced_by_a() &&
        cue_before(a, m, 4, {"aim", "aims", "eye", "eyes", "eyeing", "seek", "seeks", "plan", "plans", "prepare", "prepares", "toward", "towards"}, {}))
      m.props["status"] = "planned";
    // "Kishida will chair the first leaders' meeting of the AZEC at the Prime Minister's Office": a meeting
    // the text says nothing else of the time of, still to come
    if (m.label == Label::Meeting && m.sentence > 0 && !m.props.count("status") && !m.props.count("date") && (will_chair(a, m) || put_on_calendar(a, m)))
      m.props["status"] = "planned";
    // "Micronesian leaders close ranks ... ahead of Forum meeting in Tonga": a headline's meeting still to come
    if (m.label == Label::Meeting && m.sentence == 0 && !m.props.count("date") && cue_before(a, m, 4, {"ahead"}, {}))
      m.props["status"] = "planned";
    if (m.label == Label::Meeting && m.props.count("corefer") && topic >= 0 &&
        prop(a.entities[static_cast<std::size_t>(topic)].props, "status") != "planned"sv) {
      // "the trilateral meeting of the defence ministers ... will be held in Tbilisi", after the
      // foreign ministers met: another meeting, still to come
      if (auto end = later_meeting_of_others(a, m); end != m.tok_end) {
        m.props.erase("corefer");
        m.name = normalized(a.text_of(m.tok_begin, end));
        m.props["status"] = "planned";
      }
    }
    if (m.label == Label::Meeting && m.props.count("corefer") && topic >= 0 &&
        other_ordinal(a, m, a.entities[static_cast<std::size_t>(topic)], edition_of_topic())) {
      // "since the first round in February", in a report on the third: another round, recalled in passing
      m.props.erase("corefer");
      m.name = normalized(a.text_of(ordinal_start(a, m), m.tok_end));
      m.kind = "indefinite";
    }
    if (m.label == Label::Meeting && m.props.count("corefer") && topic >= 0 && (earlier() || another_year())) {
      // "last year's summit in Hiroshima", "the previous round": an earlier meeting of the series
      m.props.erase("corefer");
      m.name = normalized(m.surface);
    }
    if (m.label == Label::Meeting && m.props.count("corefer") && topic >= 0 && m.name != m.surface &&
        a.entities[static_cast<std::size_t>(topic)].rule == m.rule && normalized(a.entities[static_cast<std::size_t>(topic)].name) != normalized(m.name)) {
      // "the meeting of the heads of government of the group", in a report on the meeting of its
      // foreign ministers: another meeting of the body (a name the rule made differs)
      m.props.erase("corefer");
    }
    if (m.label == Label::Meeting && m.props.count("corefer") && topic < 0) {
      // "held talks with ...", "at their 64th ordinary summit" before any meeting was named: the first
      // meeting of the article (named later after its place or convener, or dropped); a name the rule
      // gave it ("CEI foreign ministers meeting") is kept
      m.props.erase("corefer");
      if (m.name == m.surface) m.name = normalized(m.surface);
    }
    // "talks" held on the sidelines of a summit are not the summit: a talks-noun refers back only to
    // talks (or to a meeting of no particular kind)
    if (m.label == Label::Meeting && m.props.count("corefer") && topic >= 0) {
      auto cls = [](const std::string& name) {
        auto k = meeting_key(name);
        return k.substr(k.find('|') + 1);
      };
      auto mine = cls(m.surface), theirs = cls(a.entities[static_cast<std::size_t>(topic)].name);
      // "the dialogue", after a side meeting became the topic: the headline's meeting, when its name ends
      // in that noun ("Shangri-La Dialogue") and the topic's does not
      auto head = norm_words(m.surface), topic_words = norm_words(a.entities[static_cast<std::size_t>(topic)].name);
      if (!head.empty() && head.back() != "meeting"sv && head.back() != "talks"sv && head.back() != "meetings"sv &&
          (topic_words.empty() || topic_words.back() != head.back()))
        for (std::size_t e = 0; e < a.entities.size(); ++e) {
          const auto& x = a.entities[e];
          if (x.label != Label::Meeting || x.sentence != 0 || prop(x.props, "status") == "planned"sv || x.name.rfind("next ", 0) == 0) continue;
          auto words = norm_words(x.name);
          if (words.size() < 2 || words.back() != head.back()) continue;
          topic = static_cast<int>(e);
          theirs = cls(x.name);
          break;
        }
      // "... prepared the ground for the Fourth Summit. Ministers of 41 states attended the
      // Conference": "the Conference" is the conference named before, not the summit last named (in
      // lower case too: "Guterres opened the conference", after an entry on the G20 summit to come)
      if (mine != theirs && mine != "meeting"sv && theirs != "meeting"sv && mine != "talks"sv)
        for (auto e = a.entities.size(); e-- > 0;) {
          const auto& x = a.entities[e];
          if (x.label != Label::Meeting || x.name.rfind("next ", 0) == 0 || prop(x.props, "status") == "planned"sv || cls(x.name) != mine) continue;
          topic = static_cast<int>(e);
          theirs = mine;
          break;
        }
      if (mine == "talks"sv && theirs != "talks"sv && theirs != "meeting"sv) {
        m.props.erase("corefer");
        m.name = normalized(m.surface);
      }
    }
    // "... aim for a summit in Durban" in the headline, "met in Recife for the first meeting of the
    // forum" below: a meeting held now is not the one looked forward to
    if (m.label == Label::Meeting && m.props.count("corefer") && topic >= 0 &&
        prop(a.entities[static_cast<std::size_t>(topic)].props, "status") == "planned"sv && prop(m.props, "status") != "planned"sv &&
        !still_to_hold(a, m)) {
      m.props.erase("corefer");
      m.name = normalized(m.surface);
    }
    // "at a meeting in the Tanzanian capital on June 10": a meeting the text introduces, not the one
    // at hand
    if (m.label == Label::Meeting && m.props.count("corefer") && topic >= 0 && introduced_by_a()) {
      m.props.erase("corefer");
      // ("A trilateral meeting among ...": named with the words that say what kind, past the lead,
      // where "an extraordinary summit" may still be the headline's)
      const auto& s = a.seg.sentences[static_cast<std::size_t>(m.sentence)];
      auto k = m.tok_begin;
      while (m.sentence > 2 && k > s.tok_begin && k + 3 > m.tok_begin && !toks[k - 1].has(kCap) && a.lex.in_class(toks[k - 1].lower, "meeting_mod")) --k;
      m.name = normalized(a.text_of(k, m.tok_end));
      m.kind = "indefinite";
    }
    if (m.label == Label::Meeting && m.props.count("corefer")) {
      m.entity = topic;
      note_edition(m, topic);
      if (topic >= 0) {
        auto& e = a.entities[static_cast<std::size_t>(topic)];
        ++e.mentions;
        for (const auto& [k, v] : m.props)
          if (k != "corefer"sv && !v.empty() && !e.props.count(k)) e.props[k] = v;
      }
      continue;
    }
    if (m.label == Label::Meeting && next()) {
      // "the next UK-France Summit": not the 38th one the article is about (a rule may have named it
      // so already: "the next ministerial meeting of the group")
      if (m.name.rfind("next ", 0) != 0 && m.name.find(" next ") == std::string::npos) m.name = "next " + m.name;
      m.props["status"] = "planned";
    }
    // (not by another meeting of the series: "The next G20 finance ministers' meeting will take place in Washington")
    if (m.label == Label::Meeting && verb_meeting >= 0 && !next() && !earlier() && !another_year() &&
        names_verb_meeting(a, a.entities[static_cast<std::size_t>(verb_meeting)], m)) {
      // "Mercosur leaders meet in Montevideo" in the headline, "the Mercosur summit" below: the
      // meeting the verb announced, now with its name
      name_meeting(verb_meeting, m);
      note_edition(m, m.entity);
      topic = verb_meeting;
      continue;
    }
    if (m.label == Label::Meeting && topic >= 0 && !other_edition() && !earlier() && !another_year() && !next() && !introduced_by_a() &&
        ((names_bare_topic(a.entities[static_cast<std::size_t>(topic)], m) && !named_after_another_place(a, topic, m)) ||
         proper_name_of_lead_meeting(a, a.entities[static_cast<std::size_t>(topic)], m))) {
      // "at a summit where Myanmar's seat was left vacant", then "the 47th ASEAN Summit": the
      // meeting the text had not named yet, now with its name
      name_meeting(topic, m);
      note_edition(m, m.entity);
      continue;
    }
    // (not "the third China–Arab States Summit", in a report on the second)
    if (m.label == Label::Meeting && topic >= 0 && !other_edition() && !earlier() && !another_year() && !next() &&
        narrower_name_of_topic(a, a.entities[static_cast<std::size_t>(topic)], m) &&
        !other_ordinal(a, m, a.entities[static_cast<std::size_t>(topic)], edition_of_topic())) {
      join_topic(m);
      continue;
    }
    // (not "the conference and the Foreign Affairs Council, which is meeting today in the Justus Lipsius building")
    if (m.label == Label::Meeting && topic >= 0 && !other_edition() && !earlier() && !another_year() && !next() &&
        m.rule != "meeting.body_is_meeting_in"sv && !(m.sentence > 2 && introduced_by_a()) && completes_topic(a.entities[static_cast<std::size_t>(topic)], m, a.doc.date) &&
        // (not "will hold its 82nd meeting in Basseterre", in a report on the 81st)
        !(prop(a.entities[static_cast<std::size_t>(topic)].props, "status") != "planned"sv && still_to_hold(a, m)) &&
        !other_ordinal(a, m, a.entities[static_cast<std::size_t>(topic)], edition_of_topic())) {
      // "Jeddah summit" in the headline, "the 32nd Arab League summit" below: one meeting, now with its convener
      join_topic(m);
      continue;
    }
    // "... elected president of the Fourth International Conference on Small Island Developing States, as
    // delegates gathered ... for the four-day United Nations meeting": a body's meeting, in the sentence that
    // named the topic, is the topic again
    if (m.label == Label::Meeting && topic >= 0 && m.rule == "meeting.org_noun"sv && !m.props.count("corefer") &&
        a.entities[static_cast<std::size_t>(topic)].sentence == m.sentence && last_word_is(m.name, "meeting") &&
        !a.seg.tokens[m.tok_begin].has(kCap) && prop(a.entities[static_cast<std::size_t>(topic)].props, "convened_by").empty() &&
        nothing_against(a.entities[static_cast<std::size_t>(topic)].props, m.props, {"place", "date", "status"}) && !other_edition() &&
        !earlier() && !another_year() && !next()) {
      join_topic(m);
      continue;
    }
    // "the ASEAN-Australia Special Summit", then "The Special Summit brought together": the topic's name
    // without its first words
    if (m.label == Label::Meeting && topic >= 0 && m.name.find(' ') != std::string::npos && a.seg.tokens[m.tok_begin].has(kCap) &&
        !other_edition() && !earlier() && !another_year() && !next()) {
      const auto& tn = a.entities[static_cast<std::size_t>(topic)].name;
      if (tn.size() > m.name.size() + 1 && tn.ends_with(m.name) && tn[tn.size() - m.name.size() - 1] == ' ' &&
          nothing_against(a.entities[static_cast<std::size_t>(topic)].props, m.props, {"place", "date", "status"})) {
        join_topic(m);
        continue;
      }
    }
    // "spoke at the summit's plenary session at the centre, where Albanese hosted the heads of government
    // of ASEAN": the hosting is the meeting the sentence already named
    if (m.label == Label::Meeting && topic >= 0 && m.rule == "meeting.hosted_people_of_body"sv && !other_edition() && !earlier() &&
        !another_year() && !next() && std::ranges::any_of(a.mentions_of_sentence[static_cast<std::size_t>(m.sentence)], [&](int j) {
          return static_cast<std::size_t>(j) < mi && a.mentions[j].label == Label::Meeting && a.mentions[j].entity == topic;
        })) {
      join_topic(m);
      continue;
    }
    if (m.label == Label::Meeting && topic >= 0 && !other_edition() && !earlier() && !another_year() && !next() &&
        lead_introduces_headline_meeting(a.entities[static_cast<std::size_t>(topic)], m)) {
      // "ECCAS summit" in the headline, "leaders agreed at an extraordinary summit in the Gabonese
      // capital on Friday" in the lead: the lead introduces the meeting the headline named
      join_topic(m);
      continue;
    }
    if (m.label == Label::Meeting && topic >= 0 && !other_edition() && m.rule == "meeting.group_met"sv && reports_headline_meeting(a.entities[static_cast<std::size_t>(topic)], m)) {
      // "Seoul talks" in the headline, "the No. 2 diplomats of ... met in Seoul on Friday" in the lead
      join_topic(m);
      continue;
    }
    // "Van Klaveren" after "Alberto van Klaveren": a family name with its particle, written as a name
    // of its own
    if (m.label == Label::Person && m.name.find(' ') != std::string::npos &&
        a.lex.in_class(lower_utf8(std::string_view(m.name).substr(0, m.name.find(' '))), "name_particle")) {
      int bearer = -1;
      for (std::size_t e = 0; e < a.entities.size() && bearer < 0; ++e)
        if (a.entities[e].label == Label::Person && a.entities[e].name != m.name && a.entities[e].name.size() > m.name.size() &&
            lower_utf8(a.lex.family_name(a.entities[e].name)) == lower_utf8(m.name))
          bearer = static_cast<int>(e);
      if (bearer >= 0) {
        m.entity = bearer;
        ++a.entities[static_cast<std::size_t>(bearer)].mentions;
        continue;
      }
    }
    // "Sheikh Mohamed" after "Mohamed bin Zayed Al Nahyan": a name with a patronymic ("bin", "ibn") is
    // shortened to its given name, when one person of the article bears it
    if (m.label == Label::Person && m.name.find(' ') == std::string::npos) {
      int bearer = -1, bearers = 0;
      for (std::size_t e = 0; e < a.entities.size(); ++e) {
        const auto& n = a.entities[e].name;
        if (a.entities[e].label != Label::Person || n.size() <= m.name.size() + 1 || n.compare(0, m.name.size(), m.name) != 0 || n[m.name.size()] != ' ')
          continue;
        if (n.find(" bin ") == std::string::npos && n.find(" ibn ") == std::string::npos && n.find(" bint ") == std::string::npos) continue;
        bearer = static_cast<int>(e);
        ++bearers;
      }
      if (bearers == 1) {
        m.entity = bearer;
        ++a.entities[static_cast<std::size_t>(bearer)].mentions;
        continue;
      }
    }
    if (m.label == Label::Meeting && topic >= 0 && meeting_key(m.name).front() == '|' && (earlier() || another_year())) {
      // "the last AU-led round", in a report on this round: an earlier one, named by the words before its noun
      const auto& s = a.seg.sentences[static_cast<std::size_t>(m.sentence)];
      auto b = m.tok_begin;
      while (b > s.tok_begin && b + 5 > m.tok_begin && (!a.seg.tokens[b - 1].has(kPunct) || a.seg.tokens[b - 1].lower == "-"sv) &&
             !determiner(a.seg.tokens[b - 1].lower))
        --b;
      m.name = std::string(a.text_of(b, m.tok_end));
    }
    // "The first ASEAN-Australia Special Summit was held in Sydney in March 2018", in a report on the
    // special summit of 2024: the same name, another edition
    if (m.label == Label::Meeting && meeting_key(m.name).front() != '|' && by_key.count(key_of(m)) && another_year()) {
      auto k = ordinal_start(a, m);
      m.name = k != m.tok_begin ? a.seg.tokens[k].lower + " " + m.name : m.name + " " + other_year(a, m);
    }
    auto key = key_of(m);
    if (key.empty()) continue;
    auto [it, added] = by_key.emplace(key, static_cast<int>(a.entities.size()));
    remember_number(it->second, m);
    if (added) {
      Entity e;
      e.label = m.label;
      e.name = m.name;
      // (an organ keeps the name of its body: "IORA Council of Ministers", written "its Council of Ministers")
      if (m.label == Label::Organization && !m.surface.empty() && m.rule != "dateline.agency"sv && !m.props.count("organ_of")) e.name = m.surface;
      e.sentence = m.sentence;
      e.rule = m.rule;
      e.confidence = m.rule == "gazetteer"sv ? 0.95 : 0.85;
      if (!m.kind.empty() && (m.label == Label::Organization || m.label == Label::Place) && m.kind != "capital"sv)
        e.props["kind"] = m.kind;
      if (known_from_a_verb(m.rule, m.props) && verb_meeting < 0) verb_meeting = static_cast<int>(a.entities.size());
      a.entities.push_back(std::move(e));
    }
    auto& e = a.entities[static_cast<std::size_t>(it->second)];
    m.entity = it->second;
    if (m.label == Label::Meeting) note_edition(m, m.entity);
    ++e.mentions;
    // a person is named by the fullest form seen
    if (m.label == Label::Person && m.name.size() > e.name.size() && std::string(person_key(m.name)) == person_key(e.name)) e.name = m.name;
    // a body first written another way ("M23 rebels") is named as the text also writes it in full ("M23")
    if (m.label == Label::Organization && m.rule == "gazetteer"sv && m.surface == m.name && e.name != m.name) {
      std::erase(e.aliases, m.name);
      e.aliases.push_back(e.name);
      e.name = m.name;
    }
    auto add_alias = [&](const std::string& alias) {
      // (the cheap tests first: most mentions repeat a form already seen)
      if (alias.empty() || alias == e.name) return;
      for (const auto& x : e.aliases)
        if (x == alias) return;
      if (std::string(normalized(alias)) == normalized(e.name)) return;
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
      // an encounter ("held talks with Qin") is reported, not what the next sentences are about
      // nor is a meeting the text introduces ("agreed to hold a fourth round in Rome") while it
      // reports another
      // nor is one of another year ("at the Cairo summit in December 2024")
      // nor "a separate ASEAN Plus Three session" held beside it
      // nor a meal taken during it ("continued the talks over a working lunch in Nova Gorica"), nor one
      // someone looks forward to ("looked forward to attending the 46th ASEAN Summit"), nor one named in
      // an office ("the Executive Director of COP30, X, presented ...")
      bool introduced = topic >= 0 && (m.kind == "indefinite"sv || another_year() || cue_before(a, m, 5, {"forward"}, {}) || a.named_in_title(m) ||
                                       (introduced_by_a() && (still_to_hold(a, m) || m.sentence > 2 || meal(a, m) || cue_before(a, m, 4, {"separate"}, {"a", "an"}))) ||
                                       (m.props.count("status") && m.props.at("status") == "planned"sv) ||
                                       // (nor a body's meeting in a clause: "and the Foreign Affairs Council, which is meeting today")
                                       m.rule == "meeting.body_is_meeting_in"sv);
      bool passing = mentioned_in_passing(a, m);
      // (a body named later brings back its meeting as the topic, unless that one was named in passing:
      // "ahead of the NATO Summit", then "the Secretary General of NATO took part in the meeting")
      if (m.props.count("convened_by") && !(passing && topic >= 0)) meeting_by_convener[m.props["convened_by"]] = m.entity;
      if ((!passing || topic < 0) && m.rule != "meeting.talks_with_person"sv && m.rule != "meeting.person_pair"sv &&
          m.rule != "meeting.states_pair"sv && !introduced)
        topic = m.entity;
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
