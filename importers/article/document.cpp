#include "importers/article/document.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <cstring>

namespace fg::importers::article {

using namespace std::string_view_literals;  // `== "x"sv` compares inline, without strlen

namespace {
// The end of the run of ASCII bytes at s[i], tested eight bytes at a time.
std::size_t ascii_run_end(std::string_view s, std::size_t i) {
  constexpr std::uint64_t kHighBits = 0x8080808080808080ull;
  for (std::uint64_t eight = 0; i + 8 <= s.size(); i += 8) {
    std::memcpy(&eight, s.data() + i, 8);
    if (eight & kHighBits) break;
  }
  while (i < s.size() && static_cast<unsigned char>(s[i]) < 0x80) ++i;
  return i;
}
}  // namespace

std::optional<std::size_t> invalid_utf8_offset(std::string_view s) {
  std::size_t i = 0, n = s.size();
  while (i < n) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) { i = ascii_run_end(s, i); continue; }
    std::size_t len = 0;
    std::uint32_t cp = 0;
    if ((c & 0xE0) == 0xC0) { len = 2; cp = c & 0x1F; }
    else if ((c & 0xF0) == 0xE0) { len = 3; cp = c & 0x0F; }
    else if ((c & 0xF8) == 0xF0) { len = 4; cp = c & 0x07; }
    else return i;
    if (i + len > n) return i;
    for (std::size_t k = 1; k < len; ++k) {
      auto d = static_cast<unsigned char>(s[i + k]);
      if ((d & 0xC0) != 0x80) return i;
      cp = (cp << 6) | (d & 0x3F);
    }
    if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
        (cp >= 0xD800 && cp <= 0xDFFF))
      return i;
    i += len;
  }
  return std::nullopt;
}

bool is_iso_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
  int y = std::stoi(std::string(s.substr(0, 4))), m = std::stoi(std::string(s.substr(5, 2))),
      d = std::stoi(std::string(s.substr(8, 2)));
  static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12 || d < 1 || d > days[m - 1]) return false;
  if (m == 2 && d == 29 && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return false;
  return true;
}

namespace {

InputError at(std::size_t offset, std::string message) { return InputError{offset, true, std::move(message)}; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

bool blank(std::string_view line) { return trim(line).empty(); }

// What the prose check counts of a byte: a letter (an ASCII letter, or any byte of a multi-byte
// character), and visible (no white space of the "C" locale, the only one the program uses).
constexpr std::uint8_t kLetterByte = 1, kVisibleByte = 2;
constexpr std::array<std::uint8_t, 256> kProseBytes = [] {
  std::array<std::uint8_t, 256> bits{};
  for (unsigned c = 0; c < 256; ++c) {
    const bool letter = ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c >= 0x80;
    const bool space = c == ' ' || (c >= '\t' && c <= '\r');
    bits[c] = static_cast<std::uint8_t>((letter ? kLetterByte : 0) | (space ? 0 : kVisibleByte));
  }
  return bits;
}();

struct ProseCounts {
  std::size_t letters = 0, visible = 0, words = 0;
};

// Letters, visible bytes and words of a text (see kProseBytes), eight bytes at a time: each byte's
// verdict is its high bit in a 64-bit word.
ProseCounts count_prose(std::string_view text) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull, kLow7 = 0x7F7F7F7F7F7F7F7Full;
  // the bytes of x at or above `c` (x's bytes below 0x80)
  auto at_least = [](std::uint64_t x, unsigned c) { return (x + kOnes * (0x80 - c)) & kHigh; };
  // how many bytes a mask of high bits marks (without a popcount instruction, which the target may lack)
  auto count = [](std::uint64_t marks) { return static_cast<std::size_t>(((marks >> 7) * kOnes) >> 56); };
  ProseCounts p;
  bool in_word = false;
  std::size_t i = 0;
  for (; i + 8 <= text.size(); i += 8) {
    std::uint64_t x;
    std::memcpy(&x, text.data() + i, 8);
    const std::uint64_t high = x & kHigh, low = x & kLow7;
    const std::uint64_t folded = low | (kOnes * 0x20);
    const std::uint64_t letter = high | (at_least(folded, 'a') & ~at_least(folded, 'z' + 1));
    const std::uint64_t not_blank = low ^ (kOnes * ' ');
    const std::uint64_t blank = ~(((not_blank & kLow7) + kLow7) | not_blank | kLow7);
    const std::uint64_t space = (blank | (at_least(low, '\t') & ~at_least(low, '\r' + 1))) & ~high;
    const std::uint64_t starts = letter & ~((letter << 8) | (in_word ? 0x80u : 0u));
    p.letters += count(letter);
    p.visible += 8 - count(space);
    p.words += count(starts);
    in_word = letter >> 63;
  }
  for (; i < text.size(); ++i) {
    const unsigned bits = kProseBytes[static_cast<unsigned char>(text[i])];
    const bool letter = bits & kLetterByte;
    p.visible += (bits & kVisibleByte) != 0;
    p.letters += letter;
    p.words += letter && !in_word;
    in_word = letter;
  }
  return p;
}

// Header keys gold.md names, plus the usual byline fields.
bool is_header_key(std::string_view key) {
  static const std::string_view keys[] = {"date", "id", "url", "source", "author", "byline", "title", "section"};
  return std::find(std::begin(keys), std::end(keys), key) != std::end(keys);
}

// The names of a byline: "By Nadia Haddad, contributing analyst", "by Ana Ruiz and Tom Ek in Lima",
// "Nadia Haddad" (an author header). Capitalized words, name by name, up to a comma or a place.
void add_byline_names(std::string_view line, std::vector<std::string>& out) {
  auto word_end = [&](std::size_t b) {
    auto e = line.find_first_of(" ,;|\t", b);
    return e == std::string_view::npos ? line.size() : e;
  };
  std::string name;
  auto flush = [&] {
    if (name.find(' ') != std::string::npos) out.push_back(name);
    name.clear();
  };
  for (std::size_t b = 0; b < line.size();) {
    if (line[b] == ' ' || line[b] == '\t') {
      ++b;
      continue;
    }
    if (line[b] == ',' || line[b] == ';' || line[b] == '|') break;
    auto e = word_end(b);
    auto w = line.substr(b, e - b);
    b = e;
    // a form of address before the author's name is no part of it
    if (name.empty() && (w == "Dr."sv || w == "Dr"sv || w == "Prof."sv || w == "Mr."sv || w == "Ms."sv || w == "Mrs."sv)) continue;
    if (w == "and"sv || w == "&"sv) flush();
    else if (w == "in"sv || w == "at"sv || w == "for"sv) break;
    else if ((w[0] >= 'A' && w[0] <= 'Z') || static_cast<unsigned char>(w[0]) >= 0xC0) name += (name.empty() ? "" : " ") + std::string(w);
    else break;
  }
  flush();
}

// A body line that is a byline: "By X", "by X, analyst" (short, no sentence end).
void read_byline(std::string_view line, std::vector<std::string>& out) {
  if (line.size() > 120 || !(line.rfind("By ", 0) == 0 || line.rfind("by ", 0) == 0 || line.rfind("BY ", 0) == 0)) return;
  if (line.back() == '.' && line.find(',') == std::string_view::npos) return;  // "By then, ..." is prose
  add_byline_names(line.substr(3), out);
}

}  // namespace

std::variant<Document, InputError> read_document(const ArticleInput& in, const std::string& fallback_date) {
  const std::string& raw = in.text;
  if (trim(raw).empty() && trim(in.title).empty())
    return InputError{0, false, "empty article: there is no headline and no text"};
  if (auto nul = raw.find('\0'); nul != std::string::npos)
    return at(nul, "binary file, not an article text (NUL byte at byte offset " + std::to_string(nul) + ")");
  if (auto bad = invalid_utf8_offset(raw))
    return at(*bad, "invalid UTF-8 at byte offset " + std::to_string(*bad));
  if (auto bad = invalid_utf8_offset(in.title)) return InputError{0, false, "title: invalid UTF-8 at byte offset " + std::to_string(*bad)};

  Document doc;
  doc.id = in.id;
  std::size_t pos = 0;
  // Every line must be a line of prose: a multi-megabyte line is a dump, not an article.
  for (std::size_t p = 0; p < raw.size();) {
    auto e = raw.find('\n', p);
    if (e == std::string::npos) e = raw.size();
    if (e - p > kMaxLineBytes)
      return at(p, "not an article: a line of " + std::to_string(e - p) + " bytes (an article line is at most " +
                       std::to_string(kMaxLineBytes) + ")");
    p = e + 1;
  }
  int control = 0;
  for (char c : raw) {
    auto u = static_cast<unsigned char>(c);
    if (u < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') ++control;
  }
  if (control > 0 && control * 100 > static_cast<int>(raw.size()))
    return InputError{0, false, "binary file, not an article text (" + std::to_string(control) + " control bytes)"};

  if (!trim(in.title).empty()) {
    doc.headline = std::string(trim(in.title));
    doc.text = doc.headline + "\n\n";
    doc.body_begin = doc.text.size();
    doc.text += raw;
    doc.date = in.date;
  } else {
    doc.text = raw;
    // skip a UTF-8 byte order mark and leading blank lines
    if (doc.text.rfind("\xEF\xBB\xBF", 0) == 0) pos = 3;
    while (pos < doc.text.size()) {
      auto e = doc.text.find('\n', pos);
      if (e == std::string::npos) e = doc.text.size();
      if (!blank(std::string_view(doc.text).substr(pos, e - pos))) break;
      pos = e + 1;
    }
    auto e = doc.text.find('\n', pos);
    if (e == std::string::npos) e = doc.text.size();
    doc.headline = std::string(trim(std::string_view(doc.text).substr(pos, e - pos)));
    pos = e + 1;
    // header lines directly under the headline
    while (pos < doc.text.size()) {
      auto le = doc.text.find('\n', pos);
      if (le == std::string::npos) le = doc.text.size();
      auto line = trim(std::string_view(doc.text).substr(pos, le - pos));
      auto colon = line.find(':');
      if (line.empty() || colon == std::string_view::npos) break;
      std::string key(trim(line.substr(0, colon)));
      std::transform(key.begin(), key.end(), key.begin(), [](unsigned char c) { return std::tolower(c); });
      if (!is_header_key(key)) break;
      auto value = trim(line.substr(colon + 1));
      if (key == "date"sv) {
        auto d = value.substr(0, std::min<std::size_t>(10, value.size()));
        if (!is_iso_date(d)) return at(pos, "date header '" + std::string(value) + "' is not a YYYY-MM-DD date");
        doc.date = std::string(d);
      } else if (key == "source"sv) {
        doc.source = std::string(value);
      } else if ((key == "author"sv || key == "byline"sv) && !value.empty()) {
        add_byline_names(value.rfind("By ", 0) == 0 || value.rfind("by ", 0) == 0 ? value.substr(3) : value, doc.authors);
      } else if (key == "id"sv && !value.empty()) {
        doc.id = std::string(value);
      }
      pos = le + 1;
    }
    doc.body_begin = std::min(pos, doc.text.size());
  }
  // bylines among the first lines of the body
  for (std::size_t p = doc.body_begin, lines = 0; p < doc.text.size() && lines < 6;) {
    auto e = doc.text.find('\n', p);
    if (e == std::string::npos) e = doc.text.size();
    auto line = trim(std::string_view(doc.text).substr(p, e - p));
    if (!line.empty()) {
      read_byline(line, doc.authors);
      ++lines;
    }
    p = e + 1;
  }
  if (doc.date.empty()) doc.date = fallback_date;
  if (!doc.date.empty() && !is_iso_date(doc.date))
    return InputError{0, false, "date '" + doc.date + "' is not a YYYY-MM-DD date"};

  // An article has prose: words of letters, and sentences.
  const auto [letters, visible, words] = count_prose(std::string_view(doc.text).substr(doc.body_begin));
  if (words < 8)
    return InputError{0, false, "not an article: the body has " + std::to_string(words) +
                                     " words (expected a headline, a blank line and paragraphs of prose)"};
  if (letters * 100 < visible * 55)
    return InputError{0, false, "not an article: only " + std::to_string(letters * 100 / std::max<std::size_t>(visible, 1)) +
                                     "% of the text is letters (is it data or code?)"};
  return doc;
}

}  // namespace fg::importers::article
