#pragma once
// Base for operators with one input: open passes through, children() lists the input.
#include "query/operators/operators.hpp"

namespace fg::query {

// The symbols of `labels`; nullopt when one of them is not in the graph (then nothing matches).
inline std::optional<std::vector<graph::Symbol>> label_symbols(const graph::GraphView& g,
                                                                const std::vector<std::string>& labels) {
  std::vector<graph::Symbol> out;
  for (const auto& l : labels) {
    auto sym = g.find_symbol(l);
    if (!sym) return std::nullopt;
    out.push_back(*sym);
  }
  return out;
}

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
