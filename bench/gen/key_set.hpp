#pragma once
// A set of non-zero 64-bit keys (open addressing, linear probing): the generator's memory of which
// facts it already wrote, so every relation line is a distinct relationship. Far smaller and faster
// than std::unordered_set at ten million keys.
#include <cstdint>
#include <vector>

namespace fg::bench {

class KeySet {
 public:
  explicit KeySet(std::size_t expected) {
    std::size_t cap = 1024;
    while (cap < expected * 2) cap <<= 1;
    slots_.assign(cap, 0);
  }
  bool contains(std::uint64_t key) const {
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = (key ^ (key >> 29)) & mask;; i = (i + 1) & mask) {
      if (slots_[i] == key) return true;
      if (slots_[i] == 0) return false;
    }
  }
  // Inserts `key` (non-zero); false when it was already present.
  bool insert(std::uint64_t key) {
    if ((size_ + 1) * 10 > slots_.size() * 7) grow();
    return place(slots_, key);
  }

 private:
  bool place(std::vector<std::uint64_t>& slots, std::uint64_t key) {
    const std::size_t mask = slots.size() - 1;
    for (std::size_t i = (key ^ (key >> 29)) & mask;; i = (i + 1) & mask) {
      if (slots[i] == key) return false;
      if (slots[i] == 0) {
        slots[i] = key;
        ++size_;
        return true;
      }
    }
  }
  void grow() {
    std::vector<std::uint64_t> bigger(slots_.size() * 2, 0);
    size_ = 0;
    for (auto k : slots_)
      if (k) place(bigger, k);
    slots_.swap(bigger);
  }
  std::vector<std::uint64_t> slots_;
  std::size_t size_ = 0;
};

}  // namespace fg::bench
