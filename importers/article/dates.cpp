#include "importers/article/dates.hpp"

#include <charconv>
#include <cstdint>
#include <chrono>
#include <optional>
#include <cstdio>
#include <string_view>

namespace fg::importers::article {

using namespace std::string_view_literals;  // `== "x"sv` compares inline, without strlen

namespace {

using namespace std::chrono;

int weekday_number(std::string_view w) {  // 0 = Sunday
  static const std::string_view days[] = {"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"};
  if (!w.ends_with("day"sv)) return -1;  // most words: no day's name
  for (int i = 0; i < 7; ++i)
    if (w == days[i]) return i;
  return -1;
}

std::string iso(int y, int m, int d) {
  char buf[48];
  const bool usual = y >= 0 && y <= 9999 && m >= 0 && m <= 99 && d >= 0 && d <= 99;
  if (!usual) {
    if (d > 0) std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
    else if (m > 0) std::snprintf(buf, sizeof buf, "%04d-%02d", y, m);
    else std::snprintf(buf, sizeof buf, "%04d", y);
    return buf;
  }
  // the numbers of real dates, written as the formats above would without the cost of snprintf
  auto two_digits = [](char* at, int v) {
    at[0] = static_cast<char>('0' + v / 10);
    at[1] = static_cast<char>('0' + v % 10);
  };
  two_digits(buf, y / 100);
  two_digits(buf + 2, y % 100);
  std::size_t n = 4;
  if (d > 0 || m > 0) {
    buf[n] = '-';
    two_digits(buf + n + 1, m);
    n += 3;
  }
  if (d > 0) {
    buf[n] = '-';
    two_digits(buf + n + 1, d);
    n += 3;
  }
  return std::string(buf, n);
}

// The number the digits spell (read_document made sure a date has only digits there).
int digits_value(std::string_view digits) {
  int v = 0;
  std::from_chars(digits.data(), digits.data() + digits.size(), v);
  return v;
}

std::optional<year_month_day> article_day(const Document& doc) {
  if (doc.date.size() != 10) return std::nullopt;
  const std::string_view date = doc.date;
  int y = digits_value(date.substr(0, 4));
  auto m = static_cast<unsigned>(digits_value(date.substr(5, 2)));
  auto d = static_cast<unsigned>(digits_value(date.substr(8, 2)));
  return year_month_day{year{y}, month{m}, day{d}};
}

bool number(const Token& t, int lo, int hi, int& out) {
  if (!t.has(kDigit)) return false;
  // "20-21": a range of days starts on its first
  std::string_view digits = t.lower;
  if (auto dash = digits.find('-'); dash != std::string_view::npos && dash > 0 && dash <= 2 && digits.size() <= dash + 3) digits = digits.substr(0, dash);
  // "14th November", "November 1st": a day written as an ordinal
  if (hi <= 31 && digits.size() >= 3 && digits.size() <= 4 &&
      (digits.ends_with("st") || digits.ends_with("nd") || digits.ends_with("rd") || digits.ends_with("th")))
    digits.remove_suffix(2);
  if (digits.size() > 4) return false;
  for (char c : digits)
    if (c < '0' || c > '9') return false;
  int v = digits_value(digits);
  if (v < lo || v > hi) return false;  // and leave `out` alone: "May 2023" is no 2023rd of May
  out = v;
  return true;
}

// Does the sentence speak of the future?
bool future_tense(const std::vector<Token>& toks, const Sentence& s) {
  for (auto i = s.tok_begin; i < s.tok_end; ++i) {
    std::string_view w = toks[i].lower;  // compared as views: lengths first
    using namespace std::string_view_literals;
    if (w == "will"sv || w == "scheduled"sv || w == "due"sv || w == "planned"sv || w == "upcoming"sv || w == "next"sv ||
        w == "shall"sv || w == "expected"sv || w == "set"sv || w == "'ll"sv)
      return true;
    // "later this month" looks ahead; "later on Thursday, X received Y" tells what followed
    if (w == "later"sv && i + 1 < s.tok_end && (toks[i + 1].lower == "this"sv || toks[i + 1].lower == "today"sv || toks[i + 1].lower == "tonight"sv))
      return true;
  }
  return false;
}

}  // namespace

int month_number(std::string_view w) {
  static const std::string_view months[] = {"january", "february", "march", "april", "may", "june", "july",
                                            "august", "september", "october", "november", "december"};
  static const std::string_view abbr[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sept", "oct", "nov", "dec"};
  // (most words asked about start with a letter no month starts with, or a digit)
  constexpr auto initial = [](char c) { return std::uint32_t{1} << (c - 'a'); };
  constexpr std::uint32_t kInitials = initial('j') | initial('f') | initial('m') | initial('a') | initial('s') | initial('o') | initial('n') | initial('d');
  if (w.size() < 3 || w.front() < 'a' || w.front() > 'z' || !(kInitials & initial(w.front()))) return 0;
  for (int i = 0; i < 12; ++i)
    if (w.front() == months[i].front() && (w == months[i] || w == abbr[i])) return i + 1;  // a month and its abbreviation share the first letter
  if (w == "sep"sv) return 9;
  return 0;
}

namespace {
// A verb before token `i` says the meeting is under way ("closes", "continues", "resumes" ...)
bool under_way_before(const std::vector<Token>& toks, std::size_t begin, std::size_t i) {
  for (auto k = begin; k < i; ++k) {
    const auto& v = toks[k].lower;
    if (v == "closes"sv || v == "ends"sv || v == "continues"sv || v == "concludes"sv || v == "resumes"sv || v == "wraps"sv) return true;
  }
  return false;
}
}  // namespace

std::vector<DateExpr> find_dates(const Document& doc, const std::vector<Token>& toks, const Sentence& s) {
  std::vector<DateExpr> out;
  auto base = article_day(doc);
  // asked only of a sentence with a day or month in it: worked out then, once
  std::optional<bool> future_answer;
  auto future = [&] {
    if (!future_answer) future_answer = future_tense(toks, s);
    return *future_answer;
  };
  auto text_of = [&](std::size_t b, std::size_t e) { return doc.text.substr(toks[b].begin, toks[e - 1].end - toks[b].begin); };
  auto tok = [&](std::size_t i) -> const Token* { return i < s.tok_end ? &toks[i] : nullptr; };
  auto is_dash = [](const Token& x) { return x.lower == "-"sv || x.lower == "\xE2\x80\x93"sv || x.lower == "\xE2\x80\x94"sv; };
  auto day_month = [&](std::size_t k) { return tok(k) && month_number(tok(k)->lower) && tok(k)->has(kCap); };
  auto day_range_month = [&](std::size_t k) {
    int unused = 0;
    return tok(k + 2) && is_dash(*tok(k)) && number(*tok(k + 1), 1, 31, unused) && day_month(k + 2);
  };
  for (std::size_t i = s.tok_begin; i < s.tok_end; ++i) {
    const Token& t = toks[i];
    // every date starts with a number, a capitalized day or month, or a word relative to today
    bool relative = t.lower == "next"sv || t.lower == "last"sv || t.lower == "this"sv || t.lower == "yesterday"sv || t.lower == "tomorrow"sv;
    // ("The Dialogue closes tomorrow", "The conference continues until Thursday, with round tables ... tomorrow
    // morning": what a meeting under way does next does not date it)
    if (t.lower == "tomorrow"sv && under_way_before(toks, s.tok_begin, i)) continue;
    if (!t.has(kDigit) && !t.has(kCap) && !relative) continue;
    DateExpr d;
    d.tb = static_cast<std::uint32_t>(i);
    int v = 0;
    // 2022-01-12
    if (t.has(kDigit) && t.lower.size() == 10 && t.lower[4] == '-' && t.lower[7] == '-') {
      d.te = d.tb + 1;
      d.iso = t.lower;
    } else if (int wd = weekday_number(t.lower); wd >= 0 && t.has(kCap)) {
      d.te = d.tb + 1;
      bool last = i > s.tok_begin && toks[i - 1].lower == "last"sv;
      bool next = i > s.tok_begin && toks[i - 1].lower == "next"sv;
      if (last || next) d.tb = static_cast<std::uint32_t>(i - 1);
      if (base) {
        auto today = sys_days{*base};
        int cur = static_cast<int>(weekday{today}.c_encoding());
        int delta = wd - cur;
        // "opened on Thursday", "met Tuesday": a verb in the past right before overrides the sentence's future
        std::size_t at = i;
        if (at > s.tok_begin && toks[at - 1].lower == "on"sv) --at;
        bool past_verb = false;
        if (at > s.tok_begin) {
          const auto& w = toks[at - 1].lower;
          past_verb = (w.size() > 3 && w.compare(w.size() - 2, 2, "ed") == 0) || w == "met"sv || w == "began"sv || w == "held"sv ||
                      w == "took"sv || w == "spoke"sv || w == "said"sv || w == "left"sv || w == "was"sv || w == "were"sv;
        }
        // "leaders meeting in Nuku'alofa on Sunday agreed to ...": so does one right after
        if (!past_verb && i + 1 < s.tok_end) {
          const auto& w = toks[i + 1].lower;
          past_verb = (w.size() > 3 && w.ends_with("ed") && w != "scheduled"sv && w != "expected"sv && w != "planned"sv && w != "slated"sv) ||
                      w == "met"sv || w == "held"sv || w == "said"sv || w == "took"sv;
        }
        bool forward = next || (future() && !last && !past_verb);
        if (forward) { if (delta < 0) delta += 7; }
        else if (delta > 0) delta -= 7;
        if (last && delta == 0) delta = -7;
        if (next && delta == 0) delta = 7;  // "next Saturday", written on a Saturday
        year_month_day r{today + days{delta}};
        d.iso = iso(static_cast<int>(r.year()), static_cast<int>(static_cast<unsigned>(r.month())),
                    static_cast<int>(static_cast<unsigned>(r.day())));
      }
    } else if (int m = month_number(t.lower); m > 0 && t.has(kCap) && !(t.lower == "may"sv && !tok(i + 1))) {
      std::size_t j = i + 1;
      if (t.lower.size() <= 4 && tok(j) && tok(j)->lower == "."sv && !tok(j)->has(kSpaceBefore) && tok(j + 1) && tok(j + 1)->has(kDigit)) ++j;
      int dd = 0, yy = 0;
      if (tok(j) && number(*tok(j), 1, 31, dd)) {
        ++j;
        // ranges: "May 19–21", "November 30 – December 1" (the date is where it starts)
        if (tok(j + 1) && is_dash(*tok(j)) && number(*tok(j + 1), 1, 31, v)) j += 2;
        // "September 15 and 16" (not "March 3 and 40 delegates")
        else if (tok(j + 1) && tok(j)->lower == "and"sv && number(*tok(j + 1), 1, 31, v) && v == dd + 1 &&
                 !(tok(j + 2) && tok(j + 2)->has(kWord) && !tok(j + 2)->has(kCap) && tok(j + 2)->lower != "in"sv &&
                   tok(j + 2)->lower != "at"sv && tok(j + 2)->lower != "for"sv && tok(j + 2)->lower != "to"sv))
          j += 2;
        else if (tok(j + 2) && is_dash(*tok(j)) && month_number(tok(j + 1)->lower) && tok(j + 1)->has(kCap) && number(*tok(j + 2), 1, 31, v))
          j += 3;
        if (tok(j) && tok(j)->lower == ","sv && tok(j + 1) && number(*tok(j + 1), 1900, 2100, yy)) j += 2;
        else if (tok(j) && number(*tok(j), 1900, 2100, yy)) ++j;
      } else if (tok(j) && number(*tok(j), 1900, 2100, yy)) {
        ++j;
      } else if ((t.lower == "may"sv || t.lower == "march"sv) &&
                 !(i > s.tok_begin && (toks[i - 1].lower == "in"sv || toks[i - 1].lower == "since"sv || toks[i - 1].lower == "until"sv ||
                                       toks[i - 1].lower == "early"sv || toks[i - 1].lower == "late"sv || toks[i - 1].lower == "mid"sv))) {
        continue;  // the verb "may", the noun "march" (not "in May", "since March")
      } else if (i > s.tok_begin + 1 && toks[i - 1].has(kCap) && !toks[i - 1].has(kAllCaps)) {
        continue;  // "Dong Jun", "Theresa May": a bare month word after a name is part of it
      }
      // "in July last year", "in March of next year"
      if (yy == 0 && base) {
        auto k = j;
        if (tok(k) && tok(k)->lower == "of") ++k;
        if (tok(k + 1) && tok(k + 1)->lower == "year") {
          int by = static_cast<int>(base->year());
          const auto& w = tok(k)->lower;
          int y = w == "last" || w == "previous" ? by - 1 : w == "next" ? by + 1 : 0;
          if (y) {
            yy = y;
            j = k + 2;
          }
        }
      }
      d.te = static_cast<std::uint32_t>(j);
      bool last = i > s.tok_begin && toks[i - 1].lower == "last"sv;
      if (last) d.tb = static_cast<std::uint32_t>(i - 1);
      // "by the end of January": keep the whole phrase as text
      if (i >= s.tok_begin + 4 && toks[i - 1].lower == "of"sv && toks[i - 2].lower == "end"sv && toks[i - 3].lower == "the"sv &&
          (toks[i - 4].lower == "by"sv || toks[i - 4].lower == "at"sv))
        d.tb = static_cast<std::uint32_t>(i - 4);
      if (yy == 0 && base) {
        int by = static_cast<int>(base->year());
        int bm = static_cast<int>(static_cast<unsigned>(base->month()));
        yy = by;
        if (last) yy = m < bm ? by : by - 1;
        else if (future() && m < bm) yy = by + 1;
        else if (!future() && m > bm + 6) yy = by - 1;
      }
      if (yy) d.iso = iso(yy, m, dd);
    } else if (number(t, 1, 31, v) && (day_month(i + 1) || day_range_month(i + 1))) {
      // "7 July", and the range "7–8 July" (the date is where it starts)
      std::size_t at_month = day_month(i + 1) ? i + 1 : i + 3;
      int mon = month_number(tok(at_month)->lower), yy = 0;
      std::size_t j = at_month + 1;
      if (tok(j) && number(*tok(j), 1900, 2100, yy)) ++j;
      if (!yy && base) yy = static_cast<int>(base->year());
      d.te = static_cast<std::uint32_t>(j);
      if (yy) d.iso = iso(yy, mon, v);
    } else if (number(t, 1900, 2100, v) && t.lower.size() == 4 && i > s.tok_begin &&
               (toks[i - 1].lower == "in"sv || toks[i - 1].lower == "since"sv || toks[i - 1].lower == "of"sv)) {
      d.te = d.tb + 1;
      d.iso = iso(v, 0, 0);
    } else if (base && (t.lower == "today"sv || t.lower == "yesterday"sv || t.lower == "tomorrow"sv || t.lower == "tonight"sv)) {
      int delta = t.lower == "yesterday"sv ? -1 : t.lower == "tomorrow"sv ? 1 : 0;
      year_month_day r{sys_days{*base} + days{delta}};
      d.te = d.tb + 1;
      d.iso = iso(static_cast<int>(r.year()), static_cast<int>(static_cast<unsigned>(r.month())),
                  static_cast<int>(static_cast<unsigned>(r.day())));
    } else if (base && (t.lower == "next"sv || t.lower == "last"sv || t.lower == "this"sv) && tok(i + 1) &&
               tok(i + 1)->lower == "month"sv) {
      // "next month", "later this month": the month the article's date points to ("last year", "next year"
      // stay words: the rules read them as cues of another edition, and dating them costs more than it finds)
      int step = t.lower == "next"sv ? 1 : t.lower == "last"sv ? -1 : 0;
      int by = static_cast<int>(base->year());
      int bm = static_cast<int>(static_cast<unsigned>(base->month()));
      d.te = d.tb + 2;
      int mm = bm + step;
      int y = by + (mm > 12 ? 1 : mm < 1 ? -1 : 0);
      d.iso = iso(y, mm > 12 ? 1 : mm < 1 ? 12 : mm, 0);
    } else {
      continue;
    }
    d.text = text_of(d.tb, d.te);
    i = d.te - 1;
    out.push_back(std::move(d));
  }
  return out;
}

}  // namespace fg::importers::article
