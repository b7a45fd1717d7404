// The planner: turns each clause into operators. A MATCH starts every pattern part at its most
// selective node (already bound > (label, name) index seek > smallest label scan > all nodes),
// expands along the typed adjacency in the direction needed, and applies each WHERE conjunct
// as soon as the variables it reads are bound.
#include "query/planner.hpp"

#include <algorithm>

#include "query/binder.hpp"
#include "query/errors.hpp"

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

void split_and(const ExprPtr& e, std::vector<ExprPtr>& out) {
  if (e->kind == ExprKind::Binary && e->op == "AND") {
    split_and(e->children[0], out);
    split_and(e->children[1], out);
  } else {
    out.push_back(e);
  }
}

Direction reverse(Direction d) { return d == Direction::Out ? Direction::In : d == Direction::In ? Direction::Out : d; }

std::string type_name(VarType t) {
  switch (t) {
    case VarType::Node: return "a node";
    case VarType::Relationship: return "a relationship";
    case VarType::RelationshipList: return "a list of relationships";
    case VarType::Path: return "a path";
    case VarType::Value: return "a value";
    case VarType::Any: return "a value";
  }
  return "a value";
}

struct PartInfo {
  PatternPart* part = nullptr;
  std::vector<int> node_slots, rel_slots;
  std::vector<bool> rel_prebound;
  std::vector<int> rel_prebound_slot;
  int path_slot = -1;
  bool done = false;
};

}  // namespace

std::shared_ptr<Plan> Compiler::plan_subpattern(PatternPart& part, const Scope& scope, bool allow_new_vars, Scope* inner) {
  Scope s = scope;
  std::vector<PatternPart> parts{part};
  auto plan = std::make_shared<Plan>();
  plan->root = plan_pattern(make_argument(), parts, s, nullptr, allow_new_vars);
  part = parts[0];
  if (inner) *inner = s;
  return plan;
}

OperatorPtr Compiler::plan_match(OperatorPtr op, Clause& c, Scope& scope) {
  if (!c.optional) return plan_pattern(std::move(op), c.pattern, scope, c.where, true);
  Scope before = scope;
  auto sub = plan_pattern(make_argument(), c.pattern, scope, c.where, true);
  std::vector<int> fresh;
  for (const auto& [name, v] : scope.vars)
    if (!before.find(name)) fresh.push_back(v.slot);
  return make_optional(std::move(op), std::move(sub), std::move(fresh));
}

OperatorPtr Compiler::plan_pattern(OperatorPtr op, std::vector<PatternPart>& parts, Scope& scope,
                                   const ExprPtr& where, bool allow_new_vars) {
  const Scope before = scope;
  std::map<std::string, VarType> declared_here;
  std::vector<PartInfo> infos(parts.size());
  std::vector<int> all_rel_slots;

  // 1. Variables: declare the new ones, check the bound ones.
  auto declare = [&](const std::string& name, VarType type, SourcePos pos) -> int {
    if (auto* v = scope.find(name)) {
      bool here = declared_here.count(name) > 0;
      if (type == VarType::Relationship || type == VarType::RelationshipList) {
        if (v->type == VarType::Node || v->type == VarType::Path || v->type == VarType::Value || (here && v->type != type && v->type != VarType::Any))
          error(pos, "VariableTypeConflict", "`" + name + "` is " + type_name(v->type) + ", not " + type_name(type));
        if (here)
          error(pos, "RelationshipUniquenessViolation",
                "relationship variable `" + name + "` is used twice in one pattern");
      } else if (type == VarType::Node) {
        if (v->type != VarType::Node && v->type != VarType::Any)
          error(pos, "VariableTypeConflict", "`" + name + "` is " + type_name(v->type) + ", not a node");
      } else if (type == VarType::Path) {
        error(pos, "VariableAlreadyBound", "variable `" + name + "` is already defined");
      }
      return v->slot;
    }
    if (!allow_new_vars)
      error(pos, "UndefinedVariable", "variable `" + name + "` is not defined (patterns in expressions cannot introduce variables)");
    int slot = new_slot();
    scope.vars[name] = Variable{slot, type};
    declared_here[name] = type;
    return slot;
  };

  for (std::size_t pi = 0; pi < parts.size(); ++pi) {
    PatternPart& p = parts[pi];
    PartInfo& info = infos[pi];
    info.part = &p;
    for (auto& np : p.nodes) {
      info.node_slots.push_back(np.var.empty() ? new_slot() : declare(np.var, VarType::Node, np.pos));
      for (const auto& l : np.labels) warn_label(l);
    }
    for (auto& rp : p.rels) {
      VarType t = rp.var_length ? VarType::RelationshipList : VarType::Relationship;
      bool pre = !rp.var.empty() && before.find(rp.var) != nullptr;
      if (pre && rp.var_length)
        error(rp.pos, "VariableAlreadyBound", "variable-length relationship `" + rp.var + "` is already bound");
      int slot = rp.var.empty() ? new_slot() : declare(rp.var, t, rp.pos);
      info.rel_prebound.push_back(pre);
      info.rel_prebound_slot.push_back(pre ? slot : -1);
      info.rel_slots.push_back(pre ? new_slot() : slot);
      all_rel_slots.push_back(info.rel_slots.back());
      for (const auto& t2 : rp.types) warn_type(t2);
    }
    if (!p.path_var.empty()) {
      if (!allow_new_vars)
        error(p.pos, "UndefinedVariable", "patterns in expressions cannot introduce variables");
      info.path_slot = declare(p.path_var, VarType::Path, p.pos);
    }
  }
  // Property maps may read any variable of the pattern.
  for (auto& p : parts) {
    for (auto& np : p.nodes)
      if (np.props && np.props->kind == ExprKind::Parameter)
        error(np.props->pos, "InvalidParameterUse", "a parameter cannot stand for the property map of a MATCH pattern");
    for (auto& rp : p.rels)
      if (rp.props && rp.props->kind == ExprKind::Parameter)
        error(rp.props->pos, "InvalidParameterUse", "a parameter cannot stand for the property map of a MATCH pattern");
    for (auto& np : p.nodes) bind(np.props, scope, AggregateRule::Forbidden);
    for (auto& rp : p.rels) bind(rp.props, scope, AggregateRule::Forbidden);
  }

  std::vector<ExprPtr> conjuncts;
  if (where) {
    bind(where, scope, AggregateRule::Forbidden);
    split_and(where, conjuncts);
  }

  // 2. Operators, part by part, most selective start first.
  std::set<int> bound;
  for (const auto& [name, v] : before.vars) bound.insert(v.slot);
  std::vector<bool> used(conjuncts.size(), false);
  auto apply_ready = [&](OperatorPtr o) {
    for (std::size_t i = 0; i < conjuncts.size(); ++i) {
      if (used[i]) continue;
      std::set<int> refs;
      referenced_slots(*conjuncts[i], refs);
      if (std::includes(bound.begin(), bound.end(), refs.begin(), refs.end())) {
        o = make_filter(std::move(o), conjuncts[i]);
        used[i] = true;
      }
    }
    return o;
  };
  op = apply_ready(std::move(op));

  auto var_text = [](const std::string& v) { return v.empty() ? std::string() : v; };
  auto node_text = [&](const NodePattern& np) {
    std::string s = "(" + var_text(np.var);
    for (const auto& l : np.labels) s += ":" + l;
    if (np.props) s += " " + np.props->text;
    return s + ")";
  };
  auto name_expr = [&](const NodePattern& np) -> ExprPtr {
    if (np.labels.empty() || !np.props || np.props->kind != ExprKind::MapLiteral) return nullptr;
    for (std::size_t k = 0; k < np.props->keys.size(); ++k) {
      if (np.props->keys[k] != "name") continue;
      std::set<int> refs;
      referenced_slots(*np.props->children[k], refs);
      if (std::includes(bound.begin(), bound.end(), refs.begin(), refs.end())) return np.props->children[k];
    }
    return nullptr;
  };
  auto label_count = [&](const std::string& l) -> std::size_t {
    auto sym = graph_.find_symbol(l);
    return sym ? graph_.nodes_with_label(*sym).size() : 0;
  };
  auto score = [&](const NodePattern& np, int slot) -> std::size_t {
    if (bound.count(slot)) return 0;
    if (name_expr(np)) return 1;
    if (!np.labels.empty()) {
      std::size_t best = SIZE_MAX;
      for (const auto& l : np.labels) best = std::min(best, label_count(l));
      return 2 + best;
    }
    return 3 + graph_.node_count();
  };
  // Labels and properties of a node pattern, checked once the node is bound.
  auto constrain = [&](OperatorPtr o, const NodePattern& np, int slot, bool skip_name, const std::string& skip_label) {
    std::vector<std::string> labels;
    for (const auto& l : np.labels)
      if (l != skip_label) labels.push_back(l);
    if (!labels.empty()) o = make_label_filter(std::move(o), slot, labels);
    if (np.props) {
      ExprPtr props = np.props;
      if (skip_name && props->kind == ExprKind::MapLiteral) {
        auto rest = std::make_shared<Expr>(*props);
        rest->keys.clear();
        rest->children.clear();
        for (std::size_t k = 0; k < props->keys.size(); ++k)
          if (props->keys[k] != "name") {
            rest->keys.push_back(props->keys[k]);
            rest->children.push_back(props->children[k]);
          }
        props = rest->keys.empty() ? nullptr : rest;
      }
      if (props) o = make_props_filter(std::move(o), slot, props);
    }
    return o;
  };

  for (std::size_t round = 0; round < infos.size(); ++round) {
    // The part with the most selective start.
    std::size_t best_part = 0, best_node = 0, best_score = SIZE_MAX;
    for (std::size_t pi = 0; pi < infos.size(); ++pi) {
      if (infos[pi].done) continue;
      for (std::size_t k = 0; k < infos[pi].part->nodes.size(); ++k) {
        std::size_t s = score(infos[pi].part->nodes[k], infos[pi].node_slots[k]);
        if (s < best_score) {
          best_score = s;
          best_part = pi;
          best_node = k;
        }
      }
    }
    PartInfo& info = infos[best_part];
    info.done = true;
    PatternPart& p = *info.part;
    const NodePattern& start = p.nodes[best_node];
    int start_slot = info.node_slots[best_node];
    if (bound.count(start_slot)) {
      op = constrain(std::move(op), start, start_slot, false, "");
    } else if (ExprPtr name = name_expr(start)) {
      // The seek uses the smallest label; the others are filters.
      std::string label = start.labels[0];
      for (const auto& l : start.labels)
        if (label_count(l) < label_count(label)) label = l;
      auto sym = graph_.find_symbol(label);
      op = make_name_seek(std::move(op), start_slot, sym, name, "NodeByNameSeek " + node_text(start));
      op = constrain(std::move(op), start, start_slot, true, label);
    } else if (!start.labels.empty()) {
      std::string label = start.labels[0];
      for (const auto& l : start.labels)
        if (label_count(l) < label_count(label)) label = l;
      auto sym = graph_.find_symbol(label);
      op = make_node_scan(std::move(op), start_slot, sym ? sym : std::optional<graph::Symbol>(0), sym.has_value(),
                          "NodeByLabelScan " + node_text(start));
      op = constrain(std::move(op), start, start_slot, false, label);
    } else {
      op = make_node_scan(std::move(op), start_slot, std::nullopt, true, "AllNodesScan " + node_text(start));
      op = constrain(std::move(op), start, start_slot, false, "");
    }
    bound.insert(start_slot);
    op = apply_ready(std::move(op));

    auto step = [&](std::size_t r, std::size_t from_k, std::size_t to_k, Direction dir) {
      const RelPattern& rp = p.rels[r];
      int from = info.node_slots[from_k], to = info.node_slots[to_k], rel = info.rel_slots[r];
      ExpandSpec spec;
      spec.from = from;
      spec.to = to;
      spec.rel = rel;
      spec.dir = dir;
      spec.to_bound = bound.count(to) > 0;
      spec.any_type = rp.types.empty();
      for (const auto& t : rp.types)
        if (auto sym = graph_.find_symbol(t)) spec.types.push_back(*sym);
      std::sort(spec.types.begin(), spec.types.end());
      spec.types.erase(std::unique(spec.types.begin(), spec.types.end()), spec.types.end());
      std::string types;
      for (std::size_t t = 0; t < rp.types.size(); ++t) types += (t ? "|" : ":") + rp.types[t];
      const NodePattern& a = p.nodes[from_k];
      const NodePattern& b = p.nodes[to_k];
      std::string range;
      if (rp.var_length) {
        range = "*" + (rp.min_hops ? std::to_string(*rp.min_hops) : std::string()) + ".." +
                (rp.max_hops ? std::to_string(*rp.max_hops) : std::string());
      }
      std::string arrow_l = dir == Direction::In ? "<-" : "-", arrow_r = dir == Direction::Out ? "->" : "-";
      spec.description = std::string(rp.var_length ? "VarLengthExpand" : "Expand") + (spec.to_bound ? "Into " : " ") +
                         "(" + a.var + ")" + arrow_l + "[" + rp.var + types + range + "]" + arrow_r + "(" + b.var + ")";
      if (rp.var_length) {
        VarExpandSpec vs;
        vs.base = spec;
        std::int64_t lo = rp.min_hops.value_or(1);
        if (lo < 0) error(rp.pos, "NegativeIntegerArgument", "hop count must not be negative");
        vs.min_hops = static_cast<std::size_t>(lo);
        if (rp.max_hops) {
          if (static_cast<std::size_t>(*rp.max_hops) > opts_.max_hops)
            throw_at(text_, rp.pos.offset, "LimitExceeded", "MaxHops",
                     "variable-length pattern allows up to " + std::to_string(*rp.max_hops) + " hops, more than the limit of " +
                         std::to_string(opts_.max_hops) + " (raise it with --max-hops)");
          vs.max_hops = static_cast<std::size_t>(*rp.max_hops);
        } else {
          vs.unbounded = true;
          vs.max_hops = opts_.max_hops;
        }
        vs.rel_props = rp.props;
        op = make_var_expand(std::move(op), std::move(vs));
      } else {
        op = make_expand(std::move(op), std::move(spec));
        if (rp.props) op = make_props_filter(std::move(op), rel, rp.props);
        if (info.rel_prebound[r]) {
          auto eq = std::make_shared<Expr>();
          eq->kind = ExprKind::Binary;
          eq->op = "=";
          eq->text = rp.var + " (bound earlier)";
          eq->children = {var_ref(rel, rp.var), var_ref(info.rel_prebound_slot[r], rp.var)};
          op = make_filter(std::move(op), eq);
        }
      }
      op = constrain(std::move(op), b, to, false, "");
      bound.insert(to);
      bound.insert(rel);
      if (info.rel_prebound[r]) bound.insert(info.rel_prebound_slot[r]);
      op = apply_ready(std::move(op));
    };
    for (std::size_t r = best_node; r < p.rels.size(); ++r) step(r, r, r + 1, p.rels[r].dir);
    for (std::size_t r = best_node; r-- > 0;) step(r, r + 1, r, reverse(p.rels[r].dir));

    if (info.path_slot >= 0) {
      auto pv = std::make_shared<Expr>();
      pv->kind = ExprKind::PathValue;
      pv->text = p.path_var;
      for (std::size_t k = 0; k < p.nodes.size(); ++k) {
        pv->path_slots.push_back(info.node_slots[k]);
        if (k < p.rels.size()) pv->path_slots.push_back(info.rel_slots[k]);
      }
      op = make_project(std::move(op), {Projected{pv, info.path_slot}}, "ProjectPath " + p.path_var);
      bound.insert(info.path_slot);
      op = apply_ready(std::move(op));
    }
  }
  if (all_rel_slots.size() > 1) op = make_rel_uniqueness(std::move(op), all_rel_slots);
  for (std::size_t i = 0; i < conjuncts.size(); ++i)
    if (!used[i]) op = make_filter(std::move(op), conjuncts[i]);
  return op;
}

}  // namespace fg::query
