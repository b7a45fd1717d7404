#pragma once
// Draws an index with probability proportional to its weight in O(1) (Vose's alias method).
#include <cstdint>
#include <vector>

#include "bench/gen/rng.hpp"

namespace fg::bench {

class WeightedSampler {
 public:
  WeightedSampler() = default;
  explicit WeightedSampler(const std::vector<double>& weights);
  std::uint32_t operator()(Rng& rng) const {
    auto i = static_cast<std::uint32_t>(rng.below(prob_.size()));
    return rng.uniform() < prob_[i] ? i : alias_[i];
  }
  bool empty() const { return prob_.empty(); }

 private:
  std::vector<double> prob_;
  std::vector<std::uint32_t> alias_;
};

}  // namespace fg::bench
