#include "query/binder.hpp"

#include <algorithm>
#include <optional>

#include "query/errors.hpp"
#include "query/expr/functions.hpp"

namespace fg::query {

Compiler::Compiler(std::string_view text, const graph::GraphView& g, const QueryOptions& opts)
    : text_(text), graph_(g), opts_(opts) {}

void Compiler::error(SourcePos pos, const std::string& detail, const std::string& message) const {
  syntax_error(text_, pos.offset, detail, message);
}

namespace {
std::vector<std::string> names_of(const graph::GraphView& g, const std::vector<graph::Symbol>& syms) {
  std::vector<std::string> out;
  for (auto s : syms) out.push_back(g.symbol_name(s));
  return out;
}
}  // namespace

void Compiler::warn_label(const std::string& label) {
  auto sym = graph_.find_symbol(label);
  if (sym && !graph_.nodes_with_label(*sym).empty()) return;
  if (!warned_.insert("label:" + label).second) return;
  std::string w = "unknown label :" + label + " matches nothing";
  auto near = nearest_name(label, names_of(graph_, graph_.labels_in_use()));
  if (!near.empty()) w += " (did you mean :" + near + "?)";
  warnings.push_back(w);
}

void Compiler::warn_type(const std::string& type) {
  auto sym = graph_.find_symbol(type);
  if (sym && !graph_.edges_with_type(*sym).empty()) return;
  if (!warned_.insert("type:" + type).second) return;
  std::string w = "unknown relationship type " + type + " matches nothing";
  auto near = nearest_name(type, names_of(graph_, graph_.edge_types_in_use()));
  if (!near.empty()) w += " (did you mean " + near + "?)";
  warnings.push_back(w);
}

void Compiler::warn_property(const std::string& key) {
  if (graph_.node_count() == 0 || graph_.find_symbol(key)) return;
  if (!warned_.insert("key:" + key).second) return;
  std::string w = "unknown property key '" + key + "' is always null";
  // Property keys share the symbol table with labels and types; suggest from all of them.
  std::vector<std::string> names;
  for (graph::Symbol s = 0; s < graph_.symbol_count(); ++s) names.push_back(graph_.symbol_name(s));
  auto near = nearest_name(key, names);
  if (!near.empty()) w += " (did you mean '" + near + "'?)";
  warnings.push_back(w);
}

bool Compiler::contains_aggregate(const Expr& e) {
  if (e.kind == ExprKind::CountStar) return true;
  if (e.kind == ExprKind::Function && e.function && static_cast<const FunctionInfo*>(e.function)->aggregate) return true;
  if (e.kind == ExprKind::ListComprehension || e.kind == ExprKind::Quantifier || e.kind == ExprKind::PatternComprehension) {
    for (const auto& c : e.children)
      if (c && contains_aggregate(*c)) return true;
    return false;
  }
  for (const auto& c : e.children)
    if (c && contains_aggregate(*c)) return true;
  return false;
}

void Compiler::referenced_slots(const Expr& e, std::set<int>& out) {
  if (e.kind == ExprKind::Variable && e.slot >= 0) out.insert(e.slot);
  if (e.kind == ExprKind::PathValue)
    for (int s : e.path_slots) out.insert(s);
  if (e.kind == ExprKind::PatternPredicate || e.kind == ExprKind::PatternComprehension)
    for (int s : e.path_slots) out.insert(s);  // outer variables the pattern uses
  std::set<int> inner;
  for (const auto& c : e.children)
    if (c) referenced_slots(*c, inner);
  if (e.kind == ExprKind::ListComprehension || e.kind == ExprKind::Quantifier) inner.erase(e.slot);
  out.insert(inner.begin(), inner.end());
}

// The kind of value an expression certainly has, when that is known before running it.
std::optional<ValueKind> Compiler::static_kind(const Expr& e) {
  switch (e.kind) {
    case ExprKind::Literal: return e.value.kind();
    case ExprKind::ListLiteral:
    case ExprKind::ListComprehension: return ValueKind::List;
    case ExprKind::MapLiteral: return ValueKind::Map;
    case ExprKind::Unary:
      if (e.op == "-" || e.op == "+") {
        auto k = static_kind(*e.children[0]);
        if (k == ValueKind::Int || k == ValueKind::Float) return k;
      }
      return std::nullopt;
    default: return std::nullopt;
  }
}

void Compiler::bind(const ExprPtr& ep, const Scope& scope, AggregateRule rule, bool inside_aggregate) {
  if (!ep) return;
  Expr& e = *ep;
  switch (e.kind) {
    case ExprKind::Variable: {
      if (e.op == "bound") return;
      const Variable* v = scope.find(e.name);
      if (!v) error(e.pos, "UndefinedVariable", "variable `" + e.name + "` is not defined");
      e.slot = v->slot;
      return;
    }
    case ExprKind::Property:
      bind(e.children[0], scope, rule, inside_aggregate);
      warn_property(e.name);
      return;
    case ExprKind::CountStar:
      if (rule == AggregateRule::Forbidden) error(e.pos, "InvalidAggregation", "count(*) is not allowed here");
      if (inside_aggregate) error(e.pos, "NestedAggregation", "an aggregate function cannot contain another");
      return;
    case ExprKind::Function: {
      const FunctionInfo* f = find_function(e.name);
      if (!f) {
        if (is_known_unsupported_function(e.name))
          throw_at(text_, e.pos.offset, "UnsupportedFeature", e.name, "function " + e.name + "() is not supported");
        error(e.pos, "UnknownFunction", "unknown function '" + e.name + "'");
      }
      e.function = f;
      if (e.children.size() < f->min_args || e.children.size() > f->max_args)
        error(e.pos, "InvalidNumberOfArguments",
              std::string(f->name) + "() takes " +
                  (f->min_args == f->max_args ? std::to_string(f->min_args)
                                              : std::to_string(f->min_args) + " to " + std::to_string(f->max_args)) +
                  " argument(s), got " + std::to_string(e.children.size()));
      if (f->aggregate) {
        if (rule == AggregateRule::Forbidden)
          error(e.pos, "InvalidAggregation", std::string(f->name) + "() is not allowed here");
        if (inside_aggregate) error(e.pos, "NestedAggregation", "an aggregate function cannot contain another");
        for (const auto& c : e.children) bind(c, scope, rule, true);
        return;
      }
      if (e.distinct) error(e.pos, "InvalidArgumentType", "DISTINCT is only allowed in aggregate functions");
      if (std::string_view(f->name) == "exists" && !e.children.empty()) {
        auto k = e.children[0]->kind;
        if (k != ExprKind::Property && k != ExprKind::PatternPredicate && k != ExprKind::Index)
          error(e.pos, "InvalidArgumentType", "exists() expects a property or a pattern");
      }
      for (const auto& c : e.children) bind(c, scope, rule, inside_aggregate);
      return;
    }
    case ExprKind::ListComprehension:
    case ExprKind::Quantifier: {
      bind(e.children[0], scope, rule, inside_aggregate);
      Scope inner = scope;
      e.slot = new_slot();
      inner.vars[e.name] = Variable{e.slot, VarType::Any};
      for (std::size_t i = 1; i < e.children.size(); ++i)
        bind(e.children[i], inner, e.kind == ExprKind::Quantifier ? AggregateRule::Forbidden : rule, inside_aggregate);
      return;
    }
    case ExprKind::PatternPredicate: {
      e.subplan = plan_subpattern(*e.pattern, scope, false);
      for (const auto& n : e.pattern->nodes)
        if (auto* v = scope.find(n.var)) e.path_slots.push_back(v->slot);
      for (const auto& r : e.pattern->rels)
        if (auto* v = scope.find(r.var)) e.path_slots.push_back(v->slot);
      return;
    }
    case ExprKind::PatternComprehension: {
      Scope inner;
      e.subplan = plan_subpattern(*e.pattern, scope, true, &inner);
      for (const auto& n : e.pattern->nodes)
        if (auto* v = scope.find(n.var)) e.path_slots.push_back(v->slot);
      for (const auto& c : e.children) bind(c, inner, AggregateRule::Forbidden, inside_aggregate);
      return;
    }
    case ExprKind::LabelPredicate:
      bind(e.children[0], scope, rule, inside_aggregate);
      for (const auto& l : e.keys) warn_label(l);
      return;
    case ExprKind::MapProjection:
      for (const auto& c : e.children) bind(c, scope, rule, inside_aggregate);
      return;
    default:
      for (const auto& c : e.children) bind(c, scope, rule, inside_aggregate);
      if ((e.kind == ExprKind::Binary && (e.op == "AND" || e.op == "OR" || e.op == "XOR")) ||
          (e.kind == ExprKind::Unary && e.op == "NOT")) {
        for (const auto& c : e.children) {
          auto k = static_kind(*c);
          if (k && *k != ValueKind::Bool && *k != ValueKind::Null)
            error(c->pos, "InvalidArgumentType",
                  e.op + " expects booleans, not " + std::string(kind_name(*k)) + " (" + c->text + ")");
        }
      }
      return;
  }
}

}  // namespace fg::query
