// RelationshipUniqueness: openCypher's trail semantics across one MATCH. A relationship is used at
// most once, whether bound by a single step or inside a variable-length list.
#include <algorithm>

#include "query/operators/unary_operator.hpp"

namespace fg::query {
namespace {
class RelUniqueness : public UnaryOperator {
 public:
  RelUniqueness(OperatorPtr in, std::vector<int> slots) : UnaryOperator(std::move(in)), slots_(std::move(slots)) {}
  std::string describe() const override { return "RelationshipUniqueness"; }

 protected:
  bool do_next(ExecContext& ctx, Row& row) override {
    while (in_->next(ctx, row)) {
      seen_.clear();
      for (int s : slots_) {
        const Value& v = row[static_cast<std::size_t>(s)];
        if (v.is_relationship()) seen_.push_back(v.as_relationship());
        else if (v.is_list())
          for (const auto& r : v.as_list())
            if (r.is_relationship()) seen_.push_back(r.as_relationship());
      }
      std::sort(seen_.begin(), seen_.end());
      if (std::adjacent_find(seen_.begin(), seen_.end()) == seen_.end()) return true;
    }
    return false;
  }

 private:
  std::vector<int> slots_;
  std::vector<graph::EdgeId> seen_;
};
}  // namespace

OperatorPtr make_rel_uniqueness(OperatorPtr in, std::vector<int> slots) {
  return std::make_unique<RelUniqueness>(std::move(in), std::move(slots));
}
}  // namespace fg::query
