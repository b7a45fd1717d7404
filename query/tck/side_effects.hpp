#pragma once
// Side effects as the TCK observes them (tck/README.adoc, "Side effects"): nodes, relationships,
// property triples (entity, key, value) and distinct labels present before and after a query.
#include <map>
#include <set>
#include <string>

#include "graph/graph.hpp"

namespace fg::query::tck {

struct GraphSnapshot {
  std::size_t nodes = 0, relationships = 0;
  std::multiset<std::string> properties;  // "n12|key|value" / "r3|key|value"
  std::set<std::string> labels;
};
GraphSnapshot snapshot(const graph::Graph& g);

// "+nodes", "-nodes", "+relationships", "-relationships", "+properties", "-properties",
// "+labels", "-labels" -> count; only non-zero entries are present.
std::map<std::string, long long> side_effects(const GraphSnapshot& before, const GraphSnapshot& after);

}  // namespace fg::query::tck
