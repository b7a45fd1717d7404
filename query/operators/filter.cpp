// Filter: keeps rows for which the predicate is true (false and null reject).
#include "query/expr/evaluator.hpp"
#include "query/operators/unary_operator.hpp"

namespace fg::query {
namespace {
class Filter : public UnaryOperator {
 public:
  Filter(OperatorPtr in, ExprPtr pred) : UnaryOperator(std::move(in)), pred_(std::move(pred)) {}
  std::string describe() const override { return "Filter " + pred_->text; }

 protected:
  bool do_next(ExecContext& ctx, Row& row) override {
    while (in_->next(ctx, row)) {
      ctx.check_time();
      if (evaluate_predicate(*pred_, row, ctx)) return true;
    }
    return false;
  }

 private:
  ExprPtr pred_;
};
}  // namespace

OperatorPtr make_filter(OperatorPtr in, ExprPtr predicate) {
  return std::make_unique<Filter>(std::move(in), std::move(predicate));
}
}  // namespace fg::query
