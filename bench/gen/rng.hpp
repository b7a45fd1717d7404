#pragma once
// A small, fast, portable random generator (xoshiro256**, seeded through splitmix64), so the
// same seed gives the same bytes on every platform and standard library.
#include <cstdint>

namespace fg::bench {

class Rng {
 public:
  explicit Rng(std::uint64_t seed) {
    for (auto& word : s_) word = splitmix(seed);
  }
  std::uint64_t next() {
    const std::uint64_t result = rotl(s_[1] * 5, 7) * 9;
    const std::uint64_t t = s_[1] << 17;
    s_[2] ^= s_[0];
    s_[3] ^= s_[1];
    s_[1] ^= s_[2];
    s_[0] ^= s_[3];
    s_[2] ^= t;
    s_[3] = rotl(s_[3], 45);
    return result;
  }
  double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
  // A uniform integer in [0, n); n > 0.
  std::uint64_t below(std::uint64_t n) { return static_cast<std::uint64_t>(uniform() * static_cast<double>(n)); }
  bool chance(double p) { return uniform() < p; }
  template <typename Vec>
  const auto& pick(const Vec& v) {
    return v[below(v.size())];
  }

  static std::uint64_t splitmix(std::uint64_t& x) {
    std::uint64_t z = (x += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }

 private:
  static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
  std::uint64_t s_[4];
};

// A 64-bit hash of a few integers, for the duplicate-fact filter.
inline std::uint64_t mix_key(std::uint64_t a, std::uint64_t b, std::uint64_t c, std::uint64_t d) {
  std::uint64_t h = a * 0x9e3779b97f4a7c15ULL;
  for (std::uint64_t x : {b, c, d}) {
    h ^= x + 0x632be59bd9b4e019ULL + (h << 6) + (h >> 2);
    h = Rng::splitmix(h);
  }
  return h | 1;  // never 0: 0 marks an empty slot
}

}  // namespace fg::bench
