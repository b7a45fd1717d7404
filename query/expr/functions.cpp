// Scalar functions. Each returns null for a null argument unless openCypher says otherwise.
#include "query/expr/functions.hpp"

#include <utf8proc.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <limits>
#include <random>

#include "query/errors.hpp"
#include "query/expr/operations.hpp"
#include "query/format/cypher_notation.hpp"

namespace fg::query {

namespace {
using Args = std::span<const Value>;

[[noreturn]] void bad_arg(std::string_view fn, const Value& v) {
  runtime_error("TypeError", "InvalidArgumentType",
                std::string(fn) + "() cannot take an argument of type " + std::string(kind_name(v.kind())));
}

std::int64_t int_arg(std::string_view fn, const Value& v) {
  if (v.is_int()) return v.as_int();
  bad_arg(fn, v);
}

Value f_id(Args a, ExecContext&) {
  if (a[0].is_null()) return {};
  if (a[0].is_node()) return Value(static_cast<std::int64_t>(a[0].as_node()));
  if (a[0].is_relationship()) return Value(static_cast<std::int64_t>(a[0].as_relationship()));
  bad_arg("id", a[0]);
}

Value f_labels(Args a, ExecContext& ctx) {
  if (a[0].is_null()) return {};
  if (!a[0].is_node()) bad_arg("labels", a[0]);
  std::vector<std::string> names;
  for (auto l : ctx.graph.labels(a[0].as_node())) names.push_back(ctx.graph.symbol_name(l));
  List out;
  for (auto& n : names) out.emplace_back(std::move(n));
  return Value(std::move(out));
}

Value f_type(Args a, ExecContext& ctx) {
  if (a[0].is_null()) return {};
  if (!a[0].is_relationship()) bad_arg("type", a[0]);
  return Value(ctx.graph.symbol_name(ctx.graph.edge_type(a[0].as_relationship())));
}

Value f_properties(Args a, ExecContext& ctx) {
  const Value& v = a[0];
  if (v.is_null()) return {};
  if (v.is_node() || v.is_relationship()) return Value(properties_of(ctx.graph, v));
  if (v.is_map()) return v;
  bad_arg("properties", v);
}

Value f_keys(Args a, ExecContext& ctx) {
  const Value& v = a[0];
  if (v.is_null()) return {};
  List out;
  if (v.is_node() || v.is_relationship()) {
    for (const auto& kv : properties_of(ctx.graph, v)) out.emplace_back(kv.first);
  } else if (v.is_map()) {
    for (const auto& kv : v.as_map()) out.emplace_back(kv.first);
  } else {
    bad_arg("keys", v);
  }
  return Value(std::move(out));
}

Value f_size(Args a, ExecContext&) {
  const Value& v = a[0];
  if (v.is_null()) return {};
  if (v.is_list()) return Value(static_cast<std::int64_t>(v.as_list().size()));
  if (v.is_string()) return Value(static_cast<std::int64_t>(ops::utf8_length(v.as_string())));
  if (v.is_map()) return Value(static_cast<std::int64_t>(v.as_map().size()));
  bad_arg("size", v);
}

Value f_length(Args a, ExecContext&) {
  const Value& v = a[0];
  if (v.is_null()) return {};
  if (v.is_path()) return Value(static_cast<std::int64_t>(v.as_path().rels.size()));
  if (v.is_string()) return Value(static_cast<std::int64_t>(ops::utf8_length(v.as_string())));
  if (v.is_list()) return Value(static_cast<std::int64_t>(v.as_list().size()));
  bad_arg("length", v);
}

Value f_nodes(Args a, ExecContext&) {
  if (a[0].is_null()) return {};
  if (!a[0].is_path()) bad_arg("nodes", a[0]);
  List out;
  for (auto n : a[0].as_path().nodes) out.emplace_back(NodeRef{n});
  return Value(std::move(out));
}

Value f_relationships(Args a, ExecContext&) {
  if (a[0].is_null()) return {};
  if (!a[0].is_path()) bad_arg("relationships", a[0]);
  List out;
  for (auto r : a[0].as_path().rels) out.emplace_back(RelRef{r});
  return Value(std::move(out));
}

Value f_start_node(Args a, ExecContext& ctx) {
  if (a[0].is_null()) return {};
  if (!a[0].is_relationship()) bad_arg("startNode", a[0]);
  return Value(NodeRef{ctx.graph.source(a[0].as_relationship())});
}
Value f_end_node(Args a, ExecContext& ctx) {
  if (a[0].is_null()) return {};
  if (!a[0].is_relationship()) bad_arg("endNode", a[0]);
  return Value(NodeRef{ctx.graph.target(a[0].as_relationship())});
}

Value f_head(Args a, ExecContext&) {
  if (a[0].is_null()) return {};
  if (!a[0].is_list()) bad_arg("head", a[0]);
  return a[0].as_list().empty() ? Value() : a[0].as_list().front();
}
Value f_last(Args a, ExecContext&) {
  if (a[0].is_null()) return {};
  if (!a[0].is_list()) bad_arg("last", a[0]);
  return a[0].as_list().empty() ? Value() : a[0].as_list().back();
}
Value f_tail(Args a, ExecContext&) {
  if (a[0].is_null()) return {};
  if (!a[0].is_list()) bad_arg("tail", a[0]);
  const auto& l = a[0].as_list();
  return Value(l.empty() ? List{} : List(l.begin() + 1, l.end()));
}

Value f_range(Args a, ExecContext& ctx) {
  for (const auto& v : a)
    if (!v.is_int())
      runtime_error("ArgumentError", "InvalidArgumentType",
                    "range() expects integers, got " + std::string(kind_name(v.kind())));
  std::int64_t from = a[0].as_int(), to = a[1].as_int(), step = a.size() > 2 ? a[2].as_int() : 1;
  if (step == 0) runtime_error("ArgumentError", "NumberOutOfRange", "range() step must not be zero");
  List out;
  // Computed in 128-bit-safe steps so extreme bounds cannot overflow.
  long double count = std::floor((static_cast<long double>(to) - static_cast<long double>(from)) / step) + 1;
  if (count > static_cast<long double>(ctx.options.max_rows))
    runtime_error("ArgumentError", "NumberOutOfRange",
                  "range() would produce more than " + std::to_string(ctx.options.max_rows) +
                      " elements (the --max-rows limit)");
  for (std::int64_t i = 0; i < static_cast<std::int64_t>(count); ++i) out.emplace_back(from + i * step);
  return Value(std::move(out));
}

Value f_coalesce(Args a, ExecContext&) {
  for (const auto& v : a)
    if (!v.is_null()) return v;
  return {};
}

std::string map_case(const std::string& s, bool upper) {
  std::u32string cps = ops::utf8_decode(s);
  for (auto& c : cps)
    c = static_cast<char32_t>(upper ? utf8proc_toupper(static_cast<utf8proc_int32_t>(c))
                                    : utf8proc_tolower(static_cast<utf8proc_int32_t>(c)));
  return ops::utf8_encode(cps);
}

std::string str_arg(std::string_view fn, const Value& v) {
  if (!v.is_string()) bad_arg(fn, v);
  return std::string(v.as_string());
}

Value f_to_lower(Args a, ExecContext&) {
  if (a[0].is_null()) return {};
  return Value(map_case(str_arg("toLower", a[0]), false));
}
Value f_to_upper(Args a, ExecContext&) {
  if (a[0].is_null()) return {};
  return Value(map_case(str_arg("toUpper", a[0]), true));
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
Value trim_impl(Args a, const char* fn, bool left, bool right) {
  if (a[0].is_null()) return {};
  std::string s = str_arg(fn, a[0]);
  std::size_t b = 0, e = s.size();
  if (left)
    while (b < e && is_space(s[b])) ++b;
  if (right)
    while (e > b && is_space(s[e - 1])) --e;
  return Value(s.substr(b, e - b));
}
Value f_trim(Args a, ExecContext&) { return trim_impl(a, "trim", true, true); }
Value f_ltrim(Args a, ExecContext&) { return trim_impl(a, "lTrim", true, false); }
Value f_rtrim(Args a, ExecContext&) { return trim_impl(a, "rTrim", false, true); }

Value f_left(Args a, ExecContext&) {
  if (a[0].is_null()) return {};
  if (a[1].is_null()) runtime_error("ArgumentError", "InvalidArgumentValue", "left() length must not be null");
  auto n = int_arg("left", a[1]);
  if (n < 0) runtime_error("ArgumentError", "NegativeIntegerArgument", "left() length must not be negative");
  auto cps = ops::utf8_decode(str_arg("left", a[0]));
  return Value(ops::utf8_encode(std::u32string_view(cps).substr(0, static_cast<std::size_t>(n))));
}
Value f_right(Args a, ExecContext&) {
  if (a[0].is_null()) return {};
  if (a[1].is_null()) runtime_error("ArgumentError", "InvalidArgumentValue", "right() length must not be null");
  auto n = int_arg("right", a[1]);
  if (n < 0) runtime_error("ArgumentError", "NegativeIntegerArgument", "right() length must not be negative");
  auto cps = ops::utf8_decode(str_arg("right", a[0]));
  std::size_t k = std::min(cps.size(), static_cast<std::size_t>(n));
  return Value(ops::utf8_encode(std::u32string_view(cps).substr(cps.size() - k)));
}

Value f_replace(Args a, ExecContext&) {
  for (const auto& v : a)
    if (v.is_null()) return {};
  std::string s = str_arg("replace", a[0]);
  const std::string& from = str_arg("replace", a[1]);
  const std::string& to = str_arg("replace", a[2]);
  if (from.empty()) {
    // Inserted between every code point and at both ends, as Java's String.replace does.
    auto cps = ops::utf8_decode(s);
    std::string out = to;
    for (char32_t c : cps) out += ops::utf8_encode(std::u32string(1, c)) + to;
    return Value(out);
  }
  std::string out;
  std::size_t pos = 0;
  for (auto hit = s.find(from); hit != std::string::npos; hit = s.find(from, pos)) {
    out += s.substr(pos, hit - pos) + to;
    pos = hit + from.size();
  }
  return Value(out + s.substr(pos));
}

Value f_reverse(Args a, ExecContext&) {
  if (a[0].is_null()) return {};
  if (a[0].is_list()) {
    List l = a[0].as_list();
    std::reverse(l.begin(), l.end());
    return Value(std::move(l));
  }
  auto cps = ops::utf8_decode(str_arg("reverse", a[0]));
  std::reverse(cps.begin(), cps.end());
  return Value(ops::utf8_encode(cps));
}

Value f_substring(Args a, ExecContext&) {
  if (a[0].is_null()) return {};
  auto cps = ops::utf8_decode(str_arg("substring", a[0]));
  auto start = int_arg("substring", a[1]);
  if (start < 0) runtime_error("ArgumentError", "NegativeIntegerArgument", "substring() start must not be negative");
  std::size_t len = std::u32string::npos;
  if (a.size() > 2) {
    auto l = int_arg("substring", a[2]);
    if (l < 0) runtime_error("ArgumentError", "NegativeIntegerArgument", "substring() length must not be negative");
    len = static_cast<std::size_t>(l);
  }
  if (static_cast<std::size_t>(start) >= cps.size()) return Value(std::string());
  return Value(ops::utf8_encode(std::u32string_view(cps).substr(static_cast<std::size_t>(start), len)));
}

Value f_split(Args a, ExecContext&) {
  if (a[0].is_null() || a[1].is_null()) return {};
  const std::string& s = str_arg("split", a[0]);
  const std::string& d = str_arg("split", a[1]);
  List out;
  if (d.empty()) {
    for (char32_t c : ops::utf8_decode(s)) out.emplace_back(ops::utf8_encode(std::u32string(1, c)));
    return Value(std::move(out));
  }
  std::size_t pos = 0;
  for (auto hit = s.find(d); hit != std::string::npos; hit = s.find(d, pos)) {
    out.emplace_back(s.substr(pos, hit - pos));
    pos = hit + d.size();
  }
  out.emplace_back(s.substr(pos));
  return Value(std::move(out));
}

Value f_to_string(Args a, ExecContext&) {
  const Value& v = a[0];
  if (v.is_null()) return {};
  if (v.is_string()) return v;
  if (v.is_int()) return Value(std::to_string(v.as_int()));
  if (v.is_float()) return Value(format_float(v.as_float()));
  if (v.is_bool()) return Value(v.as_bool() ? "true" : "false");
  bad_arg("toString", v);
}

std::optional<double> parse_double(const std::string& s) {
  std::string t = s;
  while (!t.empty() && is_space(t.back())) t.pop_back();
  std::size_t b = 0;
  while (b < t.size() && is_space(t[b])) ++b;
  t = t.substr(b);
  if (t.empty()) return std::nullopt;
  char* end = nullptr;
  double d = std::strtod(t.c_str(), &end);
  if (end != t.c_str() + t.size()) return std::nullopt;
  return d;
}

Value f_to_integer(Args a, ExecContext&) {
  const Value& v = a[0];
  if (v.is_null()) return {};
  if (v.is_int()) return v;
  if (v.is_float()) {
    double d = v.as_float();
    if (std::isnan(d) || d < -9223372036854775808.0 || d >= 9223372036854775808.0) return {};
    return Value(static_cast<std::int64_t>(std::trunc(d)));
  }
  if (v.is_bool()) return Value(std::int64_t{v.as_bool() ? 1 : 0});
  if (v.is_string()) {
    const std::string s(v.as_string());
    errno = 0;
    char* end = nullptr;
    long long i = std::strtoll(s.c_str(), &end, 10);
    if (!s.empty() && end == s.c_str() + s.size() && errno == 0) return Value(static_cast<std::int64_t>(i));
    auto d = parse_double(s);
    if (!d || std::isnan(*d) || *d < -9223372036854775808.0 || *d >= 9223372036854775808.0) return {};
    return Value(static_cast<std::int64_t>(std::trunc(*d)));
  }
  bad_arg("toInteger", v);
}

Value f_to_float(Args a, ExecContext&) {
  const Value& v = a[0];
  if (v.is_null()) return {};
  if (v.is_float()) return v;
  if (v.is_int()) return Value(static_cast<double>(v.as_int()));
  if (v.is_string()) {
    auto d = parse_double(std::string(v.as_string()));
    return d ? Value(*d) : Value();
  }
  bad_arg("toFloat", v);
}

Value f_to_boolean(Args a, ExecContext&) {
  const Value& v = a[0];
  if (v.is_null()) return {};
  if (v.is_bool()) return v;
  if (v.is_string()) {
    std::string s(v.as_string());
    while (!s.empty() && is_space(s.back())) s.pop_back();
    s.erase(0, std::min(s.size(), s.find_first_not_of(" \t\n\r")));
    for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (s == "true") return Value(true);
    if (s == "false") return Value(false);
    return {};
  }
  if (v.is_int()) return Value(v.as_int() != 0);
  bad_arg("toBoolean", v);
}

Value f_exists(Args a, ExecContext&) { return Value(!a[0].is_null()); }

double num_arg(std::string_view fn, const Value& v) {
  if (!v.is_number()) bad_arg(fn, v);
  return v.as_number();
}

Value f_abs(Args a, ExecContext&) {
  if (a[0].is_null()) return {};
  if (a[0].is_int()) {
    if (a[0].as_int() == std::numeric_limits<std::int64_t>::min())
      runtime_error("ArithmeticError", "IntegerOverflow", "integer overflow in abs()");
    return Value(std::abs(a[0].as_int()));
  }
  return Value(std::fabs(num_arg("abs", a[0])));
}
Value f_sign(Args a, ExecContext&) {
  if (a[0].is_null()) return {};
  double d = num_arg("sign", a[0]);
  return Value(std::int64_t{d > 0 ? 1 : d < 0 ? -1 : 0});
}
template <double (*F)(double)>
Value math1(Args a, ExecContext&) {
  if (a[0].is_null()) return {};
  return Value(F(num_arg("math", a[0])));
}
double round_half_up(double d) { return std::floor(d + 0.5); }
Value f_round(Args a, ExecContext&) {
  if (a[0].is_null()) return {};
  double d = num_arg("round", a[0]);
  if (a.size() > 1) {
    auto digits = int_arg("round", a[1]);
    double scale = std::pow(10.0, static_cast<double>(digits));
    return Value(round_half_up(d * scale) / scale);
  }
  return Value(round_half_up(d));
}
Value f_rand(Args, ExecContext&) {
  static thread_local std::mt19937_64 rng{std::random_device{}()};
  return Value(std::uniform_real_distribution<double>(0.0, 1.0)(rng));
}
Value f_pi(Args, ExecContext&) { return Value(3.14159265358979323846); }
Value f_e(Args, ExecContext&) { return Value(2.71828182845904523536); }
Value f_atan2(Args a, ExecContext&) {
  if (a[0].is_null() || a[1].is_null()) return {};
  return Value(std::atan2(num_arg("atan2", a[0]), num_arg("atan2", a[1])));
}

const FunctionInfo kFunctions[] = {
    {"count", 1, 1, true, nullptr},
    {"collect", 1, 1, true, nullptr},
    {"sum", 1, 1, true, nullptr},
    {"avg", 1, 1, true, nullptr},
    {"min", 1, 1, true, nullptr},
    {"max", 1, 1, true, nullptr},
    {"stDev", 1, 1, true, nullptr},
    {"stDevP", 1, 1, true, nullptr},
    {"percentileDisc", 2, 2, true, nullptr},
    {"percentileCont", 2, 2, true, nullptr},
    {"id", 1, 1, false, f_id},
    {"labels", 1, 1, false, f_labels},
    {"type", 1, 1, false, f_type},
    {"properties", 1, 1, false, f_properties},
    {"keys", 1, 1, false, f_keys},
    {"size", 1, 1, false, f_size},
    {"length", 1, 1, false, f_length},
    {"nodes", 1, 1, false, f_nodes},
    {"relationships", 1, 1, false, f_relationships},
    {"startNode", 1, 1, false, f_start_node},
    {"endNode", 1, 1, false, f_end_node},
    {"head", 1, 1, false, f_head},
    {"last", 1, 1, false, f_last},
    {"tail", 1, 1, false, f_tail},
    {"range", 2, 3, false, f_range},
    {"coalesce", 1, 64, false, f_coalesce},
    {"toLower", 1, 1, false, f_to_lower},
    {"toUpper", 1, 1, false, f_to_upper},
    {"trim", 1, 1, false, f_trim},
    {"lTrim", 1, 1, false, f_ltrim},
    {"rTrim", 1, 1, false, f_rtrim},
    {"left", 2, 2, false, f_left},
    {"right", 2, 2, false, f_right},
    {"replace", 3, 3, false, f_replace},
    {"reverse", 1, 1, false, f_reverse},
    {"substring", 2, 3, false, f_substring},
    {"split", 2, 2, false, f_split},
    {"toString", 1, 1, false, f_to_string},
    {"toInteger", 1, 1, false, f_to_integer},
    {"toFloat", 1, 1, false, f_to_float},
    {"toBoolean", 1, 1, false, f_to_boolean},
    {"exists", 1, 1, false, f_exists},
    {"abs", 1, 1, false, f_abs},
    {"sign", 1, 1, false, f_sign},
    {"ceil", 1, 1, false, math1<std::ceil>},
    {"floor", 1, 1, false, math1<std::floor>},
    {"round", 1, 2, false, f_round},
    {"sqrt", 1, 1, false, math1<std::sqrt>},
    {"exp", 1, 1, false, math1<std::exp>},
    {"log", 1, 1, false, math1<std::log>},
    {"log10", 1, 1, false, math1<std::log10>},
    {"sin", 1, 1, false, math1<std::sin>},
    {"cos", 1, 1, false, math1<std::cos>},
    {"tan", 1, 1, false, math1<std::tan>},
    {"asin", 1, 1, false, math1<std::asin>},
    {"acos", 1, 1, false, math1<std::acos>},
    {"atan", 1, 1, false, math1<std::atan>},
    {"atan2", 2, 2, false, f_atan2},
    {"rand", 0, 0, false, f_rand},
    {"pi", 0, 0, false, f_pi},
    {"e", 0, 0, false, f_e},
};

bool iequals(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}
}  // namespace

const FunctionInfo* find_function(std::string_view name) {
  for (const auto& f : kFunctions)
    if (iequals(f.name, name)) return &f;
  return nullptr;
}

bool is_known_unsupported_function(std::string_view name) {
  static const char* const kUnsupported[] = {
      "date", "datetime", "localdatetime", "localtime", "time", "duration", "point", "distance",
      "shortestPath", "allShortestPaths", "reduce", "timestamp", "randomUUID", "elementId"};
  for (const char* u : kUnsupported)
    if (iequals(u, name)) return true;
  std::string lower(name);
  for (auto& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lower.starts_with("date.") || lower.starts_with("datetime.") || lower.starts_with("duration.") ||
         lower.starts_with("localtime.") || lower.starts_with("localdatetime.") || lower.starts_with("time.") ||
         lower.starts_with("point.") || lower.starts_with("apoc.") || lower.starts_with("db.");
}

}  // namespace fg::query
