#pragma once
// What operators and expressions share at run time: rows, the execution context, the operator
// interface and a plan (a tree of operators plus the result columns).
#include <chrono>
#include <memory>
#include <string>
#include <vector>

#include "query/engine.hpp"
#include "query/memory_budget.hpp"
#include "query/value.hpp"

namespace fg::query {

// One row of the pipeline: every variable of the statement has a fixed slot.
using Row = std::vector<Value>;

struct ExecContext {
  const graph::GraphView& graph;
  graph::Graph* writable;  // the builder CREATE writes to; null on a read-only graph
  // On a read-only graph, string properties are borrowed from its storage, not copied.
  bool borrow_strings() const { return writable == nullptr; }
  // The symbol of a property key the query text names (an AST string, whose address is stable
  // for the run), looked up once per run instead of once per row.
  std::optional<graph::Symbol> key_symbol(const std::string& ast_key) {
    for (const auto& [k, s] : key_symbols_)
      if (k == &ast_key) return s;
    auto s = graph.find_symbol(ast_key);
    if (s) key_symbols_.emplace_back(&ast_key, *s);  // a missing key may be created by CREATE later
    return s;
  }
  const Params& params;
  const QueryOptions& options;
  QueryStats stats;
  std::vector<std::string> warnings;
  std::chrono::steady_clock::time_point deadline = std::chrono::steady_clock::time_point::max();
  bool profile = false;
  std::size_t ticks = 0;
  std::vector<std::pair<const std::string*, graph::Symbol>> key_symbols_;
  MemoryBudget memory;  // QueryOptions::max_memory; started by the engine for each run
  void check_time() {
    if ((++ticks & 0x3FF) != 0) return;
    if (options.cancel && options.cancel->load(std::memory_order_relaxed))
      throw QueryError("Cancelled", "Cancelled", QueryError::Phase::Runtime, "query cancelled");
    if (std::chrono::steady_clock::now() > deadline)
      throw QueryError("TimeoutError", "Timeout", QueryError::Phase::Runtime,
                       "query ran longer than the timeout of " + std::to_string(options.timeout.count()) +
                           " ms (raise it with --timeout)");
  }
};

struct ExpandRelease;

class Operator {
 public:
  virtual ~Operator() = default;
  // For the planner's counting rewrite (see make_expand_count): an Expand, possibly under label
  // filters on its far end, hands over its spec, those labels and its input, and returns true.
  // Every other operator returns false and keeps its input.
  virtual bool release_expand(ExpandRelease&) { return false; }
  // Prepares for a new run; `argument` is the row an Argument leaf yields (sub-plans).
  void open(ExecContext& ctx, const Row* argument) {
    rows_ = 0;
    do_open(ctx, argument);
  }
  // Produces the next row into `row` (full width); false when exhausted.
  bool next(ExecContext& ctx, Row& row) {
    if (!ctx.profile) {
      bool ok = do_next(ctx, row);
      return ok;
    }
    auto t0 = std::chrono::steady_clock::now();
    bool ok = do_next(ctx, row);
    nanos_ += std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now() - t0).count();
    if (ok) ++total_rows_;
    return ok;
  }
  virtual std::string describe() const = 0;
  virtual std::vector<const Operator*> children() const = 0;
  std::size_t profiled_rows() const { return total_rows_; }
  long long profiled_nanos() const { return nanos_; }

 protected:
  virtual void do_open(ExecContext& ctx, const Row* argument) = 0;
  virtual bool do_next(ExecContext& ctx, Row& row) = 0;
  std::size_t rows_ = 0;

 private:
  std::size_t total_rows_ = 0;
  long long nanos_ = 0;
};
using OperatorPtr = std::unique_ptr<Operator>;

struct Plan {
  OperatorPtr root;
  std::size_t width = 0;  // row width
  std::vector<std::string> columns;
  std::vector<int> column_slots;
  bool writes = false;
};

// The operator tree as indented text; with profile numbers when `profiled`.
std::string render_plan(const Operator& root, bool profiled);

}  // namespace fg::query
