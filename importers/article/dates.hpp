#pragma once
// Stage 7: dates as written ("on Wednesday", "April 17", "May 19–21", "by the end of January",
// "last October", "in 2014", "2022-01-12") resolved against the article date into ISO dates,
// partial when the text is ("2022-01", "2014"). Weekdays point forward in sentences about the
// future ("will", "scheduled for", "due") and backward otherwise. Without an article date,
// only absolute dates get an ISO value; the rest keep just their text.
#include <string>
#include <vector>

#include "importers/article/types.hpp"

namespace fg::importers::article {

struct DateExpr {
  std::uint32_t tb = 0, te = 0;  // tokens
  std::string iso;               // may be empty (relative date, no article date)
  std::string text;              // as written
};

std::vector<DateExpr> find_dates(const Document& doc, const std::vector<Token>& tokens, const Sentence& s);

// Month number 1..12 of an English month name or abbreviation, 0 if none.
int month_number(std::string_view lower);

}  // namespace fg::importers::article
