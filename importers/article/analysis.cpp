#include "importers/article/analysis.hpp"

#include "importers/article/match.hpp"

#include <algorithm>
#include <string_view>

using namespace std::string_view_literals;

namespace fg::importers::article {

std::string_view label_name(Label l) {
  switch (l) {
    case Label::Person: return "Person";
    case Label::State: return "State";
    case Label::Organization: return "Organization";
    case Label::Meeting: return "Meeting";
    case Label::Place: return "Place";
    case Label::Title: return "Title";
    case Label::Date: return "Date";
    default: return "";
  }
}

std::optional<Label> label_from_name(std::string_view n) {
  for (auto l : {Label::Person, Label::State, Label::Organization, Label::Meeting, Label::Place, Label::Title, Label::Date})
    if (label_name(l) == n) return l;
  return std::nullopt;
}

std::string Analysis::text_of(std::uint32_t tb, std::uint32_t te) const {
  if (te <= tb) return "";
  const auto& t = seg.tokens;
  // the usual case: the tokens are written with one plain space, or none, between them, so the text
  // is the article's bytes from the first to the last, made in one go
  bool as_written = true;
  for (auto i = tb + 1; i < te && as_written; ++i) {
    const std::uint32_t gap = t[i].has(kSpaceBefore) ? 1 : 0;
    as_written = t[i].begin == t[i - 1].end + gap && (gap == 0 || doc.text[t[i - 1].end] == ' ');
  }
  if (as_written) return doc.text.substr(t[tb].begin, t[te - 1].end - t[tb].begin);
  std::string out;
  for (auto i = tb; i < te; ++i) {
    if (i > tb && t[i].has(kSpaceBefore)) out += ' ';
    out.append(doc.text, t[i].begin, t[i].end - t[i].begin);
  }
  return out;
}

void Analysis::index_mentions() {
  mentions_of_sentence.assign(seg.sentences.size(), {});
  for (std::size_t i = 0; i < mentions.size(); ++i)
    mentions_of_sentence[static_cast<std::size_t>(mentions[i].sentence)].push_back(static_cast<int>(i));
}

bool Analysis::named_in_title(const Mention& m) const {
  // ("President-designate of COP30": an office word, or one with its "-designate", "-elect", before "of")
  if (m.tok_begin >= 2 && seg.tokens[m.tok_begin - 1].lower == "of") {
    const auto& w = seg.tokens[m.tok_begin - 2].lower;
    if (lex.in_classes(w, lex.bits().title_word) || w == "designate" || w == "elect") return true;
  }
  for (int oi : mentions_of_sentence[static_cast<std::size_t>(m.sentence)]) {
    const auto& t = mentions[static_cast<std::size_t>(oi)];
    if (t.label != Label::Title) continue;
    if (t.tok_begin <= m.tok_begin && m.tok_end <= t.tok_end) return true;
    if (t.tok_end + 1 == m.tok_begin && seg.tokens[t.tok_end].lower == "of") return true;
  }
  return false;
}

std::vector<Unit> Analysis::units(const Sentence& s) const {
  std::vector<Unit> out;
  units(s, out);
  return out;
}

void Analysis::units(const Sentence& s, std::vector<Unit>& out) const {
  thread_local std::vector<int> ms;
  ms.clear();
  if (static_cast<std::size_t>(s.index) < mentions_of_sentence.size())
    for (int i : mentions_of_sentence[static_cast<std::size_t>(s.index)])
      if (mentions[static_cast<std::size_t>(i)].label != Label::None) ms.push_back(i);
  std::sort(ms.begin(), ms.end(), [&](int x, int y) {
    const auto& a = mentions[static_cast<std::size_t>(x)];
    const auto& b = mentions[static_cast<std::size_t>(y)];
    return a.tok_begin != b.tok_begin ? a.tok_begin < b.tok_begin : a.tok_end > b.tok_end;
  });
  out.clear();
  out.reserve(s.tok_end - s.tok_begin);
  auto tokens_until = [&](std::uint32_t& i, std::uint32_t end) {
    for (; i < end; ++i) out.push_back(Unit{i, i + 1, -1, Label::None, {}});
  };
  auto i = s.tok_begin;
  // the mentions in order, each outermost one a unit (the longest of those starting together comes first)
  for (int id : ms) {
    const auto& m = mentions[static_cast<std::size_t>(id)];
    if (m.tok_begin < i) continue;  // inside a mention already made a unit, or before the sentence
    if (m.tok_begin >= s.tok_end) break;
    tokens_until(i, m.tok_begin);
    out.push_back(Unit{m.tok_begin, m.tok_end, id, m.label, m.kind});
    i = m.tok_end;
  }
  tokens_until(i, s.tok_end);
}

void Analysis::meeting_phrase_units(const Sentence& s, std::vector<Unit>& out) const {
  units(s, out);
  std::size_t w = 0;
  for (std::size_t r = 0; r < out.size(); ++r) {
    bool qualifier = out[r].label == Label::Organization || out[r].label == Label::State || out[r].label == Label::Place;
    // (a noun: "the Security Council heard" is the body and its sitting, not one phrase)
    if (qualifier && r + 1 < out.size() && out[r + 1].label == Label::Meeting && out[r + 1].tb == out[r].te &&
        lex.in_classes(seg.tokens[out[r + 1].te - 1].lower, lex.bits().meeting_noun)) {
      out[w] = out[r + 1];
      out[w].tb = out[r].tb;
      ++w;
      ++r;
      continue;
    }
    // "France (on behalf of Reunion)", "Mauritius (chair)": a remark in brackets after a state,
    // naming nothing, is part of the state's unit, so lists of states read on past it
    if (out[r].label == Label::State && r + 2 < out.size() && out[r + 1].mention < 0 && seg.tokens[out[r + 1].tb].lower == "("sv) {
      std::size_t close = r + 2;
      while (close < out.size() && close < r + 8 && out[close].mention < 0 && seg.tokens[out[close].tb].lower != ")"sv) ++close;
      if (close < out.size() && close < r + 8 && out[close].mention < 0 && seg.tokens[out[close].tb].lower == ")"sv && close > r + 2) {
        out[w] = out[r];
        out[w].te = out[close].te;
        ++w;
        r = close;
        continue;
      }
    }
    out[w++] = out[r];
  }
  out.resize(w);
}

std::string edition_number_in(std::string_view name) {
  // most names have neither a digit nor an ordinal word (all but "first" and "second" have "th")
  bool maybe = name.find("th") != std::string_view::npos || name.find("irst") != std::string_view::npos ||
               name.find("econd") != std::string_view::npos;
  auto roman_letter = [](char c) { return c == 'X' || c == 'V' || c == 'I'; };
  for (std::size_t k = 0; k < name.size() && !maybe; ++k)
    maybe = (name[k] >= '0' && name[k] <= '9') || (k + 1 < name.size() && roman_letter(name[k]) && roman_letter(name[k + 1]));
  if (!maybe) return "";
  char buf[16];
  for (std::size_t i = 0; i < name.size();) {
    auto alnum = [&](std::size_t k) { return (name[k] >= '0' && name[k] <= '9') || ((name[k] | 0x20) >= 'a' && (name[k] | 0x20) <= 'z'); };
    while (i < name.size() && !alnum(i) && !(name[i] & 0x80)) ++i;
    std::size_t b = i;
    while (i < name.size() && alnum(i)) ++i;
    // (a word with letters beyond ASCII, or a long one, is no number)
    if (i < name.size() && (name[i] & 0x80)) {
      while (i < name.size() && name[i] != ' ') ++i;
      continue;
    }
    if (i - b == 0 || i - b > sizeof buf) continue;
    for (std::size_t k = b; k < i; ++k) buf[k - b] = static_cast<char>(name[k] >= 'A' && name[k] <= 'Z' ? name[k] | 0x20 : name[k]);
    // "the XXXII Ordinary Meeting": an edition in Roman numerals (written in capitals)
    if (name.substr(b, i - b).find_first_not_of("XVI") == std::string_view::npos)
      if (int r = roman_ordinal_value(std::string_view(buf, i - b)); r > 0) return std::to_string(r);
    if (auto n = edition_number(std::string_view(buf, i - b)); !n.empty()) return n;
  }
  return "";
}

std::string edition_number(std::string_view word) {
  if (word.empty()) return "";
  // only digits and the ordinal words (first ... twentieth) can give a number
  if (!(word[0] >= '0' && word[0] <= '9') && word[0] != 'f' && word[0] != 's' && word[0] != 't' && word[0] != 'e' && word[0] != 'n') return "";
  std::size_t d = 0;
  while (d < word.size() && word[d] >= '0' && word[d] <= '9') ++d;
  if (d > 0 && (d == word.size() || is_ordinal(word))) return std::string(word.substr(0, d));
  // the ordinal words English writes editions with
  static constexpr std::string_view words[] = {"first",      "second",     "third",     "fourth",     "fifth",     "sixth",   "seventh",
                                               "eighth",     "ninth",      "tenth",     "eleventh",   "twelfth",   "thirteenth",
                                               "fourteenth", "fifteenth",  "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"};
  for (std::size_t i = 0; i < std::size(words); ++i)
    if (word == words[i]) return std::to_string(i + 1);
  return "";
}

}  // namespace fg::importers::article
