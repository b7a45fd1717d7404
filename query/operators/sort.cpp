// Sort: ORDER BY, a stable sort in openCypher's global order (nulls last ascending, first
// descending).
#include <algorithm>

#include "query/expr/evaluator.hpp"
#include "query/operators/unary_operator.hpp"

namespace fg::query {
namespace {
class Sort : public UnaryOperator {
 public:
  Sort(OperatorPtr in, std::vector<SortKey> keys) : UnaryOperator(std::move(in)), keys_(std::move(keys)) {}
  std::string describe() const override {
    std::string s = "Sort";
    for (const auto& k : keys_) s += " " + k.expr->text + (k.descending ? " DESC" : "");
    return s;
  }

 protected:
  void reset(ExecContext& ctx) override {
    memory_.reset(ctx.memory);
    rows_.clear();
    built_ = false;
    pos_ = 0;
  }
  bool do_next(ExecContext& ctx, Row& row) override {
    if (!built_) {
      Row r = row;
      while (in_->next(ctx, r)) {
        ctx.check_time();
        std::vector<Value> key;
        for (const auto& k : keys_) key.push_back(evaluate(*k.expr, r, ctx));
        memory_.add(ctx.memory, approx_bytes(key) + approx_bytes(r), "ORDER BY");
        rows_.emplace_back(std::move(key), r);
      }
      std::stable_sort(rows_.begin(), rows_.end(), [&](const auto& a, const auto& b) {
        for (std::size_t i = 0; i < keys_.size(); ++i) {
          int c = order_compare(a.first[i], b.first[i]);
          if (c != 0) return keys_[i].descending ? c > 0 : c < 0;
        }
        return false;
      });
      built_ = true;
    }
    if (pos_ >= rows_.size()) return false;
    row = std::move(rows_[pos_++].second);
    return true;
  }

 private:
  std::vector<SortKey> keys_;
  std::vector<std::pair<std::vector<Value>, Row>> rows_;
  bool built_ = false;
  std::size_t pos_ = 0;
  MemoryCharge memory_;
};
}  // namespace

OperatorPtr make_sort(OperatorPtr in, std::vector<SortKey> keys) {
  return std::make_unique<Sort>(std::move(in), std::move(keys));
}
}  // namespace fg::query
