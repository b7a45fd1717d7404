#pragma once
// Exports of a graph (or of a selected subgraph) to the formats other tools read: GraphML, DOT,
// Cytoscape.js JSON, NetworkX node-link JSON, neo4j-admin import CSVs, Kùzu CSVs + load.cypher,
// N-Triples and Turtle. docs/exports.md describes every format's mapping.
// (The namespace is `exports` because `export` is a C++ keyword.)
#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "graph/graph.hpp"

namespace fg::graph::exports {

enum class Format { GraphML, Dot, Cytoscape, NodeLinkJson, Neo4j, Kuzu, NTriples, Turtle };

std::optional<Format> parse_format(std::string_view name);
std::span<const std::string_view> format_names();  // as the --format option spells them
bool writes_folder(Format f);                       // neo4j and kuzu write a folder of files

// The part of a graph to export: sorted unique ids, and every selected relationship's
// endpoints are among the selected nodes.
struct Selection {
  std::vector<NodeId> nodes;
  std::vector<EdgeId> edges;

  static Selection whole(const Graph& g);
  // The given nodes and relationships plus the endpoints of the relationships (ids in any order,
  // duplicates allowed; out-of-range ids throw std::out_of_range).
  static Selection of(const Graph& g, std::vector<NodeId> nodes, std::vector<EdgeId> edges);
};

// One output file: its name inside the output folder (or empty for a single-file format) and bytes.
struct OutputFile {
  std::string name;
  std::string bytes;
};

std::string to_graphml(const Graph& g, const Selection& s);
std::string to_dot(const Graph& g, const Selection& s);
std::string to_cytoscape(const Graph& g, const Selection& s);
std::string to_node_link_json(const Graph& g, const Selection& s);
std::string to_ntriples(const Graph& g, const Selection& s);
std::string to_turtle(const Graph& g, const Selection& s);
std::vector<OutputFile> to_neo4j(const Graph& g, const Selection& s);
std::vector<OutputFile> to_kuzu(const Graph& g, const Selection& s);

// Writes the export to `out`: a file, replaced atomically, or for folder formats a folder,
// created or replaced as a whole (an existing folder is replaced only when it is empty or holds
// an earlier factgraph export of the same format). Throws FileError naming the path.
void write_export(const Graph& g, const Selection& s, Format f, const std::filesystem::path& out);

}  // namespace fg::graph::exports
