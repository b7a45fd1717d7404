#pragma once
// Reading and writing the graph file (a Cap'n Proto message, graph/snapshot.capnp).
#include <cstdint>
#include <filesystem>

#include "graph/atomic_file.hpp"
#include "graph/graph.hpp"

namespace fg::graph {

inline constexpr std::uint32_t kFormatVersion = 1;
inline constexpr std::string_view kMagic = "factgraph-graph";

// Refused graph files (corrupt, truncated, foreign, newer format) throw this, with a message
// that names the file and says what is wrong.
class GraphFileError : public FileError {
 public:
  using FileError::FileError;
};

Graph load_graph(const std::filesystem::path& path);
// Saves atomically (see atomic_file.hpp); sets the graph's created time on its first save.
void save_graph(Graph& g, const std::filesystem::path& path);

// The bytes save_graph writes: the same graph always gives the same bytes.
std::string serialize_graph(const Graph& g);
Graph deserialize_graph(std::string_view bytes, const std::string& origin);

}  // namespace fg::graph
