// WITH and RETURN: projection, grouping and aggregation, DISTINCT, ORDER BY, SKIP, LIMIT and
// WITH's WHERE, in that order.
#include <algorithm>

#include "query/binder.hpp"
#include "query/errors.hpp"
#include "query/expr/functions.hpp"

namespace fg::query {

namespace {

ExprPtr var_ref(int slot, const std::string& name) {
  auto e = std::make_shared<Expr>();
  e->kind = ExprKind::Variable;
  e->slot = slot;
  e->op = "bound";  // already resolved: the binder leaves it alone
  e->name = name;
  e->text = name;
  return e;
}

bool is_aggregate_call(const Expr& e) {
  return e.kind == ExprKind::CountStar ||
         (e.kind == ExprKind::Function && e.function && static_cast<const FunctionInfo*>(e.function)->aggregate);
}

// Replaces aggregate calls inside `e` by references to new slots, recording what to compute.
ExprPtr extract_aggregates(const ExprPtr& e, Compiler& c, std::vector<AggregateSpec>& aggs) {
  if (!e) return e;
  if (is_aggregate_call(*e)) {
    AggregateSpec a;
    a.slot = c.new_slot();
    if (e->kind == ExprKind::Function) {
      a.function = static_cast<const FunctionInfo*>(e->function);
      a.distinct = e->distinct;
      a.arg = e->children[0];
      if (e->children.size() > 1) a.extra = e->children[1];
    }
    aggs.push_back(a);
    auto ref = var_ref(a.slot, e->text);
    ref->text = e->text;
    return ref;
  }
  auto copy = std::make_shared<Expr>(*e);
  for (auto& ch : copy->children) ch = extract_aggregates(ch, c, aggs);
  return copy;
}

// Replaces sub-expressions equal (by source text) to a projected item with a reference to the
// item's slot: ORDER BY after aggregation or DISTINCT may only use what was projected.
ExprPtr replace_projected(const ExprPtr& e, const std::vector<std::pair<std::string, int>>& items) {
  if (!e) return e;
  for (const auto& [text, slot] : items)
    if (e->text == text && e->kind != ExprKind::Literal) return var_ref(slot, text);
  auto copy = std::make_shared<Expr>(*e);
  for (auto& ch : copy->children) ch = replace_projected(ch, items);
  return copy;
}

// After aggregation, an item may read outside its aggregates only what is grouped on.
void check_grouped(const Expr& e, const std::vector<std::string>& key_texts, const std::set<std::string>& key_vars,
                   const Compiler& c) {
  if (is_aggregate_call(e)) return;
  if (e.kind != ExprKind::Literal && std::find(key_texts.begin(), key_texts.end(), e.text) != key_texts.end()) return;
  if (e.kind == ExprKind::Variable && !key_vars.count(e.name))
    c.error(e.pos, "AmbiguousAggregationExpression",
            "`" + e.name + "` is used next to an aggregate but is not a grouping key");
  if (e.kind == ExprKind::ListComprehension || e.kind == ExprKind::Quantifier) {
    // The comprehension variable itself is fine.
    std::set<std::string> inner = key_vars;
    inner.insert(e.name);
    for (const auto& ch : e.children)
      if (ch) check_grouped(*ch, key_texts, inner, c);
    return;
  }
  for (const auto& ch : e.children)
    if (ch) check_grouped(*ch, key_texts, key_vars, c);
}

void check_constant(const ExprPtr& e, Compiler& c, const char* what) {
  std::set<int> refs;
  Scope empty;
  // Any variable is an error here; bind against an empty scope and translate the message.
  try {
    c.bind(e, empty, AggregateRule::Forbidden);
  } catch (const QueryError& err) {
    if (err.detail == "UndefinedVariable")
      c.error(e->pos, "NonConstantExpression", std::string(what) + " must be a constant or a parameter");
    throw;
  }
  if (e->kind == ExprKind::Literal) {
    if (e->value.is_int() && e->value.as_int() < 0)
      c.error(e->pos, "NegativeIntegerArgument", std::string(what) + " must not be negative");
    if (!e->value.is_int())
      c.error(e->pos, "InvalidArgumentType", std::string(what) + " must be an integer");
  }
  if (e->kind == ExprKind::Unary && e->op == "-" && e->children[0]->kind == ExprKind::Literal)
    c.error(e->pos, "NegativeIntegerArgument", std::string(what) + " must not be negative");
}

// The slots an expression reads (nullopt when it contains anything but variables, properties,
// literals, parameters and scalar functions and operators, which this rewrite does not reason about).
bool collect_slots(const Expr& e, std::set<int>& out) {
  switch (e.kind) {
    case ExprKind::Variable: out.insert(e.slot); return true;
    case ExprKind::Literal:
    case ExprKind::Parameter: return true;
    case ExprKind::Property:
    case ExprKind::Index:
    case ExprKind::Binary:
    case ExprKind::Unary:
    case ExprKind::IsNull:
    case ExprKind::ListLiteral:
      break;
    case ExprKind::Function:
      if (!e.function || static_cast<const FunctionInfo*>(e.function)->aggregate) return false;
      break;
    default: return false;
  }
  for (const auto& ch : e.children)
    if (ch && !collect_slots(*ch, out)) return false;
  return true;
}

// count(*) and count(v) where v is bound by the expansion (never null there).
bool counts_expansion(const AggregateSpec& a, const ExpandSpec& spec) {
  if (!a.function) return true;
  return a.function->name == "count" && !a.distinct && a.arg && a.arg->kind == ExprKind::Variable &&
         (a.arg->slot == spec.to || a.arg->slot == spec.rel);
}

}  // namespace

// Grouping and counting over the last expansion of a MATCH, when nothing else reads the
// expanded relationship or node, becomes ExpandCount + a weighted Aggregate: one row per start
// node instead of one per relationship. Otherwise a plain Aggregate.
OperatorPtr Compiler::plan_aggregate(OperatorPtr op, std::vector<Projected> keys, std::vector<AggregateSpec> aggs) {
  bool candidate = !aggs.empty() && std::all_of(aggs.begin(), aggs.end(), [](const AggregateSpec& a) {
    return !a.function || (a.function->name == "count" && !a.distinct);
  });
  std::set<int> key_slots;
  for (const auto& k : keys) candidate = candidate && collect_slots(*k.expr, key_slots);
  ExpandRelease probe;
  probe.dry_run = true;
  if (candidate && op->release_expand(probe)) {
    const ExpandSpec& spec = probe.spec;
    bool ok = !key_slots.count(spec.to) && !key_slots.count(spec.rel) &&
              std::all_of(aggs.begin(), aggs.end(), [&](const AggregateSpec& a) { return counts_expansion(a, spec); });
    if (ok) {
      ExpandRelease taken;
      if (!op->release_expand(taken)) throw std::logic_error("plan_aggregate: expansion not released");
      int weight = new_slot();
      for (auto& a : aggs) a = AggregateSpec{nullptr, false, nullptr, nullptr, a.slot};  // all count(*) now
      return make_aggregate(make_expand_count(std::move(taken), weight), std::move(keys), std::move(aggs), weight);
    }
  }
  return make_aggregate(std::move(op), std::move(keys), std::move(aggs));
}

OperatorPtr Compiler::plan_projection(OperatorPtr op, Projection& p, Scope& scope, bool is_return,
                                      std::vector<std::string>* columns, std::vector<int>* column_slots) {
  std::vector<ProjectionItem> items;
  if (p.star) {
    if (scope.vars.empty())
      error(SourcePos{}, "NoVariablesInScope", std::string(is_return ? "RETURN" : "WITH") + " * has no variables to return");
    for (const auto& [name, v] : scope.vars) {
      ProjectionItem it;
      it.expr = var_ref(v.slot, name);
      it.alias = name;
      it.has_alias = true;
      items.push_back(it);
    }
  }
  for (auto& it : p.items) items.push_back(it);

  std::set<std::string> names;
  for (const auto& it : items) {
    if (!is_return && !it.has_alias && it.expr->kind != ExprKind::Variable)
      error(it.expr->pos, "NoExpressionAlias", "expression '" + it.expr->text + "' in WITH must be aliased (use AS)");
    if (!names.insert(it.alias).second)
      error(it.expr->pos, "ColumnNameConflict", "column name '" + it.alias + "' is used more than once");
  }
  for (auto& it : items)
    if (it.expr->slot < 0 || it.expr->kind != ExprKind::Variable) bind(it.expr, scope, AggregateRule::Allowed);

  bool has_agg = std::any_of(items.begin(), items.end(), [](const ProjectionItem& it) { return contains_aggregate(*it.expr); });
  Scope out;
  std::vector<int> slots;
  for (const auto& it : items) {
    int slot = new_slot();
    VarType t = VarType::Any;
    if (it.expr->kind == ExprKind::Variable) {
      if (auto* v = scope.find(it.expr->name)) t = v->type;
    } else if (auto k = static_kind(*it.expr); k && *k != ValueKind::Null) {
      t = VarType::Value;
    }
    out.vars[it.alias] = Variable{slot, t};
    slots.push_back(slot);
  }

  std::vector<std::pair<std::string, int>> projected;  // expression text / alias -> slot
  for (std::size_t i = 0; i < items.size(); ++i) {
    projected.emplace_back(items[i].expr->text, slots[i]);
  }

  if (has_agg) {
    std::vector<Projected> keys, post;
    std::vector<AggregateSpec> aggs;
    std::vector<std::string> key_texts;
    std::set<std::string> key_vars;
    for (std::size_t i = 0; i < items.size(); ++i) {
      if (contains_aggregate(*items[i].expr)) continue;
      keys.push_back(Projected{items[i].expr, slots[i]});
      key_texts.push_back(items[i].expr->text);
      if (items[i].expr->kind == ExprKind::Variable) key_vars.insert(items[i].expr->name);
    }
    for (std::size_t i = 0; i < items.size(); ++i) {
      if (!contains_aggregate(*items[i].expr)) continue;
      check_grouped(*items[i].expr, key_texts, key_vars, *this);
      if (is_aggregate_call(*items[i].expr)) {
        std::size_t before = aggs.size();
        extract_aggregates(items[i].expr, *this, aggs);
        aggs[before].slot = slots[i];
      } else {
        post.push_back(Projected{extract_aggregates(items[i].expr, *this, aggs), slots[i]});
      }
    }
    op = plan_aggregate(std::move(op), std::move(keys), std::move(aggs));
    if (!post.empty()) op = make_project(std::move(op), std::move(post), "Project after aggregation");
  } else {
    std::vector<Projected> proj;
    std::string desc = "Project";
    for (std::size_t i = 0; i < items.size(); ++i) {
      proj.push_back(Projected{items[i].expr, slots[i]});
      desc += (i ? ", " : " ") + items[i].alias;
    }
    op = make_project(std::move(op), std::move(proj), desc);
  }
  if (p.distinct) op = make_distinct(std::move(op), slots);

  if (!p.order.empty()) {
    std::vector<SortKey> keys;
    // Sort keys see the projected names and, unless the projection aggregates or is DISTINCT,
    // the variables before it too.
    Scope sort_scope = out;
    if (!has_agg && !p.distinct)
      for (const auto& [name, v] : scope.vars)
        if (!sort_scope.find(name)) sort_scope.vars[name] = v;
    for (auto& si : p.order) {
      ExprPtr e = si.expr;
      if (has_agg || p.distinct) {
        e = replace_projected(e, projected);
        bind(e, sort_scope, AggregateRule::Forbidden);
      } else {
        bind(e, sort_scope, AggregateRule::Forbidden);
      }
      keys.push_back(SortKey{e, si.descending});
    }
    op = make_sort(std::move(op), std::move(keys));
  }
  if (p.skip) {
    check_constant(p.skip, *this, "SKIP");
    op = make_skip(std::move(op), p.skip);
  }
  if (p.limit) {
    check_constant(p.limit, *this, "LIMIT");
    op = make_limit(std::move(op), p.limit);
  }
  if (p.where) {
    Scope where_scope = out;
    bind(p.where, where_scope, AggregateRule::Forbidden);
    op = make_filter(std::move(op), p.where);
  }
  if (columns) {
    for (std::size_t i = 0; i < items.size(); ++i) {
      columns->push_back(items[i].alias);
      column_slots->push_back(slots[i]);
    }
  }
  scope = out;
  return op;
}

}  // namespace fg::query
