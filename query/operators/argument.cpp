// Argument: the leaf of every plan. Yields one row: the outer row of a sub-plan, or an empty row.
#include "query/operators/operators.hpp"

namespace fg::query {
namespace {
class Argument : public Operator {
 public:
  std::string describe() const override { return "Argument"; }
  std::vector<const Operator*> children() const override { return {}; }

 protected:
  void do_open(ExecContext&, const Row* argument) override {
    argument_ = argument;
    done_ = false;
  }
  bool do_next(ExecContext&, Row& row) override {
    if (done_) return false;
    done_ = true;
    if (argument_) row = *argument_;
    return true;
  }

 private:
  const Row* argument_ = nullptr;
  bool done_ = false;
};
}  // namespace

OperatorPtr make_argument() { return std::make_unique<Argument>(); }
}  // namespace fg::query
