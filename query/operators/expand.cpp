// Expand: one relationship step from a bound node, walking the typed adjacency lists in the
// pattern's direction (both lists for an undirected step; a self-loop is reported once).
#include "query/operators/unary_operator.hpp"

namespace fg::query {
namespace {
class Expand : public FlatMapOperator {
 public:
  Expand(OperatorPtr in, ExpandSpec spec) : FlatMapOperator(std::move(in)), s_(std::move(spec)) {}
  std::string describe() const override { return s_.description; }
  bool release_expand(ExpandRelease& out) override {
    if (s_.to_bound || (out.required_to >= 0 && out.required_to != s_.to)) return false;
    out.spec = s_;
    if (!out.dry_run) out.input = std::move(in_);
    return true;
  }

 protected:
  void start(ExecContext& ctx) override {
    lists_.clear();
    li_ = ai_ = 0;
    const Value& from = input_[static_cast<std::size_t>(s_.from)];
    if (!from.is_node()) return;
    from_ = from.as_node();
    auto add = [&](bool out) {
      if (s_.any_type) {
        lists_.push_back({out ? ctx.graph.out_adjacent(from_) : ctx.graph.in_adjacent(from_), out});
      } else {
        for (auto t : s_.types) lists_.push_back({out ? ctx.graph.out_adjacent(from_, t) : ctx.graph.in_adjacent(from_, t), out});
      }
    };
    if (s_.dir != Direction::In) add(true);
    if (s_.dir != Direction::Out) add(false);
  }
  bool advance(ExecContext& ctx, Row& row) override {
    while (li_ < lists_.size()) {
      auto [list, out] = lists_[li_];
      if (ai_ >= list.size()) {
        ++li_;
        ai_ = 0;
        continue;
      }
      const graph::Adjacent& a = list[ai_++];
      ctx.check_time();
      if (!out && s_.dir == Direction::Both && a.other == from_) continue;  // self-loop seen in the out list
      if (s_.to_bound) {
        const Value& to = input_[static_cast<std::size_t>(s_.to)];
        if (!to.is_node() || to.as_node() != a.other) continue;
      }
      row = input_;
      row[static_cast<std::size_t>(s_.rel)] = Value(RelRef{a.edge});
      if (!s_.to_bound) row[static_cast<std::size_t>(s_.to)] = Value(NodeRef{a.other});
      return true;
    }
    return false;
  }

 private:
  ExpandSpec s_;
  graph::NodeId from_ = 0;
  std::vector<std::pair<std::span<const graph::Adjacent>, bool>> lists_;
  std::size_t li_ = 0, ai_ = 0;
};
}  // namespace

OperatorPtr make_expand(OperatorPtr in, ExpandSpec spec) { return std::make_unique<Expand>(std::move(in), std::move(spec)); }
}  // namespace fg::query
