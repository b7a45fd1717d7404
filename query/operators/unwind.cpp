// Unwind: one row per list element; null or an empty list gives no rows, any other value one row.
#include "query/expr/evaluator.hpp"
#include "query/operators/unary_operator.hpp"

namespace fg::query {
namespace {
class Unwind : public FlatMapOperator {
 public:
  Unwind(OperatorPtr in, ExprPtr list, int slot) : FlatMapOperator(std::move(in)), list_(std::move(list)), slot_(slot) {}
  std::string describe() const override { return "Unwind " + list_->text; }

 protected:
  void start(ExecContext& ctx) override {
    value_ = evaluate(*list_, input_, ctx);
    i_ = 0;
  }
  bool advance(ExecContext&, Row& row) override {
    if (value_.is_null()) return false;
    if (!value_.is_list()) {
      if (i_++ > 0) return false;
      row = input_;
      row[static_cast<std::size_t>(slot_)] = value_;
      return true;
    }
    if (i_ >= value_.as_list().size()) return false;
    row = input_;
    row[static_cast<std::size_t>(slot_)] = value_.as_list()[i_++];
    return true;
  }

 private:
  ExprPtr list_;
  int slot_;
  Value value_;
  std::size_t i_ = 0;
};
}  // namespace

OperatorPtr make_unwind(OperatorPtr in, ExprPtr list, int slot) {
  return std::make_unique<Unwind>(std::move(in), std::move(list), slot);
}
}  // namespace fg::query
