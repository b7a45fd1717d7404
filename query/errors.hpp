#pragma once
// Building QueryErrors with positions: byte offsets in the statement become 1-based line and
// column (in code points).
#include <string>
#include <string_view>

#include "query/engine.hpp"

namespace fg::query {

struct LineCol {
  std::size_t line = 1, column = 1;
};
LineCol line_col(std::string_view text, std::size_t offset);

[[noreturn]] void throw_at(std::string_view text, std::size_t offset, std::string kind, std::string detail,
                           const std::string& message);
[[noreturn]] inline void syntax_error(std::string_view text, std::size_t offset, std::string detail,
                                      const std::string& message) {
  throw_at(text, offset, "SyntaxError", std::move(detail), message);
}
[[noreturn]] void runtime_error(std::string kind, std::string detail, const std::string& message);
[[noreturn]] inline void type_error(const std::string& message, std::string detail = "InvalidArgumentType") {
  runtime_error("TypeError", std::move(detail), message);
}

// Nearest names for "did you mean" (edit distance, case-insensitive); empty when none is close.
std::string nearest_name(std::string_view wanted, const std::vector<std::string>& known);

}  // namespace fg::query
