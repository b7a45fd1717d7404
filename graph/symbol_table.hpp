#pragma once
// Interned strings for labels, relationship types and property keys.
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "graph/property_map.hpp"

namespace fg::graph {

class SymbolTable {
 public:
  Symbol intern(std::string_view name) {
    if (auto it = index_.find(name); it != index_.end()) return it->second;
    auto id = static_cast<Symbol>(names_.size());
    names_.emplace_back(name);
    index_.emplace(names_.back(), id);
    return id;
  }
  std::optional<Symbol> find(std::string_view name) const {
    auto it = index_.find(name);
    if (it == index_.end()) return std::nullopt;
    return it->second;
  }
  const std::string& name(Symbol s) const { return names_.at(s); }
  std::size_t size() const { return names_.size(); }
  const std::vector<std::string>& names() const { return names_; }

 private:
  std::vector<std::string> names_;
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, Symbol, Hash, std::equal_to<>> index_;
};

}  // namespace fg::graph
