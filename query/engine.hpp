#pragma once
// The query engine's public entry points: run Cypher text against a graph.
//
// ---------------------------------------------------------------------------------------------
// For the TCK runner (and any other caller):
//
//   fg::graph::Graph g;                                   // empty graph per scenario
//   fg::query::QueryOptions opts;                         // defaults are fine for the TCK
//   fg::query::execute(g, "CREATE (:A {x: 1})", {}, opts);          // setup ("having executed")
//   fg::query::Params params{{"p", fg::query::Value(std::int64_t{3})}};
//   try {
//     auto r = fg::query::execute(g, query_text, params, opts);
//     r.columns  -> column names in RETURN order
//     r.rows     -> one std::vector<Value> per row, cells in column order
//     r.stats    -> side effects (+nodes, +relationships, +properties, +labels, ...)
//     fg::query::to_tck_string(g, cell)  -> the cell in the TCK's notation:
//        1, 1.5, 'text', true, null, [1, 2], {a: 1}, (:L {k: 'v'}), [:T {k: 1}],
//        <(:A)-[:T]->(:B)>   (floats always with a '.', strings in single quotes)
//   } catch (const fg::query::QueryError& e) {
//     e.kind   -> "SyntaxError", "SemanticError", "TypeError", "ArgumentError", ...
//     e.phase  -> QueryError::Phase::Compile or ::Runtime
//     e.detail -> the TCK detail code ("UndefinedVariable", "InvalidArgumentType", ...)
//   }
//   Features we refuse by name (UNION, MERGE, SET, DELETE, CALL, temporal functions, ...) throw
//   QueryError{kind = "UnsupportedFeature", detail = the feature name, phase = Compile}, so a runner
//   can report them as skips with a reason rather than as wrong answers.
//
// Several ';'-separated statements: split_statements() or execute_script().
// EXPLAIN / PROFILE prefixes: the result's `plan` holds the operator tree (PROFILE adds rows and
// time per operator); EXPLAIN returns no rows.
// ---------------------------------------------------------------------------------------------
#include <atomic>
#include <chrono>
#include <cstddef>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "graph/graph.hpp"
#include "query/value.hpp"

namespace fg::query {

struct QueryError : std::runtime_error {
  enum class Phase { Compile, Runtime };
  // what() is the human message, without position; format_error() adds position and caret.
  QueryError(std::string kind_, std::string detail_, Phase phase_, const std::string& message,
             std::size_t line_ = 0, std::size_t column_ = 0)
      : std::runtime_error(message), kind(std::move(kind_)), detail(std::move(detail_)), phase(phase_),
        line(line_), column(column_) {}
  std::string kind;    // openCypher error type: SyntaxError, SemanticError, TypeError, ArgumentError, ...
  std::string detail;  // TCK detail code: VariableAlreadyBound, UndefinedVariable, ...
  Phase phase;
  std::size_t line = 0, column = 0;  // 1-based, columns in code points; 0 when unknown
};

// Side effects, as the TCK counts them.
struct QueryStats {
  std::size_t nodes_created = 0;
  std::size_t nodes_deleted = 0;
  std::size_t relationships_created = 0;
  std::size_t relationships_deleted = 0;
  std::size_t properties_set = 0;
  std::size_t properties_removed = 0;
  std::size_t labels_added = 0;
  std::size_t labels_removed = 0;
  bool any() const {
    return nodes_created || nodes_deleted || relationships_created || relationships_deleted || properties_set ||
           properties_removed || labels_added || labels_removed;
  }
};

struct QueryResult {
  std::vector<std::string> columns;
  std::vector<std::vector<Value>> rows;
  QueryStats stats;
  // Non-fatal notes: unknown labels, relationship types or property keys, with the nearest
  // known names ("unknown relationship type REPRESENT (did you mean REPRESENTS?)").
  std::vector<std::string> warnings;
  // The operator tree for EXPLAIN and PROFILE (empty otherwise).
  std::string plan;
  bool explain_only = false;  // EXPLAIN: planned, not run
  // With QueryOptions::collect_lineage, per row: the nodes and relationships bound to the
  // statement's variables (named or not) when the row was produced — the facts behind it, even
  // when RETURN projects only their properties. Rows of an aggregation keep what survives grouping.
  struct Lineage {
    std::vector<graph::NodeId> nodes;
    std::vector<graph::EdgeId> rels;
  };
  std::vector<Lineage> lineage;
};

struct QueryOptions {
  // A query whose result would exceed this many rows stops with an error (never truncated).
  std::size_t max_rows = 1'000'000;
  // Upper bound for variable-length patterns without one (`*`, `*2..`); a path that would need
  // more hops stops the query with an error. Explicit bounds above it are refused too.
  std::size_t max_hops = 15;
  // Memory a statement may hold (sort buffers, groups, collect(), DISTINCT, the result, one list or
  // string being built), estimated per value (query/memory_budget.hpp); past it the query stops with
  // an error naming --max-memory. Zero means no limit.
  std::size_t max_memory = std::size_t{1} << 30;
  // Wall-clock limit for one statement; zero means none.
  std::chrono::milliseconds timeout{0};
  // When false, CREATE (and any other write) is refused before anything runs.
  bool allow_writes = true;
  // Set (from another thread or a signal handler) to stop a running query with a Cancelled error.
  const std::atomic<bool>* cancel = nullptr;
  // Fill QueryResult::lineage: the nodes and relationships bound when each row was produced.
  bool collect_lineage = false;
};

using Params = std::map<std::string, Value, std::less<>>;

// Parses, binds, plans and runs one statement (an optional trailing ';' is allowed).
// On a Graph (the builder) CREATE may write; on a read-only view (graph::FrozenGraph, or a
// const Graph) a writing statement is refused before anything runs.
QueryResult execute(graph::Graph& g, std::string_view query_text, const Params& params = {},
                    const QueryOptions& opts = {});
QueryResult execute(const graph::GraphView& g, std::string_view query_text, const Params& params = {},
                    const QueryOptions& opts = {});

// A parsed and planned statement, reusable for repeated runs (benchmarks, --repeat).
class PreparedQuery {
 public:
  bool writes() const;          // contains CREATE
  bool is_explain() const;
  bool is_profile() const;
  std::string explain() const;  // the operator tree
  const std::vector<std::string>& warnings() const;
  struct Impl;
  std::shared_ptr<const Impl> impl;
};
PreparedQuery prepare(const graph::GraphView& g, std::string_view query_text, const QueryOptions& opts = {});
QueryResult run(graph::Graph& g, const PreparedQuery& q, const Params& params = {}, const QueryOptions& opts = {});
QueryResult run(const graph::GraphView& g, const PreparedQuery& q, const Params& params = {},
                const QueryOptions& opts = {});

// One statement of a script, with the position of its first character in the script.
struct Statement {
  std::string text;
  std::size_t line = 1, column = 1;
};
// Splits at ';' outside strings, back-quoted names and comments; drops empty statements
// (only whitespace and comments).
std::vector<Statement> split_statements(std::string_view script);
// Runs each statement in order; an error's line/column are relative to the whole script.
std::vector<QueryResult> execute_script(graph::Graph& g, std::string_view script, const Params& params = {},
                                        const QueryOptions& opts = {});
std::vector<QueryResult> execute_script(const graph::GraphView& g, std::string_view script, const Params& params = {},
                                        const QueryOptions& opts = {});

// "NAME:LINE:COL: message" followed by the source line and a caret under the column (when the
// error has a position), e.g. format_error(e, "<query>", text).
std::string format_error(const QueryError& e, std::string_view source_name, std::string_view source_text);

// A value in the TCK's notation (see the comment at the top of this file).
std::string to_tck_string(const graph::GraphView& g, const Value& v);

}  // namespace fg::query
