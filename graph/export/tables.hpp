#pragma once
// Grouping for the table-based exports (neo4j, kuzu): each node goes to the table of its first
// schema label (its first label when none is a schema label), relationships to their type.
#include <map>
#include <string>
#include <vector>

#include "graph/export/export.hpp"

namespace fg::graph::exports {

struct NodeTable {
  std::string name;  // the label
  std::vector<NodeId> nodes;
  bool multi_label = false;  // some node has labels besides `name`
};

// The name of the table a node without labels goes to.
inline constexpr std::string_view kUnlabelledTable = "Unlabelled";

// Tables sorted by name; `table_of[n]` is the index of node n's table (for selected nodes).
struct NodeTables {
  std::vector<NodeTable> tables;
  std::map<NodeId, std::size_t> table_of;
};
NodeTables group_nodes(const Graph& g, const Selection& s);
std::string table_label(const Graph& g, NodeId n);

// Relationships by type name (sorted).
std::map<std::string, std::vector<EdgeId>> group_edges(const Graph& g, const Selection& s);

// Unique file names for the tables: "Person.csv"; names that are not file-safe are mangled and
// numbered.
std::string unique_file_name(std::map<std::string, int>& taken, std::string_view prefix, std::string_view name,
                             std::string_view suffix);

}  // namespace fg::graph::exports
