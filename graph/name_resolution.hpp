#pragma once
// Name resolution over a graph's name indexes (schema.md, "Names"), shared by the builder Graph
// (hash maps) and the FrozenGraph (a sorted key table in the snapshot). Each index is addressed by
// a tag: 'e' exact name, 'n' normalized name or alias, 'c' code-like alias ("US", "OSCE"),
// 's' a Person's surname; a key is the label symbol's 4 bytes followed by the text.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/graph_view.hpp"

namespace fg::graph {

std::string name_index_key(Symbol label, std::string_view text);

class NameIndexLookup {
 public:
  virtual ~NameIndexLookup() = default;
  // Appends the nodes filed under `key` in index `tag` that `out` does not hold yet.
  virtual void find(char tag, const std::string& key, std::vector<NodeId>& out) const = 0;
};

struct NameLabels {
  std::optional<Symbol> state, person;
};

Resolution resolve_name(const NameIndexLookup& index, const NameLabels& labels, Symbol label, std::string_view name,
                        ResolveMode mode);

}  // namespace fg::graph
