#pragma once
// The abstract syntax tree the parser builds and the binder annotates (slots, functions).
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "query/value.hpp"

namespace fg::query {

struct Plan;  // a sub-plan for pattern predicates (planner.hpp)

// A position in the statement: byte offset, turned into line:column (code points) on error.
struct SourcePos {
  std::size_t offset = 0;
};

enum class ExprKind {
  Literal,        // value
  Parameter,      // name
  Variable,       // name -> slot
  Property,       // children[0].name
  Index,          // children[0][children[1]]
  Slice,          // children[0][children[1]..children[2]] (missing bounds are null literals with flag)
  ListLiteral,    // children
  MapLiteral,     // keys[i]: children[i]
  MapProjection,  // children[0] is the variable; keys/children items, see binder
  Unary,          // op: "-", "+", "NOT"
  Binary,         // op: + - * / % ^ AND OR XOR = <> < > <= >= =~ IN STARTS CONTAINS ENDS
  IsNull,         // op: "IS NULL" / "IS NOT NULL"
  Function,       // name, distinct, children
  CountStar,
  Case,           // children: [subject?] when,then pairs, [else]; flags in has_subject/has_else
  ListComprehension,  // name (variable), children: list, where?, map?  (has_where / has_map)
  Quantifier,         // op: all/any/none/single; name; children: list, where?
  PatternPredicate,   // pattern (see Pattern), evaluated with a sub-plan
  PatternComprehension,
  LabelPredicate,     // children[0] has all labels
  PathValue,          // built by the binder for named paths: slots in path_slots
};

struct PatternPart;

struct Expr {
  ExprKind kind = ExprKind::Literal;
  SourcePos pos;
  std::string text;  // the source text (column names, error messages)
  std::string op;
  std::string name;
  Value value;
  std::vector<std::shared_ptr<Expr>> children;
  std::vector<std::string> keys;  // map literal keys, label names
  bool distinct = false, has_subject = false, has_else = false, has_where = false, has_map = false;
  bool slice_has_from = false, slice_has_to = false;
  int depth = 1;  // of the expression tree; bounded so evaluation cannot overflow the stack
  std::shared_ptr<PatternPart> pattern;  // pattern predicate / comprehension
  // Binder annotations.
  int slot = -1;
  int aggregate = -1;  // index into the projection's aggregate list, when replaced
  std::vector<int> path_slots;  // PathValue: node, rel, node, ... slots (rel slots may hold lists)
  std::vector<bool> path_varlen;
  std::shared_ptr<Plan> subplan;
  const void* function = nullptr;  // FunctionInfo*
};
using ExprPtr = std::shared_ptr<Expr>;

enum class Direction { Out, In, Both };

struct NodePattern {
  SourcePos pos;
  std::string var;  // empty: anonymous
  std::vector<std::string> labels;
  ExprPtr props;  // MapLiteral or Parameter, may be null
};

struct RelPattern {
  SourcePos pos;
  std::string var;
  std::vector<std::string> types;
  Direction dir = Direction::Both;
  bool var_length = false;
  std::optional<std::int64_t> min_hops, max_hops;
  ExprPtr props;
};

struct PatternPart {
  SourcePos pos;
  std::string path_var;
  std::vector<NodePattern> nodes;  // nodes.size() == rels.size() + 1
  std::vector<RelPattern> rels;
};

struct ProjectionItem {
  ExprPtr expr;
  std::string alias;  // the column name: AS name, or the expression's text
  bool has_alias = false;
};

struct SortItem {
  ExprPtr expr;
  bool descending = false;
};

struct Projection {
  bool distinct = false;
  bool star = false;
  std::vector<ProjectionItem> items;
  std::vector<SortItem> order;
  ExprPtr skip, limit, where;
};

enum class ClauseKind { Match, Unwind, With, Return, Create };

struct Clause {
  ClauseKind kind = ClauseKind::Match;
  SourcePos pos;
  bool optional = false;
  std::vector<PatternPart> pattern;
  ExprPtr where;
  ExprPtr unwind_expr;
  std::string unwind_var;
  SourcePos unwind_var_pos;
  Projection projection;
};

struct Statement_ {
  bool explain = false, profile = false;
  std::vector<Clause> clauses;
};
using StatementAst = Statement_;

}  // namespace fg::query
