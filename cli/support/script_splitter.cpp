#include "cli/support/script_splitter.hpp"

#include <cctype>

namespace fg::cli {

namespace {

// A character-level scanner that knows where strings, back-quoted names and comments are.
class Scanner {
 public:
  explicit Scanner(std::string_view s) : s_(s) {}
  bool done() const { return i_ >= s_.size(); }
  std::size_t pos() const { return i_; }
  // Advances over one token-ish unit; returns true when it was code (not comment/whitespace),
  // and sets `semicolon` when that code was a statement-ending ';'.
  bool step(bool& semicolon) {
    semicolon = false;
    char c = s_[i_];
    if (c == '/' && i_ + 1 < s_.size() && s_[i_ + 1] == '/') {
      while (i_ < s_.size() && s_[i_] != '\n') ++i_;
      return false;
    }
    if (c == '/' && i_ + 1 < s_.size() && s_[i_ + 1] == '*') {
      auto end = s_.find("*/", i_ + 2);
      i_ = end == std::string_view::npos ? s_.size() : end + 2;
      return false;
    }
    if (c == '"' || c == '\'' || c == '`') {
      ++i_;
      while (i_ < s_.size() && s_[i_] != c) {
        if (s_[i_] == '\\' && c != '`') ++i_;
        ++i_;
      }
      if (i_ < s_.size()) ++i_;
      return true;
    }
    ++i_;
    if (std::isspace(static_cast<unsigned char>(c))) return false;
    semicolon = c == ';';
    return true;
  }

 private:
  std::string_view s_;
  std::size_t i_ = 0;
};

struct Position {
  std::size_t line, column;
};

Position position_of(std::string_view s, std::size_t offset) {
  Position p{1, 1};
  for (std::size_t i = 0; i < offset && i < s.size(); ++i) {
    if (s[i] == '\n') {
      ++p.line;
      p.column = 1;
    } else if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) {
      ++p.column;
    }
  }
  return p;
}

bool at_line_start(std::string_view s, std::size_t i) {
  while (i > 0 && (s[i - 1] == ' ' || s[i - 1] == '\t')) --i;
  return i == 0 || s[i - 1] == '\n';
}

}  // namespace

std::vector<ScriptChunk> split_script(std::string_view script) {
  std::vector<ScriptChunk> chunks;
  Scanner sc(script);
  std::size_t start = std::string_view::npos;  // first code character of the open statement
  while (!sc.done()) {
    std::size_t here = sc.pos();
    if (start == std::string_view::npos && script[here] == ':' && here + 1 < script.size() &&
        std::isalpha(static_cast<unsigned char>(script[here + 1])) && at_line_start(script, here)) {
      auto end = script.find('\n', here);
      if (end == std::string_view::npos) end = script.size();
      auto p = position_of(script, here);
      std::string text(script.substr(here, end - here));
      while (!text.empty() && (text.back() == '\r' || text.back() == ' ')) text.pop_back();
      chunks.push_back({true, text, p.line, p.column});
      // skip the command line through the scanner
      while (!sc.done() && sc.pos() < end) {
        bool semi;
        sc.step(semi);
      }
      continue;
    }
    bool semicolon = false;
    bool code = sc.step(semicolon);
    if (!code) continue;
    if (start == std::string_view::npos) start = here;
    if (semicolon) {
      auto p = position_of(script, start);
      chunks.push_back({false, std::string(script.substr(start, here - start)), p.line, p.column});
      start = std::string_view::npos;
    }
  }
  if (start != std::string_view::npos) {
    auto p = position_of(script, start);
    std::string text(script.substr(start));
    if (!is_blank_or_comment(text)) chunks.push_back({false, text, p.line, p.column});
  }
  return chunks;
}

bool statement_complete(std::string_view text) {
  Scanner sc(text);
  bool last_was_semicolon = false;
  while (!sc.done()) {
    bool semi = false;
    if (sc.step(semi)) last_was_semicolon = semi;
  }
  return last_was_semicolon;
}

bool is_blank_or_comment(std::string_view text) {
  Scanner sc(text);
  while (!sc.done()) {
    bool semi;
    if (sc.step(semi)) return false;
  }
  return true;
}

}  // namespace fg::cli
