#include "query/expr/operations.hpp"

#include <cmath>
#include <limits>
#include <regex>

#include "graph/names.hpp"
#include "query/errors.hpp"
#include "query/format/cypher_notation.hpp"

namespace fg::query::ops {

namespace {
[[noreturn]] void mismatch(const char* op, const Value& a, const Value& b) {
  type_error(std::string("cannot apply ") + op + " to " + std::string(kind_name(a.kind())) + " and " +
             std::string(kind_name(b.kind())));
}
[[noreturn]] void overflow(const char* op) {
  runtime_error("ArithmeticError", "IntegerOverflow", std::string("integer overflow in ") + op);
}
bool bool_or_null(const Value& v) { return v.is_null() || v.is_bool(); }
}  // namespace

Value add(const Value& a, const Value& b) {
  if (a.is_null() || b.is_null()) return {};
  if (a.is_int() && b.is_int()) {
    std::int64_t r;
    if (__builtin_add_overflow(a.as_int(), b.as_int(), &r)) overflow("+");
    return Value(r);
  }
  if (a.is_number() && b.is_number()) return Value(a.as_number() + b.as_number());
  if (a.is_list() || b.is_list()) {
    List out;
    if (a.is_list()) out = a.as_list();
    else out.push_back(a);
    if (b.is_list()) out.insert(out.end(), b.as_list().begin(), b.as_list().end());
    else out.push_back(b);
    return Value(std::move(out));
  }
  auto as_text = [](const Value& v) -> std::optional<std::string> {
    if (v.is_string()) return std::string(v.as_string());
    if (v.is_int()) return std::to_string(v.as_int());
    if (v.is_bool()) return std::string(v.as_bool() ? "true" : "false");
    if (v.is_float()) return format_float(v.as_float());
    return std::nullopt;
  };
  if (a.is_string() || b.is_string()) {
    auto x = as_text(a), y = as_text(b);
    if (x && y) return Value(*x + *y);
  }
  mismatch("+", a, b);
}

Value subtract(const Value& a, const Value& b) {
  if (a.is_null() || b.is_null()) return {};
  if (a.is_int() && b.is_int()) {
    std::int64_t r;
    if (__builtin_sub_overflow(a.as_int(), b.as_int(), &r)) overflow("-");
    return Value(r);
  }
  if (a.is_number() && b.is_number()) return Value(a.as_number() - b.as_number());
  mismatch("-", a, b);
}

Value multiply(const Value& a, const Value& b) {
  if (a.is_null() || b.is_null()) return {};
  if (a.is_int() && b.is_int()) {
    std::int64_t r;
    if (__builtin_mul_overflow(a.as_int(), b.as_int(), &r)) overflow("*");
    return Value(r);
  }
  if (a.is_number() && b.is_number()) return Value(a.as_number() * b.as_number());
  mismatch("*", a, b);
}

Value divide(const Value& a, const Value& b) {
  if (a.is_null() || b.is_null()) return {};
  if (a.is_int() && b.is_int()) {
    if (b.as_int() == 0) runtime_error("ArithmeticError", "DivisionByZero", "/ by zero");
    if (a.as_int() == std::numeric_limits<std::int64_t>::min() && b.as_int() == -1) overflow("/");
    return Value(a.as_int() / b.as_int());
  }
  if (a.is_number() && b.is_number()) return Value(a.as_number() / b.as_number());
  mismatch("/", a, b);
}

Value modulo(const Value& a, const Value& b) {
  if (a.is_null() || b.is_null()) return {};
  if (a.is_int() && b.is_int()) {
    if (b.as_int() == 0) runtime_error("ArithmeticError", "DivisionByZero", "% by zero");
    if (b.as_int() == -1) return Value(std::int64_t{0});
    return Value(a.as_int() % b.as_int());
  }
  if (a.is_number() && b.is_number()) return Value(std::fmod(a.as_number(), b.as_number()));
  mismatch("%", a, b);
}

Value power(const Value& a, const Value& b) {
  if (a.is_null() || b.is_null()) return {};
  if (a.is_number() && b.is_number()) return Value(std::pow(a.as_number(), b.as_number()));
  mismatch("^", a, b);
}

Value negate(const Value& a) {
  if (a.is_null()) return {};
  if (a.is_int()) {
    if (a.as_int() == std::numeric_limits<std::int64_t>::min()) overflow("unary -");
    return Value(-a.as_int());
  }
  if (a.is_float()) return Value(-a.as_float());
  type_error("cannot negate " + std::string(kind_name(a.kind())));
}

Value equals(const Value& a, const Value& b) {
  if (a.is_null() || b.is_null()) return {};
  if (a.is_number() && b.is_number()) {
    if (a.is_float() && std::isnan(a.as_float())) return Value(false);
    if (b.is_float() && std::isnan(b.as_float())) return Value(false);
    return Value(equivalent(a, b));
  }
  if (a.kind() != b.kind()) return Value(false);
  if (a.is_list()) {
    const auto &x = a.as_list(), &y = b.as_list();
    if (x.size() != y.size()) return Value(false);
    bool unknown = false;
    for (std::size_t i = 0; i < x.size(); ++i) {
      Value e = equals(x[i], y[i]);
      if (e.is_null()) unknown = true;
      else if (!e.as_bool()) return Value(false);
    }
    return unknown ? Value() : Value(true);
  }
  if (a.is_map()) {
    const auto &x = a.as_map(), &y = b.as_map();
    if (x.size() != y.size()) return Value(false);
    bool unknown = false;
    for (auto i = x.begin(), j = y.begin(); i != x.end(); ++i, ++j) {
      if (i->first != j->first) return Value(false);
      Value e = equals(i->second, j->second);
      if (e.is_null()) unknown = true;
      else if (!e.as_bool()) return Value(false);
    }
    return unknown ? Value() : Value(true);
  }
  return Value(equivalent(a, b));
}

namespace {
// <0, 0, >0, or nullopt when not comparable (null result).
std::optional<int> compare(const Value& a, const Value& b) {
  if (a.is_null() || b.is_null()) return std::nullopt;
  if (a.is_number() && b.is_number()) {
    double x = a.as_number(), y = b.as_number();
    if (std::isnan(x) || std::isnan(y)) return std::nullopt;
    return order_compare(a, b);
  }
  if (a.kind() != b.kind()) return std::nullopt;
  switch (a.kind()) {
    case ValueKind::String:
    case ValueKind::Bool: return order_compare(a, b);
    case ValueKind::List: {
      const auto &x = a.as_list(), &y = b.as_list();
      for (std::size_t i = 0; i < x.size() && i < y.size(); ++i) {
        auto c = compare(x[i], y[i]);
        if (!c) return std::nullopt;
        if (*c != 0) return c;
      }
      return x.size() < y.size() ? -1 : x.size() > y.size() ? 1 : 0;
    }
    default: return std::nullopt;
  }
}
}  // namespace

Value less(const Value& a, const Value& b, bool or_equal) {
  auto c = compare(a, b);
  if (!c) return {};
  return Value(or_equal ? *c <= 0 : *c < 0);
}

Value in_list(const Value& x, const Value& list) {
  if (list.is_null()) return {};
  if (!list.is_list()) type_error("IN expects a list, got " + std::string(kind_name(list.kind())));
  bool unknown = false;
  for (const auto& e : list.as_list()) {
    Value r = equals(x, e);
    if (r.is_null()) unknown = true;
    else if (r.as_bool()) return Value(true);
  }
  return unknown ? Value() : Value(false);
}

Value starts_with(const Value& a, const Value& b) {
  if (!a.is_string() || !b.is_string()) return {};
  return Value(a.as_string().starts_with(b.as_string()));
}
Value ends_with(const Value& a, const Value& b) {
  if (!a.is_string() || !b.is_string()) return {};
  return Value(a.as_string().ends_with(b.as_string()));
}
Value contains(const Value& a, const Value& b) {
  if (!a.is_string() || !b.is_string()) return {};
  return Value(a.as_string().find(b.as_string()) != std::string::npos);
}

Value regex_match(const Value& a, const Value& b) {
  if (!a.is_string() || !b.is_string()) return {};
  try {
    std::regex re(std::string(b.as_string()), std::regex::ECMAScript);
    const std::string text(a.as_string());
    return Value(std::regex_match(text, re));
  } catch (const std::regex_error& e) {
    runtime_error("ArgumentError", "InvalidArgumentValue", "invalid regular expression '" + std::string(b.as_string()) + "'");
  }
}

Value logical_and(const Value& a, const Value& b) {
  if (!bool_or_null(a) || !bool_or_null(b)) mismatch("AND", a, b);
  if ((a.is_bool() && !a.as_bool()) || (b.is_bool() && !b.as_bool())) return Value(false);
  if (a.is_null() || b.is_null()) return {};
  return Value(true);
}
Value logical_or(const Value& a, const Value& b) {
  if (!bool_or_null(a) || !bool_or_null(b)) mismatch("OR", a, b);
  if ((a.is_bool() && a.as_bool()) || (b.is_bool() && b.as_bool())) return Value(true);
  if (a.is_null() || b.is_null()) return {};
  return Value(false);
}
Value logical_xor(const Value& a, const Value& b) {
  if (!bool_or_null(a) || !bool_or_null(b)) mismatch("XOR", a, b);
  if (a.is_null() || b.is_null()) return {};
  return Value(a.as_bool() != b.as_bool());
}
Value logical_not(const Value& a) {
  if (a.is_null()) return {};
  if (!a.is_bool()) type_error("NOT expects a boolean, got " + std::string(kind_name(a.kind())));
  return Value(!a.as_bool());
}

std::u32string utf8_decode(std::string_view s) {
  std::u32string out;
  for (std::size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    std::size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 1;
    char32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
    for (std::size_t k = 1; k < len && i + k < s.size(); ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    out += cp;
    i += len;
  }
  return out;
}

std::string utf8_encode(std::u32string_view s) {
  std::string out;
  for (char32_t cp : s) graph::append_utf8(out, cp);
  return out;
}

std::size_t utf8_length(std::string_view s) {
  std::size_t n = 0;
  for (char c : s)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  return n;
}

}  // namespace fg::query::ops
