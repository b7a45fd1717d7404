#pragma once
// Text helpers shared by the exporters: UTF-8 decoding with replacement of invalid bytes,
// number formatting that round-trips, and the per-format escapers that more than one format uses.
#include <cstdint>
#include <string>
#include <string_view>

#include "graph/names.hpp"  // append_utf8
#include "graph/value.hpp"

namespace fg::graph::exports {

// Calls f(code_point) for each code point of `s`; an invalid UTF-8 byte becomes U+FFFD.
template <class F>
void for_each_code_point(std::string_view s, F&& f);

// Appends code point `cp` as UTF-8.

// Shortest text that reads back as the same double ("0.5", "1e+100"); "NaN", "INF", "-INF".
std::string format_double(double d);

// XML 1.0 character data / attribute value: & < > " ' escaped; characters XML 1.0 forbids
// (control characters other than tab, newline, carriage return) become U+FFFD.
std::string xml_escape(std::string_view s);

// A value as compact JSON text (lists as JSON arrays), for formats that hold lists as strings.
std::string json_text(const Value& v);

// A value as text for a column typed STRING: strings as they are, other values as JSON.
std::string plain_text(const Value& v);

// A file-name-safe form of a label or type ("Person", "HOLDS_ROLE"; others: [A-Za-z0-9_-] kept).
std::string file_stem(std::string_view name);

// --- template implementation ---
template <class F>
void for_each_code_point(std::string_view s, F&& f) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const auto* end = p + s.size();
  while (p < end) {
    unsigned char c = *p;
    if (c < 0x80) {
      f(static_cast<char32_t>(c));
      ++p;
      continue;
    }
    int len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 0;
    char32_t cp = len == 4 ? (c & 0x07u) : len == 3 ? (c & 0x0Fu) : (c & 0x1Fu);
    bool ok = len >= 2 && c <= 0xF4 && end - p >= len;
    for (int i = 1; ok && i < len; ++i) {
      if ((p[i] & 0xC0) != 0x80) ok = false;
      else cp = (cp << 6) | (p[i] & 0x3Fu);
    }
    // reject overlong forms, surrogates and code points above U+10FFFF
    if (ok && ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
               (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF))
      ok = false;
    if (!ok) {
      f(char32_t{0xFFFD});
      ++p;
      continue;
    }
    f(cp);
    p += len;
  }
}

}  // namespace fg::graph::exports
