#include "query/expr/evaluator.hpp"

#include <algorithm>

#include "query/errors.hpp"
#include "query/expr/functions.hpp"
#include "query/expr/operations.hpp"

namespace fg::query {

Value entity_property(const ExecContext& ctx, const Value& entity, std::string_view key) {
  return entity_property(ctx, entity, ctx.graph.find_symbol(key));
}

Value entity_property(const ExecContext& ctx, const Value& entity, std::optional<graph::Symbol> sym) {
  const graph::GraphView& g = ctx.graph;
  if (!sym) return {};
  return Value::from_ref(
      entity.is_node() ? g.node_value(entity.as_node(), *sym) : g.edge_value(entity.as_relationship(), *sym),
      ctx.borrow_strings());
}

namespace {

// `ast_key`: the key is a name in the query text (see ExecContext::key_symbol).
Value property(const Value& target, const std::string& key, ExecContext& ctx, bool ast_key = false) {
  if (target.is_null()) return {};
  if (target.is_node() || target.is_relationship())
    return ast_key ? entity_property(ctx, target, ctx.key_symbol(key)) : entity_property(ctx, target, key);
  if (target.is_map()) {
    auto it = target.as_map().find(key);
    return it == target.as_map().end() ? Value() : it->second;
  }
  type_error("cannot read property '" + key + "' of " + std::string(kind_name(target.kind())));
}

Value index(const Value& target, const Value& idx, ExecContext& ctx) {
  if (target.is_null() || idx.is_null()) return {};
  if (target.is_list()) {
    if (!idx.is_int()) type_error("list index must be an integer, got " + std::string(kind_name(idx.kind())));
    const auto& l = target.as_list();
    auto n = static_cast<std::int64_t>(l.size());
    std::int64_t i = idx.as_int();
    if (i < 0) i += n;
    if (i < 0 || i >= n) return {};
    return l[static_cast<std::size_t>(i)];
  }
  if (target.is_map() || target.is_node() || target.is_relationship()) {
    if (!idx.is_string())
      type_error("map key must be a string, got " + std::string(kind_name(idx.kind())), "MapElementAccessByNonString");
    return property(target, std::string(idx.as_string()), ctx);
  }
  type_error("cannot index into " + std::string(kind_name(target.kind())));
}

Value slice(const Value& target, const Value* from, const Value* to) {
  if (target.is_null()) return {};
  if ((from && from->is_null()) || (to && to->is_null())) return {};
  if (!target.is_list()) type_error("cannot slice " + std::string(kind_name(target.kind())));
  const auto& l = target.as_list();
  auto n = static_cast<std::int64_t>(l.size());
  auto norm = [&](const Value* v, std::int64_t dflt) {
    if (!v) return dflt;
    if (!v->is_int()) type_error("list slice bounds must be integers");
    std::int64_t i = v->as_int();
    if (i < 0) i += n;
    return std::clamp<std::int64_t>(i, 0, n);
  };
  std::int64_t a = norm(from, 0), b = norm(to, n);
  if (b <= a) return Value(List{});
  return Value(List(l.begin() + a, l.begin() + b));
}

// A literal operand is read in place (no copy of its text per row); others are evaluated into `tmp`.
const Value& operand(const Expr& e, Row& row, ExecContext& ctx, Value& tmp) {
  if (e.kind == ExprKind::Literal) return e.value;
  tmp = evaluate(e, row, ctx);
  return tmp;
}

Value binary(const Expr& e, Row& row, ExecContext& ctx) {
  const std::string& op = e.op;
  // The boolean operators short-circuit only as far as null semantics allow.
  if (op == "AND") {
    Value a = evaluate(*e.children[0], row, ctx);
    if (a.is_bool() && !a.as_bool()) {
      return Value(false);
    }
    return ops::logical_and(a, evaluate(*e.children[1], row, ctx));
  }
  if (op == "OR") {
    Value a = evaluate(*e.children[0], row, ctx);
    if (a.is_bool() && a.as_bool()) return Value(true);
    return ops::logical_or(a, evaluate(*e.children[1], row, ctx));
  }
  Value ta, tb;
  const Value& a = operand(*e.children[0], row, ctx, ta);
  const Value& b = operand(*e.children[1], row, ctx, tb);
  // The first character and the length tell the operators apart (this runs once per row).
  const bool one = op.size() == 1;
  switch (op[0]) {
    case '+': return ops::add(a, b);
    case '-': return ops::subtract(a, b);
    case '*': return ops::multiply(a, b);
    case '/': return ops::divide(a, b);
    case '%': return ops::modulo(a, b);
    case '^': return ops::power(a, b);
    case '=': return one ? ops::equals(a, b) : ops::regex_match(a, b);  // "=~"
    case '<':
      if (one) return ops::less(a, b, false);
      return op[1] == '=' ? ops::less(a, b, true) : ops::logical_not(ops::equals(a, b));  // "<=", "<>"
    case '>': return ops::less(b, a, !one);  // ">", ">="
    case 'X': return ops::logical_xor(a, b);
    case 'I': return ops::in_list(a, b);
    case 'S': return ops::starts_with(a, b);
    case 'E': return ops::ends_with(a, b);
    case 'C': return ops::contains(a, b);
    default: break;
  }
  type_error("unknown operator " + op);
}

// Runs the sub-plan of a pattern expression seeded with the current row.
template <typename F>
void for_each_match(const Expr& e, Row& row, ExecContext& ctx, F&& f) {
  auto& plan = *e.subplan;
  plan.root->open(ctx, &row);
  Row out(row.size());
  while (plan.root->next(ctx, out))
    if (!f(out)) break;
}

// The size of a list being built, checked against the memory budget every 64 KiB.
struct ListBuilding {
  std::size_t bytes = 0, checked = 0;
  void add(std::size_t b, ExecContext& ctx, const char* what) {
    bytes += b;
    if (bytes - checked < 64 * 1024) return;
    checked = bytes;
    ctx.memory.check_transient(bytes, what);
  }
};

Value comprehension(const Expr& e, Row& row, ExecContext& ctx) {
  Value list = evaluate(*e.children[0], row, ctx);
  if (list.is_null()) return {};
  if (!list.is_list()) type_error("expected a list after IN, got " + std::string(kind_name(list.kind())));
  Value saved = row[static_cast<std::size_t>(e.slot)];
  std::size_t k = 1;
  const Expr* where = e.has_where ? e.children[k++].get() : nullptr;
  const Expr* map = e.has_map ? e.children[k++].get() : nullptr;
  List out;
  ListBuilding building;
  std::size_t matches = 0;
  std::size_t unknowns = 0;
  for (const auto& item : list.as_list()) {
    row[static_cast<std::size_t>(e.slot)] = item;
    bool keep = true;
    if (where) {
      Value w = evaluate(*where, row, ctx);
      if (w.is_null()) ++unknowns;
      else if (!w.is_bool()) type_error("WHERE expects a boolean");
      keep = w.is_bool() && w.as_bool();
    }
    if (!keep) continue;
    ++matches;
    if (e.kind == ExprKind::ListComprehension) {
      out.push_back(map ? evaluate(*map, row, ctx) : item);
      building.add(approx_bytes(out.back()), ctx, "a list comprehension");
    }
  }
  row[static_cast<std::size_t>(e.slot)] = saved;
  if (e.kind == ExprKind::ListComprehension) return Value(std::move(out));
  std::size_t falses = list.as_list().size() - matches - unknowns;
  if (e.op == "all") return falses > 0 ? Value(false) : unknowns ? Value() : Value(true);
  if (e.op == "any") return matches > 0 ? Value(true) : unknowns ? Value() : Value(false);
  if (e.op == "none") return matches > 0 ? Value(false) : unknowns ? Value() : Value(true);
  if (matches > 1) return Value(false);  // single
  if (unknowns) return {};
  return Value(matches == 1);
}

}  // namespace

Value evaluate(const Expr& e, Row& row, ExecContext& ctx) {
  switch (e.kind) {
    case ExprKind::Literal: return e.value;
    case ExprKind::Parameter: {
      auto it = ctx.params.find(e.name);
      if (it == ctx.params.end())
        runtime_error("ParameterMissing", "MissingParameter", "parameter $" + e.name + " was not given a value");
      return it->second;
    }
    case ExprKind::Variable: return row[static_cast<std::size_t>(e.slot)];
    case ExprKind::Property: {
      const Expr& target = *e.children[0];
      if (target.kind == ExprKind::Variable) return property(row[static_cast<std::size_t>(target.slot)], e.name, ctx, true);
      return property(evaluate(target, row, ctx), e.name, ctx, true);
    }
    case ExprKind::Index: return index(evaluate(*e.children[0], row, ctx), evaluate(*e.children[1], row, ctx), ctx);
    case ExprKind::Slice: {
      Value t = evaluate(*e.children[0], row, ctx);
      Value from, to;
      if (e.slice_has_from) from = evaluate(*e.children[1], row, ctx);
      if (e.slice_has_to) to = evaluate(*e.children[2], row, ctx);
      return slice(t, e.slice_has_from ? &from : nullptr, e.slice_has_to ? &to : nullptr);
    }
    case ExprKind::ListLiteral: {
      List out;
      out.reserve(e.children.size());
      for (const auto& c : e.children) out.push_back(evaluate(*c, row, ctx));
      return Value(std::move(out));
    }
    case ExprKind::MapLiteral: {
      Map m;
      for (std::size_t i = 0; i < e.children.size(); ++i) m[e.keys[i]] = evaluate(*e.children[i], row, ctx);
      return Value(std::move(m));
    }
    case ExprKind::MapProjection: {
      Value base = evaluate(*e.children[0], row, ctx);
      if (base.is_null()) return {};
      Map m;
      for (std::size_t i = 0; i < e.keys.size(); ++i) {
        const std::string& k = e.keys[i];
        if (k == ".*") {
          Value all = base.is_map() ? base : Value();
          if (base.is_node() || base.is_relationship()) {
            for (auto& [key, v] : properties_of(ctx.graph, base)) m[key] = std::move(v);
          } else if (base.is_map()) {
            for (const auto& [key, v] : base.as_map()) m[key] = v;
          }
        } else if (k[0] == '.') {
          m[k.substr(1)] = property(base, k.substr(1), ctx);
        } else {
          m[k] = evaluate(*e.children[i + 1], row, ctx);
        }
      }
      return Value(std::move(m));
    }
    case ExprKind::Unary: {
      Value a = evaluate(*e.children[0], row, ctx);
      if (e.op == "NOT") return ops::logical_not(a);
      if (e.op == "-") return ops::negate(a);
      if (!a.is_null() && !a.is_number()) type_error("unary + expects a number");
      return a;
    }
    case ExprKind::Binary: {
      Value v = binary(e, row, ctx);
      if (v.is_list() || v.is_string()) ctx.memory.check_transient(approx_bytes(v), "a concatenated list or string");
      return v;
    }
    case ExprKind::IsNull: {
      bool null = evaluate(*e.children[0], row, ctx).is_null();
      return Value(e.op == "IS NULL" ? null : !null);
    }
    case ExprKind::Function: {
      const auto* f = static_cast<const FunctionInfo*>(e.function);
      Value args[8];
      std::vector<Value> many;
      std::span<const Value> span;
      if (e.children.size() <= 8) {
        for (std::size_t i = 0; i < e.children.size(); ++i) args[i] = evaluate(*e.children[i], row, ctx);
        span = std::span<const Value>(args, e.children.size());
      } else {
        for (const auto& c : e.children) many.push_back(evaluate(*c, row, ctx));
        span = many;
      }
      return f->fn(span, ctx);
    }
    case ExprKind::CountStar: type_error("count(*) outside of an aggregation");
    case ExprKind::Case: {
      std::size_t i = 0;
      Value subject;
      if (e.has_subject) subject = evaluate(*e.children[i++], row, ctx);
      std::size_t end = e.children.size() - (e.has_else ? 1 : 0);
      for (; i + 1 < end + 1 && i < end; i += 2) {
        Value w = evaluate(*e.children[i], row, ctx);
        bool hit;
        if (e.has_subject) {
          Value eq = ops::equals(subject, w);
          hit = eq.is_bool() && eq.as_bool();
        } else {
          hit = w.is_bool() && w.as_bool();
        }
        if (hit) return evaluate(*e.children[i + 1], row, ctx);
      }
      return e.has_else ? evaluate(*e.children.back(), row, ctx) : Value();
    }
    case ExprKind::ListComprehension:
    case ExprKind::Quantifier: return comprehension(e, row, ctx);
    case ExprKind::PatternPredicate: {
      bool found = false;
      for_each_match(e, row, ctx, [&](Row&) {
        found = true;
        return false;
      });
      return Value(found);
    }
    case ExprKind::PatternComprehension: {
      List out;
      ListBuilding building;
      const Expr* where = e.has_where ? e.children[0].get() : nullptr;
      const Expr& map = *e.children.back();
      for_each_match(e, row, ctx, [&](Row& r) {
        if (!where || evaluate_predicate(*where, r, ctx)) {
          out.push_back(evaluate(map, r, ctx));
          building.add(approx_bytes(out.back()), ctx, "a pattern comprehension");
        }
        return true;
      });
      return Value(std::move(out));
    }
    case ExprKind::LabelPredicate: {
      Value v = evaluate(*e.children[0], row, ctx);
      if (v.is_null()) return {};
      if (!v.is_node()) type_error("label predicate on " + std::string(kind_name(v.kind())));
      for (const auto& l : e.keys) {
        auto sym = ctx.graph.find_symbol(l);
        if (!sym || !ctx.graph.has_label(v.as_node(), *sym)) return Value(false);
      }
      return Value(true);
    }
    case ExprKind::PathValue: {
      Path p;
      for (std::size_t i = 0; i < e.path_slots.size(); ++i) {
        const Value& v = row[static_cast<std::size_t>(e.path_slots[i])];
        if (v.is_null()) return {};
        if (i % 2 == 0) {
          if (i == 0) p.nodes.push_back(v.as_node());
          continue;
        }
        // A relationship slot: one relationship or a list of them (variable length); the
        // nodes in between follow from the relationships.
        std::vector<graph::EdgeId> rels;
        if (v.is_list()) {
          for (const auto& r : v.as_list()) rels.push_back(r.as_relationship());
        } else {
          rels.push_back(v.as_relationship());
        }
        for (auto r : rels) {
          graph::NodeId last = p.nodes.back();
          graph::NodeId other = ctx.graph.source(r) == last ? ctx.graph.target(r) : ctx.graph.source(r);
          p.rels.push_back(r);
          p.nodes.push_back(other);
        }
      }
      return Value(std::move(p));
    }
  }
  return {};
}

bool evaluate_predicate(const Expr& e, Row& row, ExecContext& ctx) {
  Value v = evaluate(e, row, ctx);
  if (v.is_null()) return false;
  if (!v.is_bool()) type_error("WHERE expects a boolean, got " + std::string(kind_name(v.kind())));
  return v.as_bool();
}

}  // namespace fg::query
