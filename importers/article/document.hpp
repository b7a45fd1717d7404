#pragma once
// Stage 0: reading an article (shared/spec/gold.md, "Article file"): headline, `key: value`
// header lines, a blank line, the body. Refuses what is not an article, saying where and why.
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "importers/article/types.hpp"

namespace fg::importers::article {

struct InputError {
  std::size_t offset = 0;  // byte offset in the input where the problem is
  bool has_offset = false;
  std::string message;
};

struct ArticleInput {
  std::string id;
  std::string title;  // set for article lines; a .txt carries its headline in `text`
  std::string date;   // from the article line, if any
  std::string text;
};

// Longest line an article may have (a paragraph of a real article is far below it).
inline constexpr std::size_t kMaxLineBytes = 200000;

// Parses and validates. `fallback_date` (--date) applies when the article has no date of its own.
std::variant<Document, InputError> read_document(const ArticleInput& in, const std::string& fallback_date);

// The first invalid UTF-8 byte, if any.
std::optional<std::size_t> invalid_utf8_offset(std::string_view text);
// True for YYYY-MM-DD with a real month and day.
bool is_iso_date(std::string_view s);

}  // namespace fg::importers::article
