#pragma once
// Stage 2: tokens with byte offsets. Words keep internal apostrophes and the dots of
// abbreviations ("U.S."); possessive 's, hyphens, dashes, quotes and other punctuation are
// tokens of their own, flagged when no space separates them from what precedes.
#include <string_view>
#include <vector>

#include "importers/article/types.hpp"

namespace fg::importers::article {

// Appends the tokens of text[begin, end) to `out`.
void tokenize(std::string_view text, std::size_t begin, std::size_t end, std::vector<Token>& out);

// Lower case of a UTF-8 string (ASCII fast path).
std::string lower_utf8(std::string_view s);

// "HOUPHOUËT-BOIGNY" -> "Houphouët-Boigny": each word's first letter upper case, the rest lower.
std::string title_case_utf8(std::string_view s);

}  // namespace fg::importers::article
