// A statement's clauses in order, CREATE, and the checks that span clauses.
#include "query/binder.hpp"
#include "query/errors.hpp"
#include "query/parser.hpp"
#include "query/planner.hpp"

namespace fg::query {

OperatorPtr Compiler::plan_create(OperatorPtr op, Clause& c, Scope& scope) {
  CreateSpec spec;
  std::set<std::string> created_here;
  for (auto& part : c.pattern) {
    std::vector<int> node_slots;
    for (auto& np : part.nodes) {
      CreateNode cn;
      cn.labels = np.labels;
      cn.props = np.props;
      if (!np.var.empty() && scope.find(np.var)) {
        const Variable* v = scope.find(np.var);
        if (v->type != VarType::Node && v->type != VarType::Any)
          error(np.pos, "VariableTypeConflict", "`" + np.var + "` is not a node");
        if (!np.labels.empty() || np.props)
          error(np.pos, "VariableAlreadyBound", "variable `" + np.var + "` is already defined; CREATE cannot add labels or properties to it");
        cn.slot = v->slot;
        cn.bound = true;
      } else {
        cn.slot = new_slot();
        if (!np.var.empty()) {
          scope.vars[np.var] = Variable{cn.slot, VarType::Node};
          created_here.insert(np.var);
        }
      }
      bind(cn.props, scope, AggregateRule::Forbidden);
      node_slots.push_back(cn.slot);
      spec.nodes.push_back(cn);
    }
    std::vector<int> rel_slots;
    for (std::size_t r = 0; r < part.rels.size(); ++r) {
      auto& rp = part.rels[r];
      if (rp.types.size() != 1)
        error(rp.pos, "NoSingleRelationshipType", "CREATE needs exactly one relationship type");
      if (rp.dir == Direction::Both)
        error(rp.pos, "RequiresDirectedRelationship", "CREATE needs a direction on the relationship");
      if (rp.var_length) error(rp.pos, "CreatingVarLength", "CREATE cannot create a variable-length relationship");
      CreateRel cr;
      cr.type = rp.types[0];
      cr.props = rp.props;
      if (!rp.var.empty() && scope.find(rp.var))
        error(rp.pos, "VariableAlreadyBound", "variable `" + rp.var + "` is already defined");
      cr.slot = new_slot();
      if (!rp.var.empty()) scope.vars[rp.var] = Variable{cr.slot, VarType::Relationship};
      bind(cr.props, scope, AggregateRule::Forbidden);
      cr.from = rp.dir == Direction::Out ? node_slots[r] : node_slots[r + 1];
      cr.to = rp.dir == Direction::Out ? node_slots[r + 1] : node_slots[r];
      rel_slots.push_back(cr.slot);
      spec.rels.push_back(cr);
    }
    if (!part.path_var.empty()) {
      if (scope.find(part.path_var)) error(part.pos, "VariableAlreadyBound", "variable `" + part.path_var + "` is already defined");
      auto pv = std::make_shared<Expr>();
      pv->kind = ExprKind::PathValue;
      pv->text = part.path_var;
      for (std::size_t k = 0; k < node_slots.size(); ++k) {
        pv->path_slots.push_back(node_slots[k]);
        if (k < rel_slots.size()) pv->path_slots.push_back(rel_slots[k]);
      }
      int slot = new_slot();
      scope.vars[part.path_var] = Variable{slot, VarType::Path};
      spec.paths.push_back(Projected{pv, slot});
    }
  }
  return make_create(std::move(op), std::move(spec));
}

Plan Compiler::plan(StatementAst& st) {
  Plan plan;
  Scope scope;
  OperatorPtr op = make_argument();
  for (std::size_t i = 0; i < st.clauses.size(); ++i) {
    Clause& c = st.clauses[i];
    bool last = i + 1 == st.clauses.size();
    if (plan.columns.size() > 0 || (i > 0 && st.clauses[i - 1].kind == ClauseKind::Return))
      error(c.pos, "InvalidClauseComposition", "RETURN must be the last clause");
    switch (c.kind) {
      case ClauseKind::Match:
        if (i > 0 && st.clauses[i - 1].kind == ClauseKind::Match && st.clauses[i - 1].optional && !c.optional) {
          // MATCH after OPTIONAL MATCH needs a WITH in between in openCypher 9.
        }
        op = plan_match(std::move(op), c, scope);
        break;
      case ClauseKind::Unwind: {
        bind(c.unwind_expr, scope, AggregateRule::Forbidden);
        if (scope.find(c.unwind_var))
          error(c.unwind_var_pos, "VariableAlreadyBound", "variable `" + c.unwind_var + "` is already defined");
        int slot = new_slot();
        scope.vars[c.unwind_var] = Variable{slot, VarType::Any};
        op = make_unwind(std::move(op), c.unwind_expr, slot);
        break;
      }
      case ClauseKind::Create:
        if (!opts_.allow_writes)
          throw_at(text_, c.pos.offset, "WriteNotAllowed", "ReadOnly",
                   "CREATE writes to the graph; run the query with --write to allow it");
        plan.writes = true;
        op = plan_create(std::move(op), c, scope);
        break;
      case ClauseKind::With:
        op = plan_projection(std::move(op), c.projection, scope, false, nullptr, nullptr);
        break;
      case ClauseKind::Return:
        op = plan_projection(std::move(op), c.projection, scope, true, &plan.columns, &plan.column_slots);
        break;
    }
    if (last && c.kind != ClauseKind::Return && c.kind != ClauseKind::Create)
      error(c.pos, "InvalidClauseComposition", "a query must end with RETURN (or be an updating query ending with CREATE)");
  }
  plan.root = std::move(op);
  plan.width = static_cast<std::size_t>(width_);
  return plan;
}

CompiledStatement compile_statement(std::string_view text, const graph::GraphView& g, const QueryOptions& opts) {
  StatementAst ast = parse_statement(text);
  Compiler c(text, g, opts);
  CompiledStatement out;
  out.plan = c.plan(ast);
  out.warnings = std::move(c.warnings);
  out.explain = ast.explain;
  out.profile = ast.profile;
  return out;
}

std::string render_plan(const Operator& root, bool profiled) {
  std::string out;
  struct Walker {
    std::string& out;
    bool profiled;
    void walk(const Operator& op, const std::string& indent) {
      out += indent + op.describe();
      if (profiled) {
        char buf[96];
        std::snprintf(buf, sizeof buf, "  [rows %zu, %.3f ms]", op.profiled_rows(),
                      static_cast<double>(op.profiled_nanos()) / 1e6);
        out += buf;
      }
      out += "\n";
      for (const auto* c : op.children()) walk(*c, indent + "  ");
    }
  };
  Walker{out, profiled}.walk(root, "");
  return out;
}

}  // namespace fg::query
