#pragma once
// A hash for the short strings (words, names) the importer's look-up tables are keyed by: eight
// bytes at a time, so a word costs a few multiplications where std::hash walks it byte by byte.
// Transparent: tables keyed by std::string are looked up with a std::string_view.
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace fg::importers::article {

struct WordHash {
  using is_transparent = void;
  // not noexcept on purpose: std::unordered_map then keeps each key's hash in its node instead of
  // hashing keys again while it walks a bucket
  std::size_t operator()(std::string_view s) const {
    constexpr std::uint64_t kMul = 0x9E3779B97F4A7C15ull;
    auto mix = [](std::uint64_t x) {
      x ^= x >> 32;
      x *= 0xD6E8FEB86659FD93ull;
      x ^= x >> 32;
      return x;
    };
    const char* p = s.data();
    std::size_t n = s.size();
    std::uint64_t h = n * kMul;
    for (; n > 8; n -= 8, p += 8) {
      std::uint64_t w;
      std::memcpy(&w, p, 8);
      h = mix(h ^ w) * kMul;
    }
    // the last one to eight bytes: two reads that may overlap
    std::uint64_t w = 0;
    if (n >= 4) {
      std::uint32_t a, b;
      std::memcpy(&a, p, 4);
      std::memcpy(&b, p + n - 4, 4);
      w = (std::uint64_t{a} << 32) | b;
    } else if (n > 0) {
      w = (std::uint64_t{static_cast<unsigned char>(p[0])} << 16) | (std::uint64_t{static_cast<unsigned char>(p[n / 2])} << 8) |
          static_cast<unsigned char>(p[n - 1]);
    }
    return static_cast<std::size_t>(mix(h ^ w ^ (n << 56)));
  }
};

}  // namespace fg::importers::article
