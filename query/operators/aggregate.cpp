// Aggregate: groups rows by the grouping keys (openCypher equivalence: null groups with null,
// 1 with 1.0) in first-seen order, and feeds each group's accumulators. Without grouping keys an
// empty input still gives one row (count(*) = 0, collect = [], sum = 0, others null).
#include <unordered_map>

#include "query/expr/evaluator.hpp"
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

class Aggregate : public UnaryOperator {
 public:
  Aggregate(OperatorPtr in, std::vector<Projected> keys, std::vector<AggregateSpec> aggs, int weight_slot)
      : UnaryOperator(std::move(in)), keys_(std::move(keys)), aggs_(std::move(aggs)), weight_slot_(weight_slot) {}
  std::string describe() const override {
    std::string s = "Aggregate";
    if (!keys_.empty()) {
      s += " by";
      for (const auto& k : keys_) s += " " + k.expr->text;
    }
    return s;
  }

 protected:
  struct Group {
    Row base;
    std::vector<std::unique_ptr<Accumulator>> accs;
    std::vector<std::int64_t> star_counts;
  };

  void do_open(ExecContext& ctx, const Row* argument) override {
    width_ = argument ? argument->size() : 0;
    UnaryOperator::do_open(ctx, argument);
  }

  void reset(ExecContext& ctx) override {
    memory_.reset(ctx.memory);
    keeps_values_.clear();
    for (const auto& a : aggs_) keeps_values_.push_back(a.function && (a.distinct || a.function->name == "collect" ||
                                                                       a.function->name.starts_with("percentile")));
    groups_.clear();
    index_.clear();
    built_ = false;
    pos_ = 0;
  }

  Group make_group(const Row& row, ExecContext& ctx) {
    Group g;
    g.base = row;
    memory_.add(ctx.memory, approx_bytes(row) + aggs_.size() * 64 + 128, "grouping");
    for (const auto& a : aggs_) {
      if (!a.function) {
        g.accs.push_back(nullptr);
      } else {
        Value extra = a.extra ? evaluate(*a.extra, g.base, ctx) : Value();
        g.accs.push_back(make_accumulator(*a.function, a.distinct, extra));
      }
    }
    g.star_counts.assign(aggs_.size(), 0);
    return g;
  }

  // The group of `row`, created on first sight. Without grouping keys there is one group and
  // nothing to look up.
  std::size_t group_of(Row& row, ExecContext& ctx, std::vector<Value>& key) {
    if (keys_.empty() && !groups_.empty()) return 0;
    key.clear();
    for (const auto& k : keys_) key.push_back(evaluate(*k.expr, row, ctx));
    if (auto it = index_.find(key); it != index_.end()) return it->second;
    std::size_t gi = groups_.size();
    groups_.push_back(make_group(row, ctx));
    for (std::size_t i = 0; i < keys_.size(); ++i) groups_.back().base[static_cast<std::size_t>(keys_[i].slot)] = key[i];
    index_.emplace(key, gi);
    return gi;
  }

  void build(ExecContext& ctx, const Row& width_row) {
    Row row = width_row;
    std::vector<Value> key;
    while (in_->next(ctx, row)) {
      ctx.check_time();
      Group& g = groups_[group_of(row, ctx, key)];
      std::int64_t weight = weight_slot_ >= 0 ? row[static_cast<std::size_t>(weight_slot_)].as_int() : 1;
      for (std::size_t i = 0; i < aggs_.size(); ++i) {
        if (!aggs_[i].function) g.star_counts[i] += weight;
        else if (!keeps_values_[i]) g.accs[i]->add(evaluate(*aggs_[i].arg, row, ctx));
        else {
          Value v = evaluate(*aggs_[i].arg, row, ctx);
          memory_.add(ctx.memory, approx_bytes(v), "collect()");
          g.accs[i]->add(v);
        }
      }
    }
    if (groups_.empty() && keys_.empty()) {
      // No input row came to give the row its width (under UNWIND or MATCH the caller's row is
      // that operator's own, still empty, input buffer): the group's row gets the plan's width.
      Row base = width_row;
      if (base.size() < width_) base.resize(width_);
      groups_.push_back(make_group(base, ctx));
    }
    built_ = true;
  }

  bool do_next(ExecContext& ctx, Row& row) override {
    if (!built_) build(ctx, row);
    if (pos_ >= groups_.size()) return false;
    Group& g = groups_[pos_++];
    row = g.base;
    for (std::size_t i = 0; i < aggs_.size(); ++i)
      row[static_cast<std::size_t>(aggs_[i].slot)] = aggs_[i].function ? g.accs[i]->result() : Value(g.star_counts[i]);
    return true;
  }

 private:
  std::vector<Projected> keys_;
  std::vector<AggregateSpec> aggs_;
  int weight_slot_;
  std::vector<Group> groups_;
  std::unordered_map<std::vector<Value>, std::size_t, KeyHash, KeyEq> index_;
  bool built_ = false;
  std::size_t pos_ = 0;
  std::size_t width_ = 0;  // the argument row's width: the plan's
  MemoryCharge memory_;
  std::vector<char> keeps_values_;  // per aggregate: holds its values (collect, percentiles, DISTINCT)
};
}  // namespace

OperatorPtr make_aggregate(OperatorPtr in, std::vector<Projected> keys, std::vector<AggregateSpec> aggs,
                           int weight_slot) {
  return std::make_unique<Aggregate>(std::move(in), std::move(keys), std::move(aggs), weight_slot);
}
}  // namespace fg::query
