#include "importers/article/segment.hpp"

#include <algorithm>

#include "importers/article/dates.hpp"
#include "importers/article/match.hpp"
#include "importers/article/tokenize.hpp"

namespace fg::importers::article {

using namespace std::string_view_literals;  // `== "x"sv` compares inline, without strlen

namespace {

bool is_terminal(const Token& t) { return t.lower == "."sv || t.lower == "!"sv || t.lower == "?"sv || t.lower == "\xE2\x80\xA6"sv; }

bool is_quote(const Token& t) {
  static const std::string_view q[] = {"\"", "'", "\xE2\x80\x9D", "\xE2\x80\x9C", "\xC2\xBB", "\xC2\xAB", ")", "]"};
  for (auto x : q)
    if (t.lower == x) return true;
  return false;
}

// "For the Republic of Estonia: Margus Tsahkna, Minister of Foreign Affairs": a line of a signature
// block, a sentence of its own though nothing ends it
bool is_signature_line(std::string_view line) {
  auto colon = line.find(": ");
  return line.rfind("For ", 0) == 0 && colon != std::string_view::npos && line.find(", ", colon) != std::string_view::npos;
}
bool is_list_item(std::string_view line) {
  return line.rfind("- ", 0) == 0 || line.rfind("\xE2\x80\xA2 ", 0) == 0 || line.rfind("* ", 0) == 0;
}

// "May 29, 2026, Astana": the date and place line that heads a readout (mentions.cpp's dateline()
// finds the place in it)
bool is_date_place_line(std::string_view line) {
  auto sp = line.find(' ');
  if (sp == std::string_view::npos || month_number(lower_utf8(line.substr(0, sp))) == 0) return false;
  std::size_t i = sp + 1, digits = 0;
  while (i < line.size() && line[i] >= '0' && line[i] <= '9') ++i, ++digits;
  if (digits < 1 || digits > 2 || line.compare(i, 2, ", ") != 0) return false;
  i += 2;
  digits = 0;
  while (i < line.size() && line[i] >= '0' && line[i] <= '9') ++i, ++digits;
  if (digits != 4 || line.compare(i, 2, ", ") != 0) return false;
  i += 2;
  std::size_t words = 0;
  for (std::size_t b = i; b < line.size();) {
    if (!(line[b] >= 'A' && line[b] <= 'Z') && static_cast<unsigned char>(line[b]) < 0x80) return false;
    auto e = line.find(' ', b);
    if (e == std::string_view::npos) e = line.size();
    ++words;
    b = e + 1;
  }
  return words >= 1 && words <= 3;
}

// Does the trimmed line read like a sentence of prose (or is it a heading, a button, a byline)?
bool is_prose_line(std::string_view line, const Lexicon& lex) {
  // only the line's start is compared: lower-case as many code points as the longest boilerplate
  // has bytes (each lower-cases to one byte or more)
  std::size_t longest = 0;
  for (const auto& b : lex.boilerplate()) longest = std::max(longest, b.size());
  std::size_t cut = 0;
  for (std::size_t cps = 0; cut < line.size() && cps <= longest; ++cps) {
    ++cut;
    while (cut < line.size() && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) ++cut;
  }
  auto lower = lower_utf8(line.substr(0, cut));
  for (const auto& b : lex.boilerplate())
    if (lower.rfind(b, 0) == 0) return false;
  // "LIVE · Updated 19:40 · By Sonia Ben Salem and Olivier Marchand in Djerba": a page's furniture line
  // of dot- or bar-separated fields, one of them a byline
  for (auto at = line.find("By "); at != std::string_view::npos; at = line.find("By ", at + 1))
    for (std::string_view sep : {" \xC2\xB7 "sv, " | "sv, " \xE2\x80\xA2 "sv})
      if (at >= sep.size() && line.substr(at - sep.size(), sep.size()) == sep) return false;
  // its words, counted up to 12: no test below asks about more
  constexpr std::size_t kWordsCounted = 12;
  std::size_t words = 0;
  bool in = false;
  for (std::size_t i = 0; i < line.size() && words < kWordsCounted; ++i) {
    bool w = line[i] != ' ' && line[i] != '\t';
    if (w && !in) ++words;
    in = w;
  }
  auto last = line.find_last_not_of(" \t\r");
  if (last == std::string_view::npos) return false;
  // the last code point
  std::size_t b = last;
  while (b > 0 && (static_cast<unsigned char>(line[b]) & 0xC0) == 0x80) --b;
  auto end = line.substr(b, last - b + 1);
  static const std::string_view enders[] = {".", "!", "?", "\"", "'", "\xE2\x80\x9D", "\xC2\xBB", "\xC2\xAB",
                                            "\xE2\x80\x99", ")", "\xE2\x80\xA6", ":"};
  bool ends = false;
  for (auto e : enders) ends = ends || end == e;
  // "The French delegation was composed of:" introduces a list; a list item ("- Mr X, Minister of
  // ...;") is prose that a semicolon ends
  if (end == ":"sv) {
    // "WASHINGTON, DC:": a dateline on a line of its own
    bool capitals = words <= 4 && std::none_of(line.begin(), line.end(), [](char c) { return c >= 'a' && c <= 'z'; }) &&
                    std::any_of(line.begin(), line.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    return words >= 5 || capitals;
  }
  if (is_date_place_line(line)) return true;
  bool item = is_list_item(line);
  if (item && (end == ";"sv || end == ","sv)) return words >= 3;
  // "- Brazil, represented by Minister of Foreign Affairs X": an item of a list of who came, a name
  // and a clause after its comma (a list of links or headlines has none: "- S. Korea, U.S. hold
  // talks", "- Lee discusses cocoa, shipbuilding")
  if (item && words >= 4)
    for (auto c = line.find(", "); c != std::string_view::npos; c = line.find(", ", c + 1)) {
      auto w = line.find_last_of(' ', c);
      bool name_before = w != std::string_view::npos && w + 1 < c && line[w + 1] >= 'A' && line[w + 1] <= 'Z';
      if (name_before && c + 2 < line.size() && line[c + 2] >= 'a' && line[c + 2] <= 'z') return true;
    }
  if (is_signature_line(line)) return words >= 4;
  return ends ? words >= 3 : words >= 12;
}

void split_sentences(std::vector<Token>& toks, std::size_t tb, std::size_t te, int paragraph,
                     const Lexicon& lex, std::vector<Sentence>& out) {
  std::size_t start = tb;
  auto emit = [&](std::size_t end) {
    if (end <= start) return;
    Sentence s;
    s.tok_begin = static_cast<std::uint32_t>(start);
    s.tok_end = static_cast<std::uint32_t>(end);
    s.begin = toks[start].begin;
    s.end = toks[end - 1].end;
    s.index = static_cast<int>(out.size());
    s.paragraph = paragraph;
    toks[start].flags |= kSentenceStart;
    out.push_back(s);
    start = end;
  };
  for (std::size_t k = tb; k < te; ++k) {
    if (!is_terminal(toks[k])) continue;
    std::size_t j = k + 1;
    while (j < te && is_terminal(toks[j])) ++j;
    while (j < te && is_quote(toks[j]) && !toks[j].has(kSpaceBefore)) ++j;
    if (j >= te) break;
    const Token& next = toks[j];
    bool starts = next.has(kCap) || next.has(kDigit) || is_quote(next) || next.lower == "\xE2\x80\x9C"sv;
    if (!starts) continue;
    if (toks[k].lower == "."sv && k > tb) {
      const Token& prev = toks[k - 1];
      if (!toks[k].has(kSpaceBefore)) {
        bool initial = prev.has(kCap) && prev.end - prev.begin == 1;
        if (initial || lex.in_class(prev.lower, "abbreviation")) continue;
      }
    }
    emit(j);
    k = j - 1;
  }
  emit(te);
}

}  // namespace

std::string_view sentence_text(const Document& doc, const Sentence& s) {
  return std::string_view(doc.text).substr(s.begin, s.end - s.begin);
}

Segmented segment(const Document& doc, const Lexicon& lex) {
  Segmented out;
  out.tokens.reserve(doc.text.size() / 5 + 16);  // about one token per five bytes of news text: few reallocations
  auto add_tokens = [&](std::size_t b, std::size_t e) {
    auto first = out.tokens.size();
    tokenize(doc.text, b, e, out.tokens);
    for (auto i = first; i < out.tokens.size(); ++i) {
      auto info = lex.word_info(out.tokens[i].lower);
      out.tokens[i].classes = info.classes;
      out.tokens[i].word = info.word;
      if (info.gazetteer_start) out.tokens[i].flags |= kGazetteerStart;
    }
    return first;
  };
  // headline: sentence 0
  {
    auto hb = doc.text.find(doc.headline);
    if (hb == std::string::npos || doc.headline.empty()) hb = 0;
    auto first = add_tokens(hb, hb + doc.headline.size());
    Sentence s;
    s.tok_begin = static_cast<std::uint32_t>(first);
    s.tok_end = static_cast<std::uint32_t>(out.tokens.size());
    s.begin = static_cast<std::uint32_t>(hb);
    s.end = static_cast<std::uint32_t>(hb + doc.headline.size());
    s.paragraph = 0;
    if (s.tok_end > s.tok_begin) out.tokens[first].flags |= kSentenceStart;
    out.sentences.push_back(s);
  }
  // body: paragraphs are runs of prose lines between blank lines
  std::string_view text(doc.text);
  std::size_t pos = doc.body_begin;
  int paragraph = 0;
  std::size_t para_tb = out.tokens.size();
  bool open = false;
  bool list_open = false;  // the last line introduced a list, or was an item of it
  auto close = [&] {
    if (open && out.tokens.size() > para_tb) split_sentences(out.tokens, para_tb, out.tokens.size(), paragraph, lex, out.sentences);
    open = false;
  };
  while (pos < text.size()) {
    auto e = text.find('\n', pos);
    if (e == std::string_view::npos) e = text.size();
    auto line = text.substr(pos, e - pos);
    std::size_t lb = 0;
    while (lb < line.size() && (line[lb] == ' ' || line[lb] == '\t' || line[lb] == '\r')) ++lb;
    auto trimmed = line.substr(lb);
    while (!trimmed.empty() && (trimmed.back() == ' ' || trimmed.back() == '\r' || trimmed.back() == '\t')) trimmed.remove_suffix(1);
    // "the heads of delegation include:" then "- Jordan's King Abdullah II": the items of a list a
    // sentence introduces are its prose, each a sentence of its own, whatever ends them
    bool introduced_item = list_open && is_list_item(trimmed) && trimmed.find(' ', 2) != std::string_view::npos;
    const bool prose = !trimmed.empty() && is_prose_line(trimmed, lex);
    if (trimmed.empty()) {
      close();
      list_open = false;
    } else if (introduced_item && !prose) {
      close();
      para_tb = out.tokens.size();
      open = true;
      ++paragraph;
      add_tokens(pos + lb, pos + lb + trimmed.size());
      close();
    } else if (!prose) {
      close();
      ++out.skipped_lines;
      list_open = false;
    } else {
      list_open = trimmed.back() == ':' || introduced_item;
      if (!open) {
        ++paragraph;
        para_tb = out.tokens.size();
        open = true;
      }
      add_tokens(pos + lb, pos + lb + trimmed.size());
      // a signature line ends where its line does (list items stay with the line that introduces them)
      if (is_signature_line(trimmed)) close();
    }
    pos = e + 1;
  }
  close();
  for (std::size_t i = 0; i < out.sentences.size(); ++i) out.sentences[i].index = static_cast<int>(i);
  return out;
}

}  // namespace fg::importers::article
