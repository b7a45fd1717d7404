// Project: computes expressions into new slots (WITH and RETURN items, named paths).
#include "query/expr/evaluator.hpp"
#include "query/operators/unary_operator.hpp"

namespace fg::query {
namespace {
class Project : public UnaryOperator {
 public:
  Project(OperatorPtr in, std::vector<Projected> items, std::string desc)
      : UnaryOperator(std::move(in)), items_(std::move(items)), desc_(std::move(desc)) {}
  std::string describe() const override { return desc_; }

 protected:
  bool do_next(ExecContext& ctx, Row& row) override {
    if (!in_->next(ctx, row)) return false;
    // Evaluate all before writing any: items may read slots that others overwrite.
    values_.clear();
    for (const auto& it : items_) values_.push_back(evaluate(*it.expr, row, ctx));
    for (std::size_t i = 0; i < items_.size(); ++i) row[static_cast<std::size_t>(items_[i].slot)] = std::move(values_[i]);
    return true;
  }

 private:
  std::vector<Projected> items_;
  std::string desc_;
  std::vector<Value> values_;
};
}  // namespace

OperatorPtr make_project(OperatorPtr in, std::vector<Projected> items, std::string description) {
  return std::make_unique<Project>(std::move(in), std::move(items), std::move(description));
}
}  // namespace fg::query
