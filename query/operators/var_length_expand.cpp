// VarLengthExpand: `-[*min..max]->`, a lazy depth-first walk over trails (no relationship twice
// on one path). The relationship slot receives the list of relationships in path order.
// An unbounded pattern is bounded by QueryOptions::max_hops; finding a longer trail is an error
// naming the limit, never a silent cut.
#include <algorithm>

#include "query/errors.hpp"
#include "query/expr/evaluator.hpp"
#include "query/expr/operations.hpp"
#include "query/operators/unary_operator.hpp"

namespace fg::query {
namespace {
class VarLengthExpand : public FlatMapOperator {
 public:
  VarLengthExpand(OperatorPtr in, VarExpandSpec spec) : FlatMapOperator(std::move(in)), s_(std::move(spec)) {}
  std::string describe() const override { return s_.base.description; }

 protected:
  struct Frame {
    graph::NodeId node;
    std::vector<std::pair<std::span<const graph::Adjacent>, bool>> lists;
    std::size_t li = 0, ai = 0;
  };

  void push(ExecContext& ctx, graph::NodeId n) {
    Frame f{n, {}, 0, 0};
    bool leaf = !s_.unbounded && path_.size() >= s_.max_hops;
    if (!leaf) {
      auto add = [&](bool out) {
        if (s_.base.any_type) {
          f.lists.push_back({out ? ctx.graph.out_adjacent(n) : ctx.graph.in_adjacent(n), out});
        } else {
          for (auto t : s_.base.types)
            f.lists.push_back({out ? ctx.graph.out_adjacent(n, t) : ctx.graph.in_adjacent(n, t), out});
        }
      };
      if (s_.base.dir != Direction::In) add(true);
      if (s_.base.dir != Direction::Out) add(false);
    }
    stack_.push_back(std::move(f));
    emit_pending_ = path_.size() >= s_.min_hops;
  }

  void start(ExecContext& ctx) override {
    stack_.clear();
    path_.clear();
    emit_pending_ = false;
    const Value& from = input_[static_cast<std::size_t>(s_.base.from)];
    if (!from.is_node()) return;
    props_.clear();
    if (s_.rel_props) {
      Value m = evaluate(*s_.rel_props, input_, ctx);
      if (m.is_map())
        for (const auto& [k, v] : m.as_map()) props_.emplace_back(k, v);
    }
    push(ctx, from.as_node());
  }

  bool rel_matches(ExecContext& ctx, graph::EdgeId e) const {
    for (const auto& [k, v] : props_) {
      Value eq = ops::equals(entity_property(ctx, Value(RelRef{e}), k), v);
      if (!eq.is_bool() || !eq.as_bool()) return false;
    }
    return true;
  }

  bool advance(ExecContext& ctx, Row& row) override {
    for (;;) {
      if (emit_pending_) {
        emit_pending_ = false;
        graph::NodeId end = stack_.back().node;
        const Value& to = input_[static_cast<std::size_t>(s_.base.to)];
        if (!s_.base.to_bound || (to.is_node() && to.as_node() == end)) {
          row = input_;
          List rels;
          rels.reserve(path_.size());
          for (auto e : path_) rels.emplace_back(RelRef{e});
          row[static_cast<std::size_t>(s_.base.rel)] = Value(std::move(rels));
          if (!s_.base.to_bound) row[static_cast<std::size_t>(s_.base.to)] = Value(NodeRef{end});
          return true;
        }
      }
      if (stack_.empty()) return false;
      ctx.check_time();
      Frame& f = stack_.back();
      if (f.li >= f.lists.size()) {
        stack_.pop_back();
        if (!path_.empty()) path_.pop_back();
        continue;
      }
      auto [list, out] = f.lists[f.li];
      if (f.ai >= list.size()) {
        ++f.li;
        f.ai = 0;
        continue;
      }
      const graph::Adjacent a = list[f.ai++];
      if (!out && s_.base.dir == Direction::Both && a.other == f.node) continue;
      if (std::find(path_.begin(), path_.end(), a.edge) != path_.end()) continue;
      if (!props_.empty() && !rel_matches(ctx, a.edge)) continue;
      if (s_.unbounded && path_.size() + 1 > s_.max_hops)
        runtime_error("LimitExceeded", "MaxHops",
                      "a variable-length pattern without an upper bound needs more than " +
                          std::to_string(s_.max_hops) + " hops; give it a bound (*1..N) or raise --max-hops");
      path_.push_back(a.edge);
      push(ctx, a.other);
    }
  }

 private:
  VarExpandSpec s_;
  std::vector<Frame> stack_;
  std::vector<graph::EdgeId> path_;
  std::vector<std::pair<std::string, Value>> props_;
  bool emit_pending_ = false;
};
}  // namespace

OperatorPtr make_var_expand(OperatorPtr in, VarExpandSpec spec) {
  return std::make_unique<VarLengthExpand>(std::move(in), std::move(spec));
}
}  // namespace fg::query
