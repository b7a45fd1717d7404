// LabelFilter: the node pattern's labels, checked on a node bound by an expansion or earlier clause.
#include "query/operators/unary_operator.hpp"

namespace fg::query {
namespace {
class LabelFilter : public UnaryOperator {
 public:
  LabelFilter(OperatorPtr in, int slot, std::vector<std::string> labels)
      : UnaryOperator(std::move(in)), slot_(slot), labels_(std::move(labels)) {}
  bool release_expand(ExpandRelease& out) override {
    // Only a filter on the far end of the expansion right below it.
    if (out.required_to >= 0 && out.required_to != slot_) return false;
    out.required_to = slot_;
    if (!in_->release_expand(out)) return false;
    out.to_labels.insert(out.to_labels.end(), labels_.names().begin(), labels_.names().end());
    return true;
  }
  std::string describe() const override {
    std::string s = "Filter labels ";
    for (const auto& l : labels_.names()) s += ":" + l;
    return s;
  }

 protected:
  void reset(ExecContext& ctx) override { labels_.resolve(ctx.graph); }
  bool do_next(ExecContext& ctx, Row& row) override {
    while (in_->next(ctx, row)) {
      const Value& v = row[static_cast<std::size_t>(slot_)];
      if (v.is_node() && labels_.match(ctx.graph, v.as_node())) return true;
    }
    return false;
  }

 private:
  int slot_;
  RequiredLabels labels_;
};
}  // namespace

OperatorPtr make_label_filter(OperatorPtr in, int slot, std::vector<std::string> labels) {
  return std::make_unique<LabelFilter>(std::move(in), slot, std::move(labels));
}
}  // namespace fg::query
