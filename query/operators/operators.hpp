#pragma once
// The physical operators, one per file in this folder. Each pulls rows from its input and
// writes its own slots; leaves are Argument operators (one row: empty, or the outer row of a
// sub-plan). Operators that must see all input first (aggregate, sort, create) materialize it.
#include <optional>
#include <string>
#include <vector>

#include "query/ast.hpp"
#include "query/expr/functions.hpp"
#include "query/runtime.hpp"

namespace fg::query {

OperatorPtr make_argument();
OperatorPtr make_node_scan(OperatorPtr in, int slot, std::optional<graph::Symbol> label, bool label_known,
                           std::string description);
// Nodes of `label` whose name is the value of `name` (exact names first, then graph::resolve
// with ResolveMode::Lenient); not a string: nodes of the label whose name property equals it.
OperatorPtr make_name_seek(OperatorPtr in, int slot, std::optional<graph::Symbol> label, ExprPtr name,
                           std::string description);

struct ExpandSpec {
  int from = -1, rel = -1, to = -1;
  std::vector<graph::Symbol> types;  // empty with any_type: every type
  bool any_type = true;
  Direction dir = Direction::Out;
  bool to_bound = false;  // `to` already holds a node: check instead of bind
  std::string description;
};
OperatorPtr make_expand(OperatorPtr in, ExpandSpec spec);

// What Operator::release_expand hands over.
struct ExpandRelease {
  bool dry_run = false;  // only report spec and labels; keep the input
  int required_to = -1;  // set by a label filter: the expansion must bind this slot
  ExpandSpec spec;
  std::vector<std::string> to_labels;  // label filters on the far end
  OperatorPtr input;
};
// Counts, for each input row, the relationships an Expand with `spec` would follow to a node with
// all `to_labels`, and emits the input row once with that count in `weight_slot` (no row when it
// is zero). With a weighted Aggregate it replaces Expand + LabelFilter when the aggregation only
// counts those rows: MATCH (s:State)<-[:REPRESENTS]-(p:Person) RETURN s.name, count(p) reads
// degrees instead of making one row per relationship.
OperatorPtr make_expand_count(ExpandRelease expand, int weight_slot);

struct VarExpandSpec {
  ExpandSpec base;
  std::size_t min_hops = 1, max_hops = 1;
  bool unbounded = false;  // `*` or `*n..`: bounded by QueryOptions::max_hops, an error past it
  ExprPtr rel_props;       // each relationship on the path must have these properties
};
OperatorPtr make_var_expand(OperatorPtr in, VarExpandSpec spec);

OperatorPtr make_filter(OperatorPtr in, ExprPtr predicate);
// Keeps rows whose entity in `slot` has every property of the map `props` (equal values).
OperatorPtr make_props_filter(OperatorPtr in, int slot, ExprPtr props);
// Keeps rows whose nodes in `slot` have all `labels` (an unknown label matches nothing).
OperatorPtr make_label_filter(OperatorPtr in, int slot, std::vector<std::string> labels);
// openCypher's trail semantics: the relationships (and relationship lists) in `slots` are distinct.
OperatorPtr make_rel_uniqueness(OperatorPtr in, std::vector<int> slots);
OperatorPtr make_optional(OperatorPtr in, OperatorPtr sub, std::vector<int> null_slots);

struct Projected {
  ExprPtr expr;
  int slot;
};
OperatorPtr make_project(OperatorPtr in, std::vector<Projected> items, std::string description);

struct AggregateSpec {
  const FunctionInfo* function = nullptr;  // null: count(*)
  bool distinct = false;
  ExprPtr arg, extra;
  int slot = -1;
};
// `weight_slot` >= 0: each input row stands for that many rows (an Int written by ExpandCount);
// then every aggregate must be a count(*).
OperatorPtr make_aggregate(OperatorPtr in, std::vector<Projected> keys, std::vector<AggregateSpec> aggs,
                           int weight_slot = -1);
OperatorPtr make_distinct(OperatorPtr in, std::vector<int> slots);

struct SortKey {
  ExprPtr expr;
  bool descending = false;
};
OperatorPtr make_sort(OperatorPtr in, std::vector<SortKey> keys);
OperatorPtr make_skip(OperatorPtr in, ExprPtr count);
OperatorPtr make_limit(OperatorPtr in, ExprPtr count);
OperatorPtr make_unwind(OperatorPtr in, ExprPtr list, int slot);

struct CreateNode {
  int slot = -1;
  bool bound = false;  // an existing node from the input row
  std::vector<std::string> labels;
  ExprPtr props;
};
struct CreateRel {
  int slot = -1;
  int from = -1, to = -1;  // node slots
  std::string type;
  ExprPtr props;
};
struct CreateSpec {
  std::vector<CreateNode> nodes;  // in pattern order
  std::vector<CreateRel> rels;
  std::vector<Projected> paths;  // named paths, computed after creation
};
OperatorPtr make_create(OperatorPtr in, CreateSpec spec);

// Evaluates SKIP/LIMIT counts: non-negative integers.
std::size_t evaluate_count(const Expr& e, ExecContext& ctx, const char* what);

}  // namespace fg::query
