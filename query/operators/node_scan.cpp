// NodeScan: every node, or every node of one label (the label index).
#include "query/operators/unary_operator.hpp"

namespace fg::query {
namespace {
class NodeScan : public FlatMapOperator {
 public:
  NodeScan(OperatorPtr in, int slot, std::optional<graph::Symbol> label, bool known, std::string desc)
      : FlatMapOperator(std::move(in)), slot_(slot), label_(label), known_(known), desc_(std::move(desc)) {}
  std::string describe() const override { return desc_; }

 protected:
  void start(ExecContext& ctx) override {
    i_ = 0;
    if (label_) nodes_ = known_ ? ctx.graph.nodes_with_label(*label_) : std::span<const graph::NodeId>{};
    count_ = label_ ? nodes_.size() : ctx.graph.node_count();
  }
  bool advance(ExecContext& ctx, Row& row) override {
    if (label_ && !known_) return false;
    if (i_ >= count_) return false;
    ctx.check_time();
    graph::NodeId n = label_ ? nodes_[i_] : static_cast<graph::NodeId>(i_);
    ++i_;
    row = input_;
    row[static_cast<std::size_t>(slot_)] = Value(NodeRef{n});
    return true;
  }

 private:
  int slot_;
  std::optional<graph::Symbol> label_;
  bool known_;
  std::string desc_;
  std::span<const graph::NodeId> nodes_;
  std::size_t i_ = 0, count_ = 0;
};
}  // namespace

OperatorPtr make_node_scan(OperatorPtr in, int slot, std::optional<graph::Symbol> label, bool label_known,
                           std::string description) {
  return std::make_unique<NodeScan>(std::move(in), slot, label, label_known, std::move(description));
}
}  // namespace fg::query
