#pragma once
// Property columns: the property keys a group of nodes or relationships uses, each with the one
// type every value of that key fits, for the formats that declare typed columns (GraphML keys,
// neo4j-admin headers, Kùzu tables).
#include <span>
#include <string>
#include <vector>

#include "graph/graph.hpp"

namespace fg::graph::exports {

enum class ScalarType { Bool, Int, Float, String };

struct ColumnType {
  bool list = false;       // a list of `element` (all lists of this key hold that type)
  ScalarType element = ScalarType::String;
  bool mixed = false;      // values of different types: written as text (strings as they are,
                           // anything else as JSON), typed STRING
  bool fits_int32 = true;  // every integer is in [-2^31, 2^31) (neo4j's `int`)
};

struct Column {
  Symbol key;
  std::string name;  // the property key's text
  ColumnType type;
};

// Integers and floats together count as Float (every value is a number); any other mix, or a
// list mixing element types, is `mixed`. Columns are sorted by name.
std::vector<Column> node_columns(const Graph& g, std::span<const NodeId> nodes);
std::vector<Column> edge_columns(const Graph& g, std::span<const EdgeId> edges);

}  // namespace fg::graph::exports
