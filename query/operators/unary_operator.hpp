#pragma once
// Base for operators with one input: open passes through, children() lists the input.
#include "query/operators/operators.hpp"

namespace fg::query {

// Labels a node must all have, looked up in the graph once per run (resolve); a label the graph
// does not know matches no node.
class RequiredLabels {
 public:
  explicit RequiredLabels(std::vector<std::string> names) : names_(std::move(names)) {}
  const std::vector<std::string>& names() const { return names_; }
  void resolve(const graph::GraphView& g) {
    symbols_.clear();
    known_ = true;
    for (const auto& l : names_) {
      auto sym = g.find_symbol(l);
      if (!sym) known_ = false;
      else symbols_.push_back(*sym);
    }
  }
  bool known() const { return known_; }
  bool match(const graph::GraphView& g, graph::NodeId n) const {
    if (!known_) return false;
    for (auto s : symbols_)
      if (!g.has_label(n, s)) return false;
    return true;
  }

 private:
  std::vector<std::string> names_;
  std::vector<graph::Symbol> symbols_;
  bool known_ = true;
};

class UnaryOperator : public Operator {
 public:
  explicit UnaryOperator(OperatorPtr in) : in_(std::move(in)) {}
  std::vector<const Operator*> children() const override { return {in_.get()}; }

 protected:
  void do_open(ExecContext& ctx, const Row* argument) override {
    in_->open(ctx, argument);
    reset(ctx);
  }
  virtual void reset(ExecContext&) {}
  OperatorPtr in_;
};

// An operator that turns each input row into zero or more output rows: `start` sees the input
// row (kept in `input_`), `advance` writes the next output into `row`.
class FlatMapOperator : public UnaryOperator {
 public:
  using UnaryOperator::UnaryOperator;

 protected:
  bool do_next(ExecContext& ctx, Row& row) override {
    for (;;) {
      if (active_) {
        if (advance(ctx, row)) return true;
        active_ = false;
      }
      if (!in_->next(ctx, input_)) return false;
      ctx.check_time();
      start(ctx);
      active_ = true;
    }
  }
  void reset(ExecContext&) override { active_ = false; }
  virtual void start(ExecContext& ctx) = 0;
  virtual bool advance(ExecContext& ctx, Row& row) = 0;
  Row input_;
  bool active_ = false;
};

}  // namespace fg::query
