// Aggregate accumulators: count, collect, sum, avg, min, max, stDev, stDevP, percentileDisc/Cont.
// Nulls are skipped by all of them; DISTINCT drops equivalent values before they are added.
#include <algorithm>
#include <cmath>
#include <unordered_set>

#include "query/errors.hpp"
#include "query/expr/functions.hpp"
#include "query/expr/operations.hpp"

namespace fg::query {

namespace {

class Count : public Accumulator {
 public:
  void add(const Value&) override { ++n_; }
  Value result() const override { return Value(n_); }

 private:
  std::int64_t n_ = 0;
};

class Collect : public Accumulator {
 public:
  void add(const Value& v) override { items_.push_back(v); }
  Value result() const override { return Value(items_); }

 private:
  List items_;
};

class Sum : public Accumulator {
 public:
  void add(const Value& v) override {
    if (!v.is_number()) type_error("sum() expects numbers, got " + std::string(kind_name(v.kind())));
    sum_ = ops::add(sum_, v);
  }
  Value result() const override { return sum_; }

 private:
  Value sum_ = Value(std::int64_t{0});
};

class Avg : public Accumulator {
 public:
  void add(const Value& v) override {
    if (!v.is_number()) type_error("avg() expects numbers, got " + std::string(kind_name(v.kind())));
    ++n_;
    mean_ += (v.as_number() - mean_) / static_cast<double>(n_);
  }
  Value result() const override { return n_ ? Value(mean_) : Value(); }

 private:
  std::int64_t n_ = 0;
  double mean_ = 0;
};

class MinMax : public Accumulator {
 public:
  explicit MinMax(bool max) : max_(max) {}
  void add(const Value& v) override {
    if (best_.is_null()) {
      best_ = v;
      return;
    }
    int c = order_compare(v, best_);
    if (max_ ? c > 0 : c < 0) best_ = v;
  }
  Value result() const override { return best_; }

 private:
  bool max_;
  Value best_;
};

class StDev : public Accumulator {
 public:
  explicit StDev(bool population) : population_(population) {}
  void add(const Value& v) override {
    if (!v.is_number()) type_error("stDev() expects numbers, got " + std::string(kind_name(v.kind())));
    ++n_;
    double x = v.as_number(), d = x - mean_;
    mean_ += d / static_cast<double>(n_);
    m2_ += d * (x - mean_);
  }
  Value result() const override {
    double denom = population_ ? static_cast<double>(n_) : static_cast<double>(n_ - 1);
    if (n_ == 0 || denom <= 0) return Value(0.0);
    return Value(std::sqrt(m2_ / denom));
  }

 private:
  bool population_;
  std::int64_t n_ = 0;
  double mean_ = 0, m2_ = 0;
};

class Percentile : public Accumulator {
 public:
  Percentile(bool continuous, const Value& p) : continuous_(continuous) {
    if (!p.is_number()) type_error("percentile must be a number");
    p_ = p.as_number();
    if (!(p_ >= 0 && p_ <= 1))
      runtime_error("ArgumentError", "NumberOutOfRange", "percentile must be between 0.0 and 1.0");
  }
  void add(const Value& v) override {
    if (!v.is_number()) type_error("percentile functions expect numbers, got " + std::string(kind_name(v.kind())));
    items_.push_back(v);
  }
  Value result() const override {
    if (items_.empty()) return {};
    auto sorted = items_;
    std::sort(sorted.begin(), sorted.end(), [](const Value& a, const Value& b) { return order_compare(a, b) < 0; });
    std::size_t n = sorted.size();
    if (continuous_) {
      double idx = p_ * static_cast<double>(n - 1);
      auto lo = static_cast<std::size_t>(std::floor(idx)), hi = static_cast<std::size_t>(std::ceil(idx));
      double a = sorted[lo].as_number(), b = sorted[hi].as_number();
      return Value(a + (b - a) * (idx - static_cast<double>(lo)));
    }
    if (p_ == 1.0 || n == 1) return sorted.back();
    double f = p_ * static_cast<double>(n);
    auto i = static_cast<std::size_t>(f);
    if (static_cast<double>(i) == f && i > 0) --i;
    return sorted[std::min(i, n - 1)];
  }

 private:
  bool continuous_;
  double p_ = 0;
  List items_;
};

class Distinct : public Accumulator {
 public:
  explicit Distinct(std::unique_ptr<Accumulator> inner) : inner_(std::move(inner)) {}
  void add(const Value& v) override {
    if (seen_.insert(v).second) inner_->add(v);
  }
  Value result() const override { return inner_->result(); }

 private:
  std::unique_ptr<Accumulator> inner_;
  std::unordered_set<Value, ValueHash, ValueEquivalent> seen_;
};

// Skips nulls, which no aggregate counts.
class SkipNull : public Accumulator {
 public:
  explicit SkipNull(std::unique_ptr<Accumulator> inner) : inner_(std::move(inner)) {}
  void add(const Value& v) override {
    if (!v.is_null()) inner_->add(v);
  }
  Value result() const override { return inner_->result(); }

 private:
  std::unique_ptr<Accumulator> inner_;
};

}  // namespace

std::unique_ptr<Accumulator> make_accumulator(const FunctionInfo& f, bool distinct, const Value& extra) {
  std::unique_ptr<Accumulator> a;
  std::string_view n = f.name;
  if (n == "count") a = std::make_unique<Count>();
  else if (n == "collect") a = std::make_unique<Collect>();
  else if (n == "sum") a = std::make_unique<Sum>();
  else if (n == "avg") a = std::make_unique<Avg>();
  else if (n == "min") a = std::make_unique<MinMax>(false);
  else if (n == "max") a = std::make_unique<MinMax>(true);
  else if (n == "stDev") a = std::make_unique<StDev>(false);
  else if (n == "stDevP") a = std::make_unique<StDev>(true);
  else if (n == "percentileDisc") a = std::make_unique<Percentile>(false, extra);
  else a = std::make_unique<Percentile>(true, extra);
  if (distinct) a = std::make_unique<Distinct>(std::move(a));
  return std::make_unique<SkipNull>(std::move(a));
}

}  // namespace fg::query
