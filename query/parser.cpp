// Runs the PEGTL grammar into a parse tree, then converts the tree into the AST.
#include "query/parser.hpp"

#include <tao/pegtl/contrib/parse_tree.hpp>

#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <limits>

#include "graph/names.hpp"
#include "query/errors.hpp"
#include "query/grammar.hpp"
#include "query/syntax_expectations.hpp"

namespace fg::query {

namespace pt = tao::pegtl::parse_tree;
namespace gr = grammar;
using Node = gr::ParseNode;

template <typename Rule>
using selector = pt::selector<
    Rule,
    pt::store_content::on<
        gr::statement, gr::explain_flag, gr::profile_flag, gr::statement_end, gr::match_clause, gr::optional_flag,
        gr::unwind_clause, gr::with_clause, gr::return_clause, gr::create_clause, gr::unsupported_clause,
        gr::clause, gr::where_clause, gr::pattern, gr::pattern_part, gr::path_assign, gr::pattern_chain,
        gr::node_pattern, gr::node_labels, gr::label_name, gr::node_close, gr::rel_pattern, gr::arrow_left,
        gr::arrow_right, gr::rel_detail, gr::rel_types, gr::rel_type_name, gr::var_length, gr::range_low,
        gr::range_dots, gr::range_high, gr::rel_close, gr::variable, gr::projection_body, gr::distinct_flag,
        gr::projection_items, gr::star_item, gr::projection_item, gr::alias, gr::order_by, gr::sort_item,
        gr::sort_desc, gr::sort_asc, gr::skip_part, gr::limit_part, gr::expression, gr::or_expr, gr::xor_expr,
        gr::and_expr, gr::not_expr, gr::not_op, gr::comparison_expr, gr::comparison_op, gr::predicate_expr,
        gr::predicate_suffix, gr::is_null_op, gr::is_not_null_op, gr::in_op, gr::starts_with_op, gr::ends_with_op,
        gr::contains_op, gr::add_expr, gr::add_op, gr::mul_expr, gr::mul_op, gr::power_expr, gr::pow_op,
        gr::unary_expr, gr::unary_op, gr::postfix_expr, gr::property_lookup, gr::index_or_slice, gr::slice_dots,
        gr::slice_from, gr::slice_to, gr::label_predicate, gr::prop_key, gr::number, gr::string_literal,
        gr::true_literal, gr::false_literal, gr::null_literal, gr::parameter, gr::list_literal, gr::list_close,
        gr::map_literal, gr::map_entry, gr::map_close, gr::case_expr, gr::case_subject, gr::case_alt,
        gr::case_else, gr::kw_end, gr::kw_then, gr::kw_as, gr::kw_by, gr::count_star, gr::list_comprehension,
        gr::in_list, gr::comprehension_where, gr::comprehension_map, gr::pattern_comprehension, gr::quantifier,
        gr::quantifier_kind, gr::function_call, gr::function_name, gr::call_close, gr::parenthesized,
        gr::paren_close, gr::pattern_predicate, gr::map_projection, gr::map_projection_item, gr::atom>>;

namespace {

// ------------------------------------------------------------------ pre-scan for nesting depth
void check_nesting(std::string_view text) {
  std::size_t depth = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\'' || c == '"' || c == '`') {
      for (++i; i < text.size() && text[i] != c; ++i)
        if (text[i] == '\\' && c != '`') ++i;
    } else if (c == '/' && i + 1 < text.size() && text[i + 1] == '/') {
      while (i < text.size() && text[i] != '\n') ++i;
    } else if (c == '/' && i + 1 < text.size() && text[i + 1] == '*') {
      auto end = text.find("*/", i + 2);
      i = end == std::string_view::npos ? text.size() : end + 1;
    } else if (c == '(' || c == '[' || c == '{') {
      if (++depth > kMaxNesting)
        syntax_error(text, i, "NestingTooDeep",
                     "brackets nested deeper than " + std::to_string(kMaxNesting) + " levels");
    } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
}

// ------------------------------------------------------------------ the tree walker
class Converter {
 public:
  explicit Converter(std::string_view text) : text_(text) {}

  StatementAst statement(const Node& n) {
    StatementAst st;
    for (const auto& c : n.children) {
      if (c->is_type<gr::explain_flag>()) st.explain = true;
      else if (c->is_type<gr::profile_flag>()) st.profile = true;
      else if (c->is_type<gr::clause>()) st.clauses.push_back(clause(*c->children.at(0)));
    }
    return st;
  }

 private:
  std::size_t off(const Node& n) const { return static_cast<std::size_t>(n.m_begin.byte); }
  [[noreturn]] void fail(const Node& n, const std::string& detail, const std::string& msg) const {
    syntax_error(text_, off(n), detail, msg);
  }
  static std::string trimmed(const Node& n) {
    std::string s(n.string_view());
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.pop_back();
    return s;
  }
  static const Node* child(const Node& n, auto pred) {
    for (const auto& c : n.children)
      if (pred(*c)) return c.get();
    return nullptr;
  }
  template <typename R>
  static const Node* find(const Node& n) {
    return child(n, [](const Node& c) { return c.is_type<R>(); });
  }

  // A symbolic name at the start of the node's text: `quoted` (with `` for a back-quote) or plain.
  static std::string name_at(std::string_view s) {
    std::string out;
    if (!s.empty() && s[0] == '`') {
      for (std::size_t i = 1; i < s.size(); ++i) {
        if (s[i] == '`') {
          if (i + 1 < s.size() && s[i + 1] == '`') {
            out += '`';
            ++i;
          } else {
            break;
          }
        } else {
          out += s[i];
        }
      }
      return out;
    }
    for (char c : s) {
      unsigned char u = static_cast<unsigned char>(c);
      if (std::isalnum(u) || c == '_' || u >= 0x80) out += c;
      else break;
    }
    return out;
  }
  static std::string name(const Node& n) { return name_at(n.string_view()); }

  // ---------------------------------------------------------------- clauses
  Clause clause(const Node& n) {
    Clause c;
    c.pos.offset = off(n);
    if (n.is_type<gr::match_clause>()) {
      c.kind = ClauseKind::Match;
      c.optional = find<gr::optional_flag>(n) != nullptr;
      c.pattern = pattern(*find<gr::pattern>(n));
      if (auto* w = find<gr::where_clause>(n)) c.where = expr(*w->children.at(0));
    } else if (n.is_type<gr::unwind_clause>()) {
      c.kind = ClauseKind::Unwind;
      c.unwind_expr = expr(*find<gr::expression>(n));
      auto* v = find<gr::variable>(n);
      c.unwind_var = name(*v);
      c.unwind_var_pos.offset = off(*v);
    } else if (n.is_type<gr::create_clause>()) {
      c.kind = ClauseKind::Create;
      c.pattern = pattern(*find<gr::pattern>(n));
    } else if (n.is_type<gr::with_clause>()) {
      c.kind = ClauseKind::With;
      c.projection = projection(*find<gr::projection_body>(n));
      if (auto* w = find<gr::where_clause>(n)) c.projection.where = expr(*w->children.at(0));
    } else if (n.is_type<gr::return_clause>()) {
      c.kind = ClauseKind::Return;
      c.projection = projection(*find<gr::projection_body>(n));
    } else {
      std::string word = name(n);
      for (auto& ch : word) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
      throw_at(text_, off(n), "UnsupportedFeature", word,
               word + " is not supported (factgraph runs MATCH, OPTIONAL MATCH, WHERE, WITH, UNWIND, RETURN and CREATE)");
    }
    return c;
  }

  Projection projection(const Node& n) {
    Projection p;
    p.distinct = find<gr::distinct_flag>(n) != nullptr;
    const Node* items = find<gr::projection_items>(n);
    for (const auto& it : items->children) {
      if (it->is_type<gr::star_item>()) {
        p.star = true;
        continue;
      }
      ProjectionItem item;
      item.expr = expr(*it->children.at(0));
      if (auto* a = find<gr::alias>(*it)) {
        item.alias = name(*find<gr::variable>(*a));
        item.has_alias = true;
      } else {
        item.alias = trimmed(*it->children.at(0));
      }
      p.items.push_back(std::move(item));
    }
    if (auto* o = find<gr::order_by>(n)) {
      for (const auto& s : o->children) {
        if (!s->is_type<gr::sort_item>()) continue;
        SortItem si;
        si.expr = expr(*s->children.at(0));
        si.descending = find<gr::sort_desc>(*s) != nullptr;
        p.order.push_back(std::move(si));
      }
    }
    if (auto* s = find<gr::skip_part>(n)) p.skip = expr(*s->children.at(0));
    if (auto* l = find<gr::limit_part>(n)) p.limit = expr(*l->children.at(0));
    return p;
  }

  // ---------------------------------------------------------------- patterns
  std::vector<PatternPart> pattern(const Node& n) {
    std::vector<PatternPart> parts;
    for (const auto& c : n.children)
      if (c->is_type<gr::pattern_part>()) parts.push_back(pattern_part(*c));
    return parts;
  }

  PatternPart pattern_part(const Node& n) {
    PatternPart p;
    p.pos.offset = off(n);
    if (auto* a = find<gr::path_assign>(n)) p.path_var = name(*a->children.at(0));
    chain(*find<gr::pattern_chain>(n), p);
    return p;
  }

  void chain(const Node& n, PatternPart& p) {
    for (const auto& c : n.children) {
      if (c->is_type<gr::node_pattern>()) p.nodes.push_back(node_pattern(*c));
      else if (c->is_type<gr::rel_pattern>()) p.rels.push_back(rel_pattern(*c));
    }
  }

  ExprPtr properties(const Node& n) {
    if (auto* m = find<gr::map_literal>(n)) return expr(*m);
    if (auto* m = find<gr::parameter>(n)) return expr(*m);
    return nullptr;
  }

  NodePattern node_pattern(const Node& n) {
    NodePattern np;
    np.pos.offset = off(n);
    if (auto* v = find<gr::variable>(n)) np.var = name(*v);
    if (auto* l = find<gr::node_labels>(n))
      for (const auto& c : l->children)
        if (c->is_type<gr::label_name>()) np.labels.push_back(name(*c));
    np.props = properties(n);
    return np;
  }

  std::int64_t hops(const Node& n) {
    errno = 0;
    auto v = std::strtoll(std::string(n.string_view()).c_str(), nullptr, 10);
    if (errno == ERANGE) fail(n, "IntegerOverflow", "hop count too large");
    return v;
  }

  RelPattern rel_pattern(const Node& n) {
    RelPattern rp;
    rp.pos.offset = off(n);
    bool left = find<gr::arrow_left>(n) != nullptr, right = find<gr::arrow_right>(n) != nullptr;
    rp.dir = left && !right ? Direction::In : right && !left ? Direction::Out : Direction::Both;
    if (auto* d = find<gr::rel_detail>(n)) {
      if (auto* v = find<gr::variable>(*d)) rp.var = name(*v);
      if (auto* t = find<gr::rel_types>(*d))
        for (const auto& c : t->children)
          if (c->is_type<gr::rel_type_name>()) rp.types.push_back(name(*c));
      if (auto* vl = find<gr::var_length>(*d)) {
        rp.var_length = true;
        auto* lo = find<gr::range_low>(*vl);
        auto* dots = find<gr::range_dots>(*vl);
        auto* hi = find<gr::range_high>(*vl);
        if (lo) rp.min_hops = hops(*lo);
        if (hi) rp.max_hops = hops(*hi);
        if (lo && !dots) rp.max_hops = rp.min_hops;
      }
      rp.props = properties(*d);
    }
    return rp;
  }

  // ---------------------------------------------------------------- expressions
  ExprPtr make(ExprKind k, const Node& n) {
    auto e = std::make_shared<Expr>();
    e->kind = k;
    e->pos.offset = off(n);
    e->text = trimmed(n);
    return e;
  }
  ExprPtr binary(const std::string& op, ExprPtr a, ExprPtr b, const Node& at) {
    auto e = make(ExprKind::Binary, at);
    e->op = op;
    e->children = {std::move(a), std::move(b)};
    measure(*e, at);
    return e;
  }

  static constexpr int kMaxExprDepth = 1000;
  void measure(Expr& e, const Node& at) {
    for (const auto& c : e.children)
      if (c) e.depth = std::max(e.depth, c->depth + 1);
    if (e.pattern) e.depth += 1;
    if (e.depth > kMaxExprDepth)
      fail(at, "NestingTooDeep",
           "expression nested too deeply (more than " + std::to_string(kMaxExprDepth) + " levels of operators)");
  }

  // Left-associative chains: operand (op operand)*.
  ExprPtr fold_left(const Node& n) {
    ExprPtr acc;
    std::string op;
    for (const auto& c : n.children) {
      if (c->is_type<gr::add_op>() || c->is_type<gr::mul_op>() || c->is_type<gr::pow_op>()) {
        op = std::string(1, c->string_view()[0]);
      } else if (!acc) {
        acc = expr(*c);
      } else {
        acc = binary(op, acc, expr(*c), n);
      }
    }
    return acc;
  }
  ExprPtr fold_keyword(const Node& n, const std::string& op) {
    ExprPtr acc;
    for (const auto& c : n.children) acc = acc ? binary(op, acc, expr(*c), n) : expr(*c);
    return acc;
  }

  ExprPtr expr(const Node& n) {
    ExprPtr e = expr_inner(n);
    if (e->text.empty()) e->text = trimmed(n);
    measure(*e, n);
    return e;
  }

  ExprPtr expr_inner(const Node& n) {
    if (n.is_type<gr::atom>() || n.is_type<gr::case_subject>() || n.is_type<gr::slice_from>() ||
        n.is_type<gr::slice_to>()) {
      auto e = expr(*n.children.at(0));
      return e;
    }
    // `expression` derives from or_expr, so its node holds or_expr's operands directly.
    if (n.is_type<gr::or_expr>() || n.is_type<gr::expression>()) return fold_keyword(n, "OR");
    if (n.is_type<gr::xor_expr>()) return fold_keyword(n, "XOR");
    if (n.is_type<gr::and_expr>()) return fold_keyword(n, "AND");
    if (n.is_type<gr::not_expr>()) {
      ExprPtr inner = expr(*n.children.back());
      for (std::size_t i = n.children.size() - 1; i-- > 0;) {
        auto u = make(ExprKind::Unary, *n.children[i]);
        u->op = "NOT";
        u->text = std::string(text_.substr(off(*n.children[i]), off(n) + n.string_view().size() - off(*n.children[i])));
        u->children = {inner};
        inner = u;
      }
      return inner;
    }
    if (n.is_type<gr::comparison_expr>()) {
      if (n.children.size() == 1) return expr(*n.children[0]);
      // a < b < c means a < b AND b < c.
      std::vector<ExprPtr> operands;
      std::vector<std::string> ops;
      for (const auto& c : n.children) {
        if (c->is_type<gr::comparison_op>()) ops.push_back(trimmed(*c));
        else operands.push_back(expr(*c));
      }
      ExprPtr acc;
      for (std::size_t i = 0; i < ops.size(); ++i) {
        auto cmp = binary(ops[i], operands[i], operands[i + 1], n);
        acc = acc ? binary("AND", acc, cmp, n) : cmp;
      }
      return acc;
    }
    if (n.is_type<gr::predicate_expr>()) {
      ExprPtr acc = expr(*n.children.at(0));
      for (std::size_t i = 1; i < n.children.size(); ++i) {
        const Node& s = *n.children[i];
        const Node& op = *s.children.at(0);
        if (op.is_type<gr::is_null_op>() || op.is_type<gr::is_not_null_op>()) {
          auto e = make(ExprKind::IsNull, n);
          e->op = op.is_type<gr::is_null_op>() ? "IS NULL" : "IS NOT NULL";
          e->children = {acc};
          acc = e;
        } else {
          std::string name = op.is_type<gr::in_op>() ? "IN"
                             : op.is_type<gr::starts_with_op>() ? "STARTS WITH"
                             : op.is_type<gr::ends_with_op>() ? "ENDS WITH"
                                                              : "CONTAINS";
          acc = binary(name, acc, expr(*s.children.at(1)), n);
        }
      }
      return acc;
    }
    if (n.is_type<gr::add_expr>() || n.is_type<gr::mul_expr>() || n.is_type<gr::power_expr>()) return fold_left(n);
    if (n.is_type<gr::unary_expr>()) {
      ExprPtr inner = expr(*n.children.back());
      for (std::size_t i = n.children.size() - 1; i-- > 0;) {
        char sign = n.children[i]->string_view()[0];
        if (sign == '+') {
          auto u = make(ExprKind::Unary, *n.children[i]);
          u->op = "+";
          u->children = {inner};
          inner = u;
          continue;
        }
        if (inner->kind == ExprKind::Literal && inner->op == "2^63") {
          inner->value = Value(std::numeric_limits<std::int64_t>::min());
          inner->op.clear();
          continue;
        }
        auto u = make(ExprKind::Unary, *n.children[i]);
        u->op = "-";
        u->children = {inner};
        inner = u;
      }
      check_literal(inner, n);
      return inner;
    }
    if (n.is_type<gr::postfix_expr>()) {
      ExprPtr acc = expr(*n.children.at(0));
      if (n.children.size() > 1) check_literal(acc, n);
      for (std::size_t i = 1; i < n.children.size(); ++i) {
        const Node& c = *n.children[i];
        std::string text(text_.substr(off(n), off(c) + c.string_view().size() - off(n)));
        while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.pop_back();
        if (c.is_type<gr::property_lookup>()) {
          auto e = make(ExprKind::Property, n);
          e->name = name(*c.children.at(0));
          e->children = {acc};
          e->text = text;
          acc = e;
        } else if (c.is_type<gr::index_or_slice>()) {
          if (find<gr::slice_dots>(c)) {
            auto e = make(ExprKind::Slice, n);
            e->children = {acc, nullptr, nullptr};
            if (auto* f = find<gr::slice_from>(c)) e->children[1] = expr(*f), e->slice_has_from = true;
            if (auto* t = find<gr::slice_to>(c)) e->children[2] = expr(*t), e->slice_has_to = true;
            e->text = text;
            acc = e;
          } else {
            auto e = make(ExprKind::Index, n);
            e->children = {acc, expr(*find<gr::slice_from>(c))};
            e->text = text;
            acc = e;
          }
        } else if (c.is_type<gr::label_predicate>()) {
          auto e = make(ExprKind::LabelPredicate, n);
          // label_predicate derives from node_labels: its node holds the label names directly.
          for (const auto& l : c.children)
            if (l->is_type<gr::label_name>()) e->keys.push_back(name(*l));
          e->children = {acc};
          e->text = text;
          acc = e;
        }
      }
      return acc;
    }
    if (n.is_type<gr::number>()) return number(n);
    if (n.is_type<gr::string_literal>()) {
      auto e = make(ExprKind::Literal, n);
      e->value = Value(unescape(n));
      return e;
    }
    if (n.is_type<gr::true_literal>() || n.is_type<gr::false_literal>()) {
      auto e = make(ExprKind::Literal, n);
      e->value = Value(n.is_type<gr::true_literal>());
      return e;
    }
    if (n.is_type<gr::null_literal>()) return make(ExprKind::Literal, n);
    if (n.is_type<gr::parameter>()) {
      auto e = make(ExprKind::Parameter, n);
      e->name = name_at(n.string_view().substr(1));
      return e;
    }
    if (n.is_type<gr::variable>()) {
      auto e = make(ExprKind::Variable, n);
      e->name = name(n);
      return e;
    }
    if (n.is_type<gr::list_literal>()) {
      auto e = make(ExprKind::ListLiteral, n);
      for (const auto& c : n.children)
        if (c->is_type<gr::expression>()) e->children.push_back(expr(*c));
      return e;
    }
    if (n.is_type<gr::map_literal>()) {
      auto e = make(ExprKind::MapLiteral, n);
      for (const auto& c : n.children) {
        if (!c->is_type<gr::map_entry>()) continue;
        e->keys.push_back(name(*c->children.at(0)));
        e->children.push_back(expr(*c->children.at(1)));
      }
      return e;
    }
    if (n.is_type<gr::parenthesized>()) {
      auto e = expr(*n.children.at(0));
      return e;
    }
    if (n.is_type<gr::count_star>()) return make(ExprKind::CountStar, n);
    if (n.is_type<gr::case_expr>()) {
      auto e = make(ExprKind::Case, n);
      for (const auto& c : n.children) {
        if (c->is_type<gr::case_subject>()) {
          e->has_subject = true;
          e->children.push_back(expr(*c));
        } else if (c->is_type<gr::case_alt>()) {
          for (const auto& x : c->children)
            if (x->is_type<gr::expression>()) e->children.push_back(expr(*x));
        } else if (c->is_type<gr::case_else>()) {
          e->has_else = true;
          e->children.push_back(expr(*find<gr::expression>(*c)));
        }
      }
      return e;
    }
    if (n.is_type<gr::list_comprehension>() || n.is_type<gr::quantifier>()) {
      auto e = make(n.is_type<gr::quantifier>() ? ExprKind::Quantifier : ExprKind::ListComprehension, n);
      if (auto* q = find<gr::quantifier_kind>(n)) {
        e->op = name(*q);
        for (auto& ch : e->op) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
      }
      const Node* in = find<gr::in_list>(n);
      e->name = name(*in->children.at(0));
      e->children.push_back(expr(*in->children.at(1)));
      if (auto* w = find<gr::comprehension_where>(n)) {
        e->has_where = true;
        e->children.push_back(expr(*w->children.at(0)));
      }
      if (auto* m = find<gr::comprehension_map>(n)) {
        e->has_map = true;
        e->children.push_back(expr(*m->children.at(0)));
      }
      return e;
    }
    if (n.is_type<gr::pattern_comprehension>()) {
      auto e = make(ExprKind::PatternComprehension, n);
      auto part = std::make_shared<PatternPart>();
      part->pos.offset = off(n);
      if (auto* a = find<gr::path_assign>(n)) part->path_var = name(*a->children.at(0));
      chain(*find<gr::pattern_chain>(n), *part);
      e->pattern = part;
      if (auto* w = find<gr::comprehension_where>(n)) {
        e->has_where = true;
        e->children.push_back(expr(*w->children.at(0)));
      }
      e->children.push_back(expr(*find<gr::expression>(n)));
      return e;
    }
    if (n.is_type<gr::pattern_predicate>()) {
      auto e = make(ExprKind::PatternPredicate, n);
      auto part = std::make_shared<PatternPart>();
      part->pos.offset = off(n);
      chain(n, *part);
      e->pattern = part;
      return e;
    }
    if (n.is_type<gr::function_call>()) {
      auto e = make(ExprKind::Function, n);
      std::string fname;
      std::string_view raw = find<gr::function_name>(n)->string_view();
      // Namespaced names (a.b.c) keep their dots; spaces before '(' are dropped.
      while (!raw.empty()) {
        auto part = name_at(raw);
        fname += part;
        std::size_t used = raw[0] == '`' ? part.size() + 2 : part.size();
        raw.remove_prefix(std::min(used, raw.size()));
        if (!raw.empty() && raw[0] == '.') {
          fname += '.';
          raw.remove_prefix(1);
        } else {
          break;
        }
      }
      e->name = fname;
      e->distinct = find<gr::distinct_flag>(n) != nullptr;
      for (const auto& c : n.children)
        if (c->is_type<gr::expression>()) e->children.push_back(expr(*c));
      return e;
    }
    if (n.is_type<gr::map_projection>()) {
      auto e = make(ExprKind::MapProjection, n);
      auto var = make(ExprKind::Variable, *n.children.at(0));
      var->name = name(*n.children.at(0));
      e->children.push_back(var);
      for (const auto& c : n.children) {
        if (!c->is_type<gr::map_projection_item>()) continue;
        std::string_view s = c->string_view();
        if (s[0] == '.') {
          auto* key = find<gr::prop_key>(*c);
          e->keys.push_back(key ? "." + name(*key) : ".*");
          e->children.push_back(nullptr);
        } else if (auto* key = find<gr::prop_key>(*c)) {
          e->keys.push_back(name(*key));
          e->children.push_back(expr(*find<gr::expression>(*c)));
        } else {
          auto v = make(ExprKind::Variable, *c);
          v->name = name(*c->children.at(0));
          e->keys.push_back(v->name);
          e->children.push_back(v);
        }
      }
      return e;
    }
    fail(n, "UnexpectedSyntax", "unexpected syntax");
  }

  void check_literal(const ExprPtr& e, const Node& n) {
    if (e->kind == ExprKind::Literal && e->op == "2^63") fail(n, "IntegerOverflow", "integer literal is too large");
  }

  ExprPtr number(const Node& n) {
    auto e = make(ExprKind::Literal, n);
    std::string s = trimmed(n);
    // Trailing comments are not part of the literal.
    std::size_t end = 0;
    while (end < s.size() && (std::isalnum(static_cast<unsigned char>(s[end])) || s[end] == '.' || s[end] == '_' ||
                              ((s[end] == '+' || s[end] == '-') && end > 0 && (s[end - 1] == 'e' || s[end - 1] == 'E'))))
      ++end;
    s.resize(end);
    e->text = s;
    auto integer = [&](std::string_view digits, int base) {
      constexpr std::uint64_t kLimit = std::uint64_t{1} << 63;
      std::uint64_t v = 0;
      for (char c : digits) {
        int d = std::isdigit(static_cast<unsigned char>(c)) ? c - '0' : std::tolower(static_cast<unsigned char>(c)) - 'a' + 10;
        if (d >= base) fail(n, "InvalidNumberLiteral", "invalid number literal '" + s + "'");
        auto b = static_cast<std::uint64_t>(base), dd = static_cast<std::uint64_t>(d);
        if (v > (kLimit - dd) / b) fail(n, "IntegerOverflow", "integer literal '" + s + "' is too large");
        v = v * b + dd;
      }
      if (v == kLimit) {
        e->op = "2^63";  // only valid right after a unary minus
      } else {
        e->value = Value(static_cast<std::int64_t>(v));
      }
    };
    if (s.size() > 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
      integer(std::string_view(s).substr(2), 16);
    } else if (s.size() > 2 && s[0] == '0' && (s[1] == 'o' || s[1] == 'O')) {
      integer(std::string_view(s).substr(2), 8);
    } else if (s.find_first_of(".eE") != std::string::npos) {
      for (char c : s)
        if (!(std::isdigit(static_cast<unsigned char>(c)) || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-'))
          fail(n, "InvalidNumberLiteral", "invalid number literal '" + s + "'");
      errno = 0;
      char* endp = nullptr;
      double d = std::strtod(s.c_str(), &endp);
      if (endp != s.c_str() + s.size()) fail(n, "InvalidNumberLiteral", "invalid number literal '" + s + "'");
      if (std::isinf(d)) fail(n, "FloatingPointOverflow", "float literal '" + s + "' is too large");
      e->value = Value(d);
    } else {
      for (char c : s)
        if (!std::isdigit(static_cast<unsigned char>(c))) fail(n, "InvalidNumberLiteral", "invalid number literal '" + s + "'");
      integer(s, 10);
    }
    return e;
  }


  std::string unescape(const Node& n) {
    std::string_view s = n.string_view();
    char quote = s[0];
    std::string out;
    for (std::size_t i = 1; i < s.size() && s[i] != quote; ++i) {
      if (s[i] != '\\') {
        out += s[i];
        continue;
      }
      char c = s[++i];
      switch (c) {
        case 't': out += '\t'; break;
        case 'b': out += '\b'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 'f': out += '\f'; break;
        case 'u':
        case 'U': {
          std::size_t len = c == 'u' ? 4 : 8;
          std::uint32_t cp = 0;
          for (std::size_t k = 1; k <= len; ++k) {
            char h = i + k < s.size() ? s[i + k] : '\0';
            if (!std::isxdigit(static_cast<unsigned char>(h)))
              syntax_error(text_, off(n) + i - 1, "InvalidUnicodeLiteral", "invalid unicode escape in string literal");
            cp = cp * 16 + static_cast<std::uint32_t>(std::isdigit(static_cast<unsigned char>(h)) ? h - '0' : std::tolower(h) - 'a' + 10);
          }
          if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            syntax_error(text_, off(n) + i - 1, "InvalidUnicodeLiteral", "invalid unicode code point in string literal");
          graph::append_utf8(out, static_cast<char32_t>(cp));
          i += len;
          break;
        }
        default: out += c;  // \\ \' \" and any other escaped character stand for themselves
      }
    }
    return out;
  }

  std::string_view text_;
};

}  // namespace

StatementAst parse_statement(std::string_view text) {
  if (text.size() > kMaxStatementBytes)
    syntax_error(text, kMaxStatementBytes, "QueryTooLarge",
                 "statement longer than " + std::to_string(kMaxStatementBytes) + " bytes");
  check_nesting(text);
  tao::pegtl::memory_input in(text.data(), text.size(), "<query>");
  ExpectationTracker tracker;
  tracker.begin = text.data();
  std::unique_ptr<Node> root;
  gr::ParseMemo memo;
  memo.max_depth = kMaxExpressionDepth;
  struct UseMemo {  // only while parsing: the finished tree and the memo are destroyed without it
    explicit UseMemo(gr::ParseMemo* m) { gr::parse_memo = m; }
    ~UseMemo() { gr::parse_memo = nullptr; }
  };
  try {
    UseMemo use(&memo);
    root = pt::parse<gr::statement, Node, selector, tao::pegtl::nothing, syntax_control>(in, tracker);
  } catch (const tao::pegtl::parse_error& e) {
    if (tracker.too_deep) syntax_error(text, tracker.deep_at, "NestingTooDeep", "expression nested too deeply");
    syntax_error(text, tracker.farthest, "UnexpectedSyntax", std::string(e.message()));
  }
  if (tracker.too_deep) syntax_error(text, tracker.deep_at, "NestingTooDeep", "expression nested too deeply");
  if (!root || root->children.empty()) syntax_error(text, tracker.farthest, "UnexpectedSyntax", tracker.message(text));
  return Converter(text).statement(*root->children.at(0));
}

}  // namespace fg::query
