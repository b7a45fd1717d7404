#include "graph/export/export.hpp"

#include <algorithm>
#include <array>
#include <fstream>
#include <random>
#include <stdexcept>
#include <system_error>
#include <unistd.h>

#include "graph/atomic_file.hpp"

namespace fg::graph::exports {

namespace {
constexpr std::array<std::string_view, 8> kNames = {"graphml", "dot",   "cytoscape", "json",
                                                    "neo4j",   "kuzu",  "ntriples",  "turtle"};
// Marks a folder as a factgraph export, so a later export of the same format may replace it.
constexpr std::string_view kMarker = ".factgraph-export";

template <class Id>
void sort_unique(std::vector<Id>& v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
}

namespace fs = std::filesystem;

[[noreturn]] void fail(const fs::path& p, const std::string& what) { throw FileError(p.string() + ": " + what); }

bool replaceable_folder(const fs::path& dir, std::string_view format) {
  std::error_code ec;
  if (fs::is_empty(dir, ec) && !ec) return true;
  auto marker = dir / kMarker;
  if (!fs::is_regular_file(marker, ec)) return false;
  try {
    return read_file(marker) == std::string(format) + "\n";
  } catch (const FileError&) {
    return false;
  }
}

void write_folder(const std::vector<OutputFile>& files, std::string_view format, const fs::path& out) {
  std::error_code ec;
  bool exists = fs::exists(out, ec);
  if (exists && !fs::is_directory(out, ec)) fail(out, "exists and is not a folder (the " + std::string(format) + " export writes a folder)");
  if (exists && !replaceable_folder(out, format))
    fail(out, "folder exists and is not empty; choose a new folder (an earlier " + std::string(format) +
                  " export from factgraph would be replaced)");
  auto parent = out.parent_path().empty() ? fs::path(".") : out.parent_path();
  std::random_device rd;
  auto tmp = parent / ("." + out.filename().string() + ".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(rd() & 0xffffff));
  if (!fs::create_directory(tmp, ec)) fail(tmp, "cannot create folder: " + ec.message());
  try {
    for (const auto& f : files) write_file_atomically(tmp / f.name, f.bytes);
    write_file_atomically(tmp / kMarker, std::string(format) + "\n");
    if (exists) {
      fs::remove_all(out, ec);
      if (ec) fail(out, "cannot remove the earlier export: " + ec.message());
    }
    fs::rename(tmp, out, ec);
    if (ec) fail(out, "cannot move the export into place: " + ec.message());
  } catch (...) {
    fs::remove_all(tmp, ec);
    throw;
  }
}
}  // namespace

std::optional<Format> parse_format(std::string_view name) {
  for (std::size_t i = 0; i < kNames.size(); ++i)
    if (kNames[i] == name) return static_cast<Format>(i);
  return std::nullopt;
}

std::span<const std::string_view> format_names() { return kNames; }

bool writes_folder(Format f) { return f == Format::Neo4j || f == Format::Kuzu; }

Selection Selection::whole(const Graph& g) {
  Selection s;
  s.nodes.resize(g.node_count());
  for (NodeId n = 0; n < g.node_count(); ++n) s.nodes[n] = n;
  s.edges.resize(g.edge_count());
  for (EdgeId e = 0; e < g.edge_count(); ++e) s.edges[e] = e;
  return s;
}

Selection Selection::of(const Graph& g, std::vector<NodeId> nodes, std::vector<EdgeId> edges) {
  Selection s;
  s.nodes = std::move(nodes);
  s.edges = std::move(edges);
  for (auto n : s.nodes)
    if (n >= g.node_count()) throw std::out_of_range("node id " + std::to_string(n) + " is not in the graph");
  for (auto e : s.edges) {
    if (e >= g.edge_count()) throw std::out_of_range("relationship id " + std::to_string(e) + " is not in the graph");
    s.nodes.push_back(g.source(e));
    s.nodes.push_back(g.target(e));
  }
  sort_unique(s.nodes);
  sort_unique(s.edges);
  return s;
}

void write_export(const Graph& g, const Selection& s, Format f, const fs::path& out) {
  auto name = kNames[static_cast<std::size_t>(f)];
  switch (f) {
    case Format::Neo4j: write_folder(to_neo4j(g, s), name, out); return;
    case Format::Kuzu: write_folder(to_kuzu(g, s), name, out); return;
    default: break;
  }
  std::error_code ec;
  if (fs::is_directory(out, ec)) fail(out, "is a folder; the " + std::string(name) + " export writes one file");
  std::string bytes;
  switch (f) {
    case Format::GraphML: bytes = to_graphml(g, s); break;
    case Format::Dot: bytes = to_dot(g, s); break;
    case Format::Cytoscape: bytes = to_cytoscape(g, s); break;
    case Format::NodeLinkJson: bytes = to_node_link_json(g, s); break;
    case Format::NTriples: bytes = to_ntriples(g, s); break;
    case Format::Turtle: bytes = to_turtle(g, s); break;
    case Format::Neo4j: case Format::Kuzu: break;
  }
  write_file_atomically(out, bytes);
}

}  // namespace fg::graph::exports
