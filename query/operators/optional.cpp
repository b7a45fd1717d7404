// Optional: OPTIONAL MATCH. Runs the sub-plan for each input row; when it finds nothing, passes
// the row on with the pattern's new variables set to null.
#include "query/operators/unary_operator.hpp"

namespace fg::query {
namespace {
class Optional : public FlatMapOperator {
 public:
  Optional(OperatorPtr in, OperatorPtr sub, std::vector<int> nulls)
      : FlatMapOperator(std::move(in)), sub_(std::move(sub)), nulls_(std::move(nulls)) {}
  std::string describe() const override { return "Optional"; }
  std::vector<const Operator*> children() const override { return {in_.get(), sub_.get()}; }

 protected:
  void start(ExecContext& ctx) override {
    sub_->open(ctx, &input_);
    any_ = false;
    done_ = false;
  }
  bool advance(ExecContext& ctx, Row& row) override {
    if (done_) return false;
    if (sub_->next(ctx, row)) {
      any_ = true;
      return true;
    }
    done_ = true;
    if (any_) return false;
    row = input_;
    for (int s : nulls_) row[static_cast<std::size_t>(s)] = Value();
    return true;
  }

 private:
  OperatorPtr sub_;
  std::vector<int> nulls_;
  bool any_ = false, done_ = false;
};
}  // namespace

OperatorPtr make_optional(OperatorPtr in, OperatorPtr sub, std::vector<int> null_slots) {
  return std::make_unique<Optional>(std::move(in), std::move(sub), std::move(null_slots));
}
}  // namespace fg::query
