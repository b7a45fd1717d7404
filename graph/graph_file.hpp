#pragma once
// Reading and writing the graph file: a Cap'n Proto snapshot (graph/snapshot.capnp,
// docs/graph-file.md). Files are mapped and validated before any offset in them is used.
#include <cstdint>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "graph/atomic_file.hpp"
#include "graph/graph.hpp"

namespace fg::graph {

inline constexpr std::uint32_t kFormatVersion = 4;       // written
inline constexpr std::uint32_t kOldestFormatVersion = 1;  // still read
inline constexpr std::string_view kMagic = "factgraph-graph";
// Cap'n Proto lists hold at most 2^29 - 1 elements; arrays are split in chunks of at most this.
inline constexpr std::size_t kMaxChunkElements = std::size_t{1} << 28;

// Refused graph files (corrupt, truncated, foreign, newer format) throw this, with a message
// that names the file and says what is wrong.
class GraphFileError : public FileError {
 public:
  using FileError::FileError;
};

struct SnapshotOptions {
  std::size_t chunk_elements = kMaxChunkElements;  // smaller values exercise chunking in tests
};

Graph load_graph(const std::filesystem::path& path);
// Saves atomically (see atomic_file.hpp); sets the graph's created time on its first save.
void save_graph(Graph& g, const std::filesystem::path& path);

// The bytes save_graph writes: the same graph always gives the same bytes.
std::string serialize_graph(const Graph& g, const SnapshotOptions& options = {});
// The same bytes, handed to `write` piece by piece (no second copy of the file in memory).
void serialize_graph(const Graph& g, const std::function<void(std::string_view)>& write,
                     const SnapshotOptions& options = {});
Graph deserialize_graph(std::string_view bytes, const std::string& origin);

// What `factgraph snapshot info` shows, read without loading the graph (version 2).
struct SnapshotInfo {
  std::uint32_t format_version = 0;
  std::int64_t created_unix_ms = 0;
  std::uint64_t nodes = 0, relationships = 0;
  std::uint64_t file_bytes = 0;
  std::vector<std::pair<std::string, std::uint64_t>> section_bytes;  // in file order
  std::vector<std::string> sources;
  std::size_t symbols = 0, strings = 0;
};
SnapshotInfo snapshot_info(const std::filesystem::path& path);

}  // namespace fg::graph
