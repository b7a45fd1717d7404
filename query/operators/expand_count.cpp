// ExpandCount: one row per input row, carrying how many relationships an Expand would have
// followed from it (to nodes with the required labels). The planner uses it under an Aggregate
// that only counts, so counting per group reads adjacency lengths and labels, not rows.
#include "query/operators/unary_operator.hpp"

namespace fg::query {
namespace {
class ExpandCount : public UnaryOperator {
 public:
  ExpandCount(ExpandRelease e, int weight_slot)
      : UnaryOperator(std::move(e.input)), s_(std::move(e.spec)), labels_(std::move(e.to_labels)), weight_slot_(weight_slot) {}
  std::string describe() const override {
    std::string s = "ExpandCount " + s_.description.substr(s_.description.find(' ') + 1);
    for (const auto& l : labels_.names()) s += " :" + l;
    return s;
  }

 protected:
  void reset(ExecContext& ctx) override { labels_.resolve(ctx.graph); }
  bool do_next(ExecContext& ctx, Row& row) override {
    while (in_->next(ctx, row)) {
      ctx.check_time();
      const Value& from = row[static_cast<std::size_t>(s_.from)];
      if (!labels_.known() || !from.is_node()) continue;
      auto n = from.as_node();
      std::int64_t count = 0;
      auto add = [&](std::span<const graph::Adjacent> adj, bool out) {
        for (const auto& a : adj) {
          if (!out && s_.dir == Direction::Both && a.other == n) continue;  // a self-loop counts once
          count += labels_.match(ctx.graph, a.other);
        }
      };
      for (bool out : {true, false}) {
        if (out ? s_.dir == Direction::In : s_.dir == Direction::Out) continue;
        if (s_.any_type) {
          add(out ? ctx.graph.out_adjacent(n) : ctx.graph.in_adjacent(n), out);
        } else {
          for (auto t : s_.types) add(out ? ctx.graph.out_adjacent(n, t) : ctx.graph.in_adjacent(n, t), out);
        }
      }
      if (count == 0) continue;
      row[static_cast<std::size_t>(weight_slot_)] = Value(count);
      return true;
    }
    return false;
  }

 private:
  ExpandSpec s_;
  RequiredLabels labels_;
  int weight_slot_;
};
}  // namespace

OperatorPtr make_expand_count(ExpandRelease expand, int weight_slot) {
  return std::make_unique<ExpandCount>(std::move(expand), weight_slot);
}
}  // namespace fg::query
