#pragma once
// What a syntax error says was expected: the farthest position the grammar reached and the human
// descriptions of the rules that failed there. Rules without a description never appear, so a
// message never shows a PEGTL rule name.
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include <tao/pegtl.hpp>

#include "query/grammar.hpp"

namespace fg::query {

template <typename Rule>
inline constexpr const char* expected_text = nullptr;

#define FG_EXPECT(rule, text) \
  template <>                 \
  inline constexpr const char* expected_text<grammar::rule> = text
FG_EXPECT(node_close, "')' to close the node pattern");
FG_EXPECT(rel_close, "']' to close the relationship pattern");
FG_EXPECT(list_close, "']'");
FG_EXPECT(map_close, "'}' to close the map");
FG_EXPECT(paren_close, "')'");
FG_EXPECT(call_close, "')' to close the function call");
FG_EXPECT(expression, "an expression");
FG_EXPECT(atom, "an expression");
FG_EXPECT(variable, "a variable name");
FG_EXPECT(label_name, "a label name");
FG_EXPECT(rel_type_name, "a relationship type");
FG_EXPECT(prop_key, "a property name");
FG_EXPECT(node_pattern, "a node pattern such as (n)");
FG_EXPECT(clause, "a clause (MATCH, OPTIONAL MATCH, WITH, UNWIND, RETURN or CREATE)");
FG_EXPECT(statement_end, "the end of the statement");
FG_EXPECT(kw_as, "AS");
FG_EXPECT(kw_then, "THEN");
FG_EXPECT(kw_end, "END to close CASE");
FG_EXPECT(kw_by, "BY after ORDER");
FG_EXPECT(range_high, "an upper bound");
#undef FG_EXPECT

struct ExpectationTracker {
  const char* begin = nullptr;
  std::size_t farthest = 0;
  std::vector<const char*> expected;
  std::vector<std::size_t> starts;
  std::size_t depth = 0;
  bool too_deep = false;
  std::size_t deep_at = 0;

  void note(std::size_t at, const char* what) {
    if (at > farthest) {
      farthest = at;
      expected.clear();
    }
    if (at == farthest && std::none_of(expected.begin(), expected.end(), [&](const char* e) { return std::string_view(e) == what; }))
      expected.push_back(what);
  }

  std::string message(std::string_view text) const {
    std::string got;
    if (farthest >= text.size()) {
      got = "the end of the input";
    } else {
      std::size_t n = 0;
      while (farthest + n < text.size() && n < 20 && !std::isspace(static_cast<unsigned char>(text[farthest + n]))) ++n;
      got = "'" + std::string(text.substr(farthest, std::max<std::size_t>(n, 1))) + "'";
    }
    if (expected.empty()) return "unexpected " + got;
    std::string out = "expected ";
    // Closers and specific tokens are more telling than "an expression"; list them first.
    std::vector<const char*> order = expected;
    // Where an expression may start, its alternatives (a pattern, a name) are implied by it.
    if (std::find(order.begin(), order.end(), expected_text<grammar::atom>) != order.end())
      std::erase_if(order, [](const char* s) {
        return s == expected_text<grammar::node_pattern> || s == expected_text<grammar::variable>;
      });
    std::stable_sort(order.begin(), order.end(), [](const char* a, const char* b) {
      return (a[0] == '\'') > (b[0] == '\'');
    });
    if (order.size() > 4) order.resize(4);
    for (std::size_t i = 0; i < order.size(); ++i) {
      if (i > 0) out += i + 1 == order.size() ? " or " : ", ";
      out += order[i];
    }
    return out + ", found " + got;
  }
};

inline constexpr std::size_t kMaxExpressionDepth = 100;

template <typename Rule>
struct syntax_control : tao::pegtl::normal<Rule> {
  template <typename Input>
  static void start(const Input& in, ExpectationTracker& t) {
    if constexpr (expected_text<Rule> != nullptr) t.starts.push_back(static_cast<std::size_t>(in.current() - t.begin));
    if constexpr (std::is_same_v<Rule, grammar::expression>) {
      ++t.depth;
      if (grammar::parse_memo) {
        grammar::parse_memo->depth = t.depth;
        grammar::parse_memo->peak = std::max(grammar::parse_memo->peak, t.depth);
      }
      if (t.depth > kMaxExpressionDepth) {
        t.too_deep = true;
        t.deep_at = static_cast<std::size_t>(in.current() - t.begin);
        throw tao::pegtl::parse_error("expression nested too deeply", in);
      }
    }
  }
  template <typename Input>
  static void success(const Input&, ExpectationTracker& t) {
    if constexpr (expected_text<Rule> != nullptr) t.starts.pop_back();
    if constexpr (std::is_same_v<Rule, grammar::expression>) {
      --t.depth;
      if (grammar::parse_memo) grammar::parse_memo->depth = t.depth;
    }
  }
  template <typename Input>
  static void failure(const Input&, ExpectationTracker& t) {
    if constexpr (expected_text<Rule> != nullptr) {
      t.note(t.starts.back(), expected_text<Rule>);
      t.starts.pop_back();
    }
    if constexpr (std::is_same_v<Rule, grammar::expression>) {
      --t.depth;
      if (grammar::parse_memo) grammar::parse_memo->depth = t.depth;
    }
  }
  template <typename Input>
  static void unwind(const Input&, ExpectationTracker& t) {
    if constexpr (expected_text<Rule> != nullptr) t.starts.pop_back();
  }
};

}  // namespace fg::query
