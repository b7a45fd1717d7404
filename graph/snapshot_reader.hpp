#pragma once
// Shared by the readers of the graph file (graph_file.cpp builds a Graph from it,
// frozen_graph.cpp views it in place): the framing and header checks, and in-place views of
// Cap'n Proto lists as flat arrays. Internal to graph/.
#include <capnp/any.h>
#include <capnp/message.h>
#include <capnp/serialize.h>
#include <kj/exception.h>

#include <cstring>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "graph/frozen_columns.hpp"
#include "graph/graph_file.hpp"
#include "graph/snapshot.capnp.h"

namespace fg::graph::snapshot_reader {

namespace cs = capnp_schema;

// Thrown while reading; with_message turns it into a GraphFileError naming the file.
struct Corrupt {
  std::string what;
};
[[noreturn]] inline void corrupt(std::string what) { throw Corrupt{std::move(what)}; }

inline std::string text(capnp::Text::Reader t) { return std::string(t.cStr(), t.size()); }

// A chunked array (U32Array, U64Array, U8Array): a view into the message when it has one chunk,
// a concatenated copy otherwise.
template <class T, class ChunkList>
PackedArray<T> read_packed(ChunkList chunks, const char* what) {
  std::vector<kj::ArrayPtr<const capnp::byte>> parts;
  std::uint64_t total = 0;
  for (auto chunk : chunks) {
    kj::ArrayPtr<const capnp::byte> raw;
    std::size_t count;
    if constexpr (std::is_same_v<decltype(chunk), capnp::Data::Reader>) {
      raw = chunk;  // Cap'n Proto has checked it is a byte list
      count = chunk.size();
    } else {
      capnp::AnyList::Reader any(chunk);
      raw = any.getRawBytes();
      count = any.size();
      if (count > 0 && (raw.size() != count * sizeof(T) || reinterpret_cast<std::uintptr_t>(raw.begin()) % alignof(T) != 0))
        corrupt(std::string(what) + " has the wrong element size");
    }
    parts.push_back(raw);
    total += count;
  }
  if (parts.size() == 1) return PackedArray<T>(reinterpret_cast<const T*>(parts[0].begin()), total);
  std::vector<T> owned(total);
  std::size_t at = 0;
  for (auto p : parts) {
    if (p.size() > 0) std::memcpy(reinterpret_cast<char*>(owned.data()) + at, p.begin(), p.size());
    at += p.size();
  }
  return PackedArray<T>(std::move(owned));
}

// A chunked array of three-word entries, viewed in place chunk by chunk (see TripleChunks).
template <class ChunkList>
TripleChunks read_triples(ChunkList chunks, const char* what) {
  std::vector<std::pair<const std::uint32_t*, std::uint64_t>> parts;
  for (auto chunk : chunks) {
    capnp::AnyList::Reader any(chunk);
    auto raw = any.getRawBytes();
    if (any.size() > 0 && (raw.size() != std::size_t{any.size()} * 4 || reinterpret_cast<std::uintptr_t>(raw.begin()) % 4 != 0))
      corrupt(std::string(what) + " has the wrong element size");
    parts.emplace_back(reinterpret_cast<const std::uint32_t*>(raw.begin()), any.size());
  }
  try {
    return TripleChunks(std::move(parts), what);
  } catch (const GraphFileError& e) {
    corrupt(e.what());
  }
}

// The blocks of a string table, with each block's offsets checked to span its bytes (the
// offsets in between are checked when a string is read).
inline std::vector<FrozenStrings::Block> read_string_blocks(cs::StringTable::Reader table, const char* what) {
  std::vector<FrozenStrings::Block> blocks;
  for (auto block : table.getBlocks()) {
    auto offsets = block.getOffsets();
    auto bytes = block.getBytes();
    if (offsets.size() == 0) corrupt(std::string(what) + ": a string block has no offsets");
    capnp::AnyList::Reader any(offsets);
    if (any.getRawBytes().size() != std::size_t{any.size()} * 4 ||
        reinterpret_cast<std::uintptr_t>(any.getRawBytes().begin()) % 4 != 0)
      corrupt(std::string(what) + " offsets have the wrong element size");
    const auto* off = reinterpret_cast<const std::uint32_t*>(any.getRawBytes().begin());
    if (off[0] != 0 || off[offsets.size() - 1] != bytes.size()) corrupt(std::string(what) + ": string offsets do not span the block");
    blocks.push_back({off, offsets.size() - 1u, reinterpret_cast<const char*>(bytes.begin()), bytes.size()});
  }
  return blocks;
}

// Checks the framing and the header; calls f(reader, version) for a supported version. Cap'n
// Proto's own errors and Corrupt become a GraphFileError naming `origin`.
template <class F>
auto with_message(std::string_view bytes, const std::string& origin, F&& f) {
  if (bytes.empty()) throw GraphFileError(origin + ": empty file, not a factgraph graph");
  if (bytes.size() < 16 || bytes.size() % sizeof(capnp::word) != 0)
    throw GraphFileError(origin + ": not a factgraph graph file (or truncated): size " + std::to_string(bytes.size()) +
                         " is not a whole number of 8-byte words");
  kj::Array<capnp::word> copy;
  kj::ArrayPtr<const capnp::word> words(reinterpret_cast<const capnp::word*>(bytes.data()), bytes.size() / sizeof(capnp::word));
  if (reinterpret_cast<std::uintptr_t>(bytes.data()) % alignof(capnp::word) != 0) {
    copy = kj::heapArray<capnp::word>(words.size());
    std::memcpy(copy.begin(), bytes.data(), bytes.size());
    words = copy;
  }
  try {
    capnp::ReaderOptions options;
    // Every array is read about once; the limit stops a crafted file from making a reader
    // walk the same bytes over and over (Cap'n Proto's amplification guard).
    options.traversalLimitInWords = words.size() * 4 + 1024;
    options.nestingLimit = 64 + 16;
    capnp::FlatArrayMessageReader reader(words, options);
    auto header = reader.getRoot<cs::Header>();
    if (!header.hasMagic() || text(header.getMagic()) != kMagic)
      throw GraphFileError(origin + ": not a factgraph graph file (bad magic)");
    auto version = header.getFormatVersion();
    if (version < kOldestFormatVersion || version > kFormatVersion)
      throw GraphFileError(origin + ": graph file format version " + std::to_string(version) +
                           " is not supported (this factgraph reads versions " + std::to_string(kOldestFormatVersion) +
                           " to " + std::to_string(kFormatVersion) +
                           (version > kFormatVersion ? "; it was written by a newer factgraph)" : ")"));
    return f(reader, version);
  } catch (const Corrupt& c) {
    throw GraphFileError(origin + ": corrupt graph file: " + c.what);
  } catch (const kj::Exception& e) {
    throw GraphFileError(origin + ": corrupt or truncated graph file (" + std::string(e.getDescription().cStr()) + ")");
  }
}

}  // namespace fg::graph::snapshot_reader
