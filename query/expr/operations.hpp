#pragma once
// openCypher's operators on values: arithmetic with integer overflow checks, the ternary
// (true/false/null) comparisons and equality, string and list predicates.
#include <optional>

#include "query/value.hpp"

namespace fg::query::ops {

Value add(const Value& a, const Value& b);
Value subtract(const Value& a, const Value& b);
Value multiply(const Value& a, const Value& b);
Value divide(const Value& a, const Value& b);
Value modulo(const Value& a, const Value& b);
Value power(const Value& a, const Value& b);
Value negate(const Value& a);

// `=`: null when either side is null or when nulls inside lists/maps leave it undecided.
Value equals(const Value& a, const Value& b);
// `<`, `<=`, `>`, `>=`: null for null operands and for values of different kinds.
Value less(const Value& a, const Value& b, bool or_equal);
Value in_list(const Value& x, const Value& list);
Value starts_with(const Value& a, const Value& b);
Value ends_with(const Value& a, const Value& b);
Value contains(const Value& a, const Value& b);
Value regex_match(const Value& a, const Value& b);

Value logical_and(const Value& a, const Value& b);
Value logical_or(const Value& a, const Value& b);
Value logical_xor(const Value& a, const Value& b);
Value logical_not(const Value& a);

// Code points of a UTF-8 string.
std::size_t utf8_length(std::string_view s);
std::u32string utf8_decode(std::string_view s);
std::string utf8_encode(std::u32string_view s);

}  // namespace fg::query::ops
