#include "graph/names.hpp"

#include <utf8proc.h>

#include <cstdlib>
#include <memory>
#include <stdexcept>

namespace fg::embedded {
std::string_view states_tsv();
}

namespace fg::graph {

namespace {

bool is_separator(utf8proc_int32_t cp) {
  switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_PC: case UTF8PROC_CATEGORY_PD: case UTF8PROC_CATEGORY_PS:
    case UTF8PROC_CATEGORY_PE: case UTF8PROC_CATEGORY_PI: case UTF8PROC_CATEGORY_PF:
    case UTF8PROC_CATEGORY_PO: case UTF8PROC_CATEGORY_SM: case UTF8PROC_CATEGORY_SC:
    case UTF8PROC_CATEGORY_SK: case UTF8PROC_CATEGORY_SO: case UTF8PROC_CATEGORY_ZS:
    case UTF8PROC_CATEGORY_ZL: case UTF8PROC_CATEGORY_ZP: case UTF8PROC_CATEGORY_CC:
    case UTF8PROC_CATEGORY_CF:
      return true;
    default:
      return false;
  }
}

std::string fold_bytes(std::string_view s) {
  std::string out(s);
  for (auto& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// ASCII text (most names) normalizes without utf8proc, to the same result: case folding maps
// only A-Z, compatibility and mark stripping leave ASCII alone, and every ASCII character other
// than a letter or digit is in a separator category (punctuation, symbol, space or control).
std::string normalize_ascii(std::string_view name) {
  std::string out;
  out.reserve(name.size());
  bool pending_space = false;
  for (char c : name) {
    bool lower = c >= 'a' && c <= 'z', upper = c >= 'A' && c <= 'Z', digit = c >= '0' && c <= '9';
    if (!lower && !upper && !digit) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += upper ? static_cast<char>(c - 'A' + 'a') : c;
  }
  if (out.rfind("the ", 0) == 0) out.erase(0, 4);
  return out;
}

bool is_ascii(std::string_view s) {
  for (char c : s)
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  return true;
}

}  // namespace

std::string normalize_name(std::string_view name) {
  if (is_ascii(name)) return normalize_ascii(name);
  utf8proc_uint8_t* folded = nullptr;
  auto len = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(name.data()),
                          static_cast<utf8proc_ssize_t>(name.size()), &folded,
                          static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE |
                                                         UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK |
                                                         UTF8PROC_COMPAT));
  std::string text;
  if (len < 0) {
    text = fold_bytes(name);
  } else {
    std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> guard(folded, &std::free);
    text.assign(reinterpret_cast<const char*>(folded), static_cast<std::size_t>(len));
  }

  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  auto* p = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(text.size());
  while (left > 0) {
    utf8proc_int32_t cp;
    auto n = utf8proc_iterate(p, left, &cp);
    if (n <= 0) {  // undecodable byte: keep it as it is
      out += static_cast<char>(*p);
      n = 1;
    } else if (is_separator(cp)) {
      pending_space = !out.empty();
    } else {
      if (pending_space) out += ' ';
      pending_space = false;
      // letters with a stroke or ligatures have no mark to strip: "Radosław" is "Radoslaw"
      switch (cp) {
        case 0x142: out += 'l'; break;   // ł
        case 0xF8: out += 'o'; break;    // ø
        case 0x111: out += 'd'; break;   // đ
        case 0xF0: out += 'd'; break;    // ð
        case 0x127: out += 'h'; break;   // ħ
        case 0x131: out += 'i'; break;   // dotless ı
        case 0xDF: out += "ss"; break;   // ß
        case 0xE6: out += "ae"; break;   // æ
        case 0x153: out += "oe"; break;  // œ
        case 0xFE: out += "th"; break;   // þ
        default: append_utf8(out, static_cast<char32_t>(cp));
      }
    }
    p += n;
    left -= n;
  }
  if (out.rfind("the ", 0) == 0) out.erase(0, 4);
  return out;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

bool is_code_like(std::string_view name) {
  int letters = 0;
  for (char c : name) {
    if (c >= 'A' && c <= 'Z') ++letters;
    else if (c == '.' || c == '-') continue;
    else return false;
  }
  return letters >= 2;
}

std::string make_node_id(std::string_view label, std::string_view name) {
  std::string id = fold_bytes(label);
  id += ':';
  for (char c : normalize_name(name)) id += (c == ' ') ? '-' : c;
  return id;
}

namespace {
std::vector<std::string> split(std::string_view s, char sep) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (true) {
    auto pos = s.find(sep, start);
    out.emplace_back(s.substr(start, pos == std::string_view::npos ? std::string_view::npos : pos - start));
    if (pos == std::string_view::npos) break;
    start = pos + 1;
  }
  return out;
}

std::string strip_dots(std::string_view s) {
  std::string out;
  for (char c : s)
    if (c != '.') out += c;
  return out;
}
}  // namespace

StateLexicon StateLexicon::parse(std::string_view tsv, std::string_view origin) {
  StateLexicon lex;
  std::size_t line_no = 0;
  for (const auto& line : split(tsv, '\n')) {
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    auto cols = split(line, '\t');
    if (cols.size() < 6)
      throw std::runtime_error(std::string(origin) + ":" + std::to_string(line_no) +
                               ": expected 6 tab-separated columns, found " + std::to_string(cols.size()));
    StateEntry e{cols[0], cols[1], cols[2], cols[3], cols[4] != "territory", {}};
    for (auto& a : split(cols[5], ';'))
      if (!a.empty()) e.aliases.push_back(a);
    auto index = lex.entries_.size();
    auto add = [&](const std::string& n) {
      if (is_code_like(n)) lex.by_code_.emplace(strip_dots(n), index);
      else lex.by_norm_.emplace(normalize_name(n), index);
    };
    lex.by_code_.emplace(e.iso2, index);
    lex.by_code_.emplace(e.iso3, index);
    add(e.name);
    if (!e.official_name.empty()) add(e.official_name);
    for (const auto& a : e.aliases) add(a);
    lex.entries_.push_back(std::move(e));
  }
  return lex;
}

const StateLexicon& StateLexicon::builtin() {
  static const StateLexicon lex = parse(fg::embedded::states_tsv(), "data/states.tsv");
  return lex;
}

const StateEntry* StateLexicon::find(std::string_view name) const {
  if (is_code_like(name)) {
    auto it = by_code_.find(strip_dots(name));
    if (it != by_code_.end()) return &entries_[it->second];
  }
  auto it = by_norm_.find(normalize_name(name));
  return it == by_norm_.end() ? nullptr : &entries_[it->second];
}

}  // namespace fg::graph
