// Skip and Limit. Their counts are evaluated once per run (literals or parameters).
#include "query/errors.hpp"
#include "query/expr/evaluator.hpp"
#include "query/operators/unary_operator.hpp"

namespace fg::query {

std::size_t evaluate_count(const Expr& e, ExecContext& ctx, const char* what) {
  Row empty;
  Value v = evaluate(e, empty, ctx);
  if (!v.is_int())
    runtime_error("SyntaxError", "InvalidArgumentType",
                  std::string(what) + " expects a non-negative integer, got " + std::string(kind_name(v.kind())));
  if (v.as_int() < 0)
    runtime_error("SyntaxError", "NegativeIntegerArgument",
                  std::string(what) + " expects a non-negative integer, got " + std::to_string(v.as_int()));
  return static_cast<std::size_t>(v.as_int());
}

namespace {
class Skip : public UnaryOperator {
 public:
  Skip(OperatorPtr in, ExprPtr count) : UnaryOperator(std::move(in)), count_(std::move(count)) {}
  std::string describe() const override { return "Skip " + count_->text; }

 protected:
  void reset(ExecContext& ctx) override {
    n_ = evaluate_count(*count_, ctx, "SKIP");
    skipped_ = 0;
  }
  bool do_next(ExecContext& ctx, Row& row) override {
    while (skipped_ < n_) {
      if (!in_->next(ctx, row)) return false;
      ++skipped_;
    }
    return in_->next(ctx, row);
  }

 private:
  ExprPtr count_;
  std::size_t n_ = 0, skipped_ = 0;
};

class Limit : public UnaryOperator {
 public:
  Limit(OperatorPtr in, ExprPtr count) : UnaryOperator(std::move(in)), count_(std::move(count)) {}
  std::string describe() const override { return "Limit " + count_->text; }

 protected:
  void reset(ExecContext& ctx) override {
    n_ = evaluate_count(*count_, ctx, "LIMIT");
    given_ = 0;
  }
  bool do_next(ExecContext& ctx, Row& row) override {
    if (given_ >= n_) return false;
    if (!in_->next(ctx, row)) return false;
    ++given_;
    return true;
  }

 private:
  ExprPtr count_;
  std::size_t n_ = 0, given_ = 0;
};
}  // namespace

OperatorPtr make_skip(OperatorPtr in, ExprPtr count) { return std::make_unique<Skip>(std::move(in), std::move(count)); }
OperatorPtr make_limit(OperatorPtr in, ExprPtr count) { return std::make_unique<Limit>(std::move(in), std::move(count)); }
}  // namespace fg::query
