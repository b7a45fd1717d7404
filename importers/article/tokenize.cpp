#include "importers/article/tokenize.hpp"

#include <utf8proc.h>

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace fg::importers::article {

namespace {

struct Cp {
  std::int32_t cp = 0;
  std::size_t len = 1;
};

Cp decode(std::string_view s, std::size_t i) {
  auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return {c, 1};
  utf8proc_int32_t cp = 0;
  auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                            static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
  if (n <= 0) return {0xFFFD, 1};
  return {cp, static_cast<std::size_t>(n)};
}

bool is_space(std::int32_t cp) {
  if (cp < 0x80) return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f';  // ASCII, the common case, first
  return cp == 0xA0 || cp == 0x202F ||
         cp == 0x2009 || cp == 0x2007 || cp == 0x200B || cp == 0xFEFF || (cp >= 0x2000 && cp <= 0x200A) ||
         cp == 0x3000;
}

// Whether the character that ends at byte `b` (after `begin`) is a space, a non-breaking one included.
bool space_before(std::string_view text, std::size_t b, std::size_t begin) {
  if (text[b - 1] == ' ') return true;
  std::size_t k = b - 1;
  while (k > begin && (static_cast<unsigned char>(text[k]) & 0xC0) == 0x80) --k;  // back to the lead byte
  return is_space(decode(text, k).cp);
}

bool is_letter(std::int32_t cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  auto cat = utf8proc_category(cp);
  return cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LL || cat == UTF8PROC_CATEGORY_LT ||
         cat == UTF8PROC_CATEGORY_LM || cat == UTF8PROC_CATEGORY_LO || cat == UTF8PROC_CATEGORY_MN ||
         cat == UTF8PROC_CATEGORY_MC;
}

bool is_digit(std::int32_t cp) { return cp >= '0' && cp <= '9'; }
bool is_upper(std::int32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  return utf8proc_isupper(cp);
}
bool is_ascii_letter(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
bool is_ascii_letter_or_digit(unsigned char c) { return is_ascii_letter(c) || (c >= '0' && c <= '9'); }
bool is_apostrophe(std::int32_t cp) { return cp == '\'' || cp == 0x2019; }

}  // namespace

namespace {
constexpr std::uint64_t kHighBits = 0x8080808080808080ull;

// The high bit of each byte of `eight` that is an ASCII capital letter.
std::uint64_t ascii_upper_marks(std::uint64_t eight) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ull, kLow7 = 0x7F7F7F7F7F7F7F7Full;
  const std::uint64_t low = eight & kLow7;  // (no carry from one byte into the next below)
  const std::uint64_t from_a = (low + kOnes * (0x80 - 'A')) & kHighBits;
  const std::uint64_t past_z = (low + kOnes * (0x80 - 'Z' - 1)) & kHighBits;
  return from_a & ~past_z & ~eight;
}

// s with its ASCII capitals lower-cased, into o (as many bytes as s); says whether s is all ASCII.
bool lower_ascii(std::string_view s, char* o) {
  std::uint64_t high = 0;
  std::size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {  // eight bytes at a time
    std::uint64_t eight;
    std::memcpy(&eight, s.data() + i, 8);
    high |= eight;
    eight |= ascii_upper_marks(eight) >> 2;  // 0x80 marks to 0x20
    std::memcpy(o + i, &eight, 8);
  }
  for (; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    high |= c;
    o[i] = static_cast<char>(c | (static_cast<unsigned char>(c - 'A') < 26 ? 0x20 : 0));
  }
  return (high & kHighBits) == 0;
}

// The lower case of s into out (replacing what it held), without a temporary string. Says whether s
// has bytes beyond ASCII.
bool lower_into(std::string_view s, std::string& out) {
  // ASCII, the common case, in one pass: lower-cased as it is copied, the high bits gathered to see
  // whether it was all ASCII after all
  out.resize(s.size());
  if (lower_ascii(s, out.data())) return false;
  out.clear();
  for (std::size_t i = 0; i < s.size();) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {  // a run of ASCII at once
      std::size_t j = i;
      while (j < s.size() && static_cast<unsigned char>(s[j]) < 0x80) ++j;
      const std::size_t at = out.size();
      out.resize(at + (j - i));
      for (std::size_t k = i; k < j; ++k) out[at + k - i] = (s[k] >= 'A' && s[k] <= 'Z') ? static_cast<char>(s[k] + 32) : s[k];
      i = j;
      continue;
    }
    auto d = decode(s, i);
    auto l = utf8proc_tolower(d.cp);
    if (d.cp == 0x2019) l = '\'';  // typographic apostrophe compares as '
    utf8proc_uint8_t buf[4];
    auto n = utf8proc_encode_char(l, buf);
    out.append(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(n));
    i += d.len;
  }
  return true;
}
}  // namespace

std::string lower_utf8(std::string_view s) {
  std::string out;
  lower_into(s, out);
  return out;
}

std::string title_case_utf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool start = true;
  for (std::size_t i = 0; i < s.size();) {
    auto c = decode(s, i);
    std::int32_t cp = start ? utf8proc_toupper(c.cp) : utf8proc_tolower(c.cp);
    utf8proc_uint8_t buf[4];
    auto n = utf8proc_encode_char(cp, buf);
    out.append(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(n));
    start = c.cp == ' ' || c.cp == '-' || c.cp == '\'';
    i += c.len;
  }
  return out;
}

void tokenize(std::string_view text, std::size_t begin, std::size_t end, std::vector<Token>& out) {
  std::size_t i = begin;
  bool space = true;
  auto push = [&](std::size_t b, std::size_t e, std::uint16_t flags) {
    Token& t = out.emplace_back();
    t.begin = static_cast<std::uint32_t>(b);
    t.end = static_cast<std::uint32_t>(e);
    t.flags = flags | (space ? kSpaceBefore : 0);
    if (lower_into(text.substr(b, e - b), t.lower)) t.flags |= kNonAscii;
    space = false;
  };
  while (i < end) {
    auto c = decode(text, i);
    if (is_space(c.cp)) {
      space = true;
      i += c.len;
      continue;
    }
    if (is_letter(c.cp) || is_digit(c.cp)) {
      std::size_t b = i;
      bool digit_start = is_digit(c.cp);
      int letters = 0, upper = 0;
      bool first_upper = is_upper(c.cp);
      while (i < end) {
        // ASCII letters and digits, the bulk of a word, without decoding
        if (const auto a = static_cast<unsigned char>(text[i]); is_ascii_letter_or_digit(a)) {
          letters += is_ascii_letter(a);
          upper += a >= 'A' && a <= 'Z';
          ++i;
          continue;
        }
        auto d = decode(text, i);
        if (is_letter(d.cp) || is_digit(d.cp)) {
          if (is_letter(d.cp)) {
            ++letters;
            if (is_upper(d.cp)) ++upper;
          }
          i += d.len;
          continue;
        }
        std::size_t j = i + d.len;
        if (j >= end) break;
        auto nx = decode(text, j);
        // O'Brien, don't: an apostrophe between letters, unless it starts a possessive 's
        if (is_apostrophe(d.cp) && is_letter(nx.cp)) {
          bool possessive = (nx.cp == 's' || nx.cp == 'S') &&
                            (j + 1 >= end || !is_letter(decode(text, j + 1).cp));
          if (possessive) break;
          i = j;
          continue;
        }
        // U.S., U.K., e.g.: single letters joined by dots
        if (d.cp == '.' && !digit_start && is_letter(nx.cp) && i - b <= 2 && letters == static_cast<int>(i - b) &&
            j + nx.len < end && decode(text, j + nx.len).cp == '.') {
          i = j;
          continue;
        }
        if (d.cp == '.' && !digit_start && is_letter(nx.cp) && letters >= 1 && i - b == 1 && upper == 1 &&
            is_upper(nx.cp)) {
          i = j;
          continue;
        }
        // 7.6, 100,000, 2022-01-12
        if (digit_start && (d.cp == '.' || d.cp == ',' || d.cp == '-') && is_digit(nx.cp)) {
          i = j;
          continue;
        }
        break;
      }
      // the final dot of an abbreviation like U.S.
      if (i < end && text[i] == '.' && i - b >= 3 && text[i - 2] == '.') ++i;
      // a name's initial: "Enrique A. Manalo"
      // (non-breaking spaces around it too: "S.\u00A0Jaishankar", "Aksel\u00A0V.\u00A0Johannesen")
      else if (i + 2 < end && text[i] == '.' && i - b == 1 && upper == 1 && b > begin && space_before(text, b, begin)) {
        const auto gap = decode(text, i + 1);
        if (is_space(gap.cp) && i + 1 + gap.len < end && is_upper(decode(text, i + 1 + gap.len).cp)) ++i;
      }
      std::uint16_t flags = digit_start ? kDigit : kWord;
      if (!digit_start && first_upper) flags |= kCap;
      if (!digit_start && letters >= 2 && upper == letters) flags |= kAllCaps;
      push(b, i, flags);
      continue;
    }
    // possessive 's / ’s
    if (is_apostrophe(c.cp) && i + c.len < end && (text[i + c.len] == 's' || text[i + c.len] == 'S')) {
      std::size_t j = i + c.len + 1;
      if (j >= end || !is_letter(decode(text, j).cp)) {
        push(i, j, kPunct);
        out.back().lower = "'s";
        i = j;
        continue;
      }
    }
    // "Comoros’ President", "the Bahamas' minister": an apostrophe glued to a name ending in s is its
    // possessive (after a lower-case word it may close a quote: 'yes')
    bool plural_possessive = is_apostrophe(c.cp) && !out.empty() && out.back().end == i && out.back().has(kCap) && !out.back().lower.empty() &&
                             out.back().lower.back() == 's' && (i + c.len >= end || text[i + c.len] == ' ');
    push(i, i + c.len, kPunct);
    if (c.cp == 0x2019 || c.cp == 0x2018) out.back().lower = "'";
    if (plural_possessive) out.back().lower = "'s";
    // hyphen, non-breaking hyphen, en and em dashes, minus sign
    if (c.cp == 0x2010 || c.cp == 0x2011 || c.cp == 0x2013 || c.cp == 0x2014 || c.cp == 0x2212) out.back().lower = "-";
    i += c.len;
  }
}

}  // namespace fg::importers::article
