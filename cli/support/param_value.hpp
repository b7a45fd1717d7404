#pragma once
// Values of --param and :param: a JSON value when the text is one (`3`, `["a","b"]`, `"x"`),
// otherwise the text itself as a string (`name=Russia`).
#include <string>

#include "query/value.hpp"

namespace fg::cli {

query::Value parse_param_value(const std::string& text);

// Splits "name=value" for --param; throws std::invalid_argument when there is no '='.
std::pair<std::string, query::Value> parse_param_assignment(const std::string& text);

}  // namespace fg::cli
