#pragma once
// The binder: resolves variables to row slots, functions to the library, checks the semantic
// rules openCypher states (undefined or conflicting variables, aggregation placement, argument
// counts), and collects warnings for labels, types and property keys the graph has never seen.
// The planner (planner.cpp) drives it clause by clause; both share the Compiler class.
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "query/ast.hpp"
#include "query/engine.hpp"
#include "query/operators/operators.hpp"

namespace fg::query {

// Value: certainly not a graph entity (a literal, a list, a map); Any: not known before running.
enum class VarType { Node, Relationship, RelationshipList, Path, Value, Any };

struct Variable {
  int slot = -1;
  VarType type = VarType::Any;
};

struct Scope {
  std::map<std::string, Variable> vars;
  const Variable* find(const std::string& name) const {
    auto it = vars.find(name);
    return it == vars.end() ? nullptr : &it->second;
  }
};

enum class AggregateRule { Forbidden, Allowed };

class Compiler {
 public:
  Compiler(std::string_view text, const graph::GraphView& g, const QueryOptions& opts);

  Plan plan(StatementAst& st);
  std::vector<std::string> warnings;

  // ---- binder.cpp
  int new_slot() { return width_++; }
  void bind(const ExprPtr& e, const Scope& scope, AggregateRule rule, bool inside_aggregate = false);
  static bool contains_aggregate(const Expr& e);
  static std::optional<ValueKind> static_kind(const Expr& e);
  // Slots an expression reads from its row (excluding comprehension-local variables).
  static void referenced_slots(const Expr& e, std::set<int>& out);
  void warn_label(const std::string& label);
  void warn_type(const std::string& type);
  void warn_property(const std::string& key);
  [[noreturn]] void error(SourcePos pos, const std::string& detail, const std::string& message) const;

  // ---- planner.cpp
  OperatorPtr plan_match(OperatorPtr op, Clause& c, Scope& scope);
  OperatorPtr plan_pattern(OperatorPtr op, std::vector<PatternPart>& parts, Scope& scope, const ExprPtr& where,
                           bool allow_new_vars);
  OperatorPtr plan_aggregate(OperatorPtr op, std::vector<Projected> keys, std::vector<AggregateSpec> aggs);
  OperatorPtr plan_projection(OperatorPtr op, Projection& p, Scope& scope, bool is_return, std::vector<std::string>* columns,
                              std::vector<int>* column_slots);
  OperatorPtr plan_create(OperatorPtr op, Clause& c, Scope& scope);
  std::shared_ptr<Plan> plan_subpattern(PatternPart& part, const Scope& scope, bool allow_new_vars, Scope* inner = nullptr);

  std::string_view text_;
  const graph::GraphView& graph_;
  const QueryOptions& opts_;
  int width_ = 0;
  std::set<std::string> warned_;
};

}  // namespace fg::query
