// Distinct: drops rows whose projected slots are equivalent to an earlier row's.
#include <unordered_set>

#include "query/operators/unary_operator.hpp"

namespace fg::query {
namespace {
struct KeyHash {
  std::size_t operator()(const std::vector<Value>& k) const {
    std::size_t h = 0;
    for (const auto& v : k) h = h * 31 + ValueHash()(v);
    return h;
  }
};
struct KeyEq {
  bool operator()(const std::vector<Value>& a, const std::vector<Value>& b) const {
    for (std::size_t i = 0; i < a.size(); ++i)
      if (!equivalent(a[i], b[i])) return false;
    return true;
  }
};

class Distinct : public UnaryOperator {
 public:
  Distinct(OperatorPtr in, std::vector<int> slots) : UnaryOperator(std::move(in)), slots_(std::move(slots)) {}
  std::string describe() const override { return "Distinct"; }

 protected:
  void reset(ExecContext& ctx) override {
    memory_.reset(ctx.memory);
    seen_.clear();
  }
  bool do_next(ExecContext& ctx, Row& row) override {
    while (in_->next(ctx, row)) {
      std::vector<Value> key;
      key.reserve(slots_.size());
      for (int s : slots_) key.push_back(row[static_cast<std::size_t>(s)]);
      std::size_t bytes = approx_bytes(key) + 32;
      if (seen_.insert(std::move(key)).second) {
        memory_.add(ctx.memory, bytes, "DISTINCT");
        return true;
      }
    }
    return false;
  }

 private:
  std::vector<int> slots_;
  std::unordered_set<std::vector<Value>, KeyHash, KeyEq> seen_;
  MemoryCharge memory_;
};
}  // namespace

OperatorPtr make_distinct(OperatorPtr in, std::vector<int> slots) {
  return std::make_unique<Distinct>(std::move(in), std::move(slots));
}
}  // namespace fg::query
