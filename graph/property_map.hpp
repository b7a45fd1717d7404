#pragma once
// Properties of one node or relationship: a small vector sorted by key symbol.
#include <algorithm>
#include <cstdint>
#include <utility>
#include <vector>

#include "graph/value.hpp"

namespace fg::graph {

using Symbol = std::uint32_t;

class PropertyMap {
 public:
  using Item = std::pair<Symbol, Value>;

  const Value* get(Symbol key) const {
    auto it = lower(key);
    return (it != items_.end() && it->first == key) ? &it->second : nullptr;
  }
  Value* get(Symbol key) {
    auto it = std::lower_bound(items_.begin(), items_.end(), key, less_key);
    return (it != items_.end() && it->first == key) ? &it->second : nullptr;
  }
  // Setting null removes the key, as in openCypher.
  void set(Symbol key, Value v) {
    auto it = std::lower_bound(items_.begin(), items_.end(), key, less_key);
    bool present = it != items_.end() && it->first == key;
    if (v.is_null()) {
      if (present) items_.erase(it);
    } else if (present) {
      it->second = std::move(v);
    } else {
      items_.insert(it, Item{key, std::move(v)});
    }
  }
  bool contains(Symbol key) const { return get(key) != nullptr; }
  void reserve(std::size_t n) { items_.reserve(n); }
  std::size_t size() const { return items_.size(); }
  bool empty() const { return items_.empty(); }
  auto begin() const { return items_.begin(); }
  auto end() const { return items_.end(); }
  friend bool operator==(const PropertyMap&, const PropertyMap&) = default;

 private:
  static bool less_key(const Item& item, Symbol key) { return item.first < key; }
  std::vector<Item>::const_iterator lower(Symbol key) const {
    return std::lower_bound(items_.begin(), items_.end(), key, less_key);
  }
  std::vector<Item> items_;
};

}  // namespace fg::graph
