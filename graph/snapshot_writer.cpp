// Writes format version 3 (graph/snapshot.capnp): the graph as columns, CSR adjacency and
// indexes. The same graph always gives the same bytes.
#include <capnp/message.h>
#include <capnp/serialize.h>

#include <algorithm>
#include <bit>
#include <cstring>
#include <map>
#include <set>
#include <stdexcept>
#include <unordered_map>

#include "graph/graph_file.hpp"
#include "graph/schema.hpp"
#include "graph/snapshot.capnp.h"
#include "graph/snapshot_access.hpp"

namespace fg::graph {

namespace cs = capnp_schema;

namespace {

static_assert(std::endian::native == std::endian::little, "the snapshot layout assumes a little-endian host");

template <class T, class ArrayBuilder>
void put_chunks(ArrayBuilder out, const std::vector<T>& values, std::size_t chunk) {
  std::size_t n_chunks = (values.size() + chunk - 1) / chunk;
  auto chunks = out.initChunks(static_cast<unsigned>(n_chunks));
  for (std::size_t c = 0; c < n_chunks; ++c) {
    std::size_t begin = c * chunk, end = std::min(values.size(), begin + chunk);
    auto list = chunks.init(static_cast<unsigned>(c), static_cast<unsigned>(end - begin));
    for (std::size_t i = begin; i < end; ++i) list.set(static_cast<unsigned>(i - begin), values[i]);
  }
}

void put_bytes(cs::U8Array::Builder out, const std::vector<std::uint8_t>& values, std::size_t chunk) {
  std::size_t n_chunks = (values.size() + chunk - 1) / chunk;
  auto chunks = out.initChunks(static_cast<unsigned>(n_chunks));
  for (std::size_t c = 0; c < n_chunks; ++c) {
    std::size_t begin = c * chunk, end = std::min(values.size(), begin + chunk);
    auto data = chunks.init(static_cast<unsigned>(c), static_cast<unsigned>(end - begin));
    std::memcpy(data.begin(), values.data() + begin, end - begin);
  }
}

// Strings in blocks of whole strings, each block's bytes at most `chunk` (unless one string is longer).
void put_strings(cs::StringTable::Builder out, const std::vector<std::string_view>& strings, std::size_t chunk) {
  std::vector<std::pair<std::size_t, std::size_t>> blocks;  // [first, last)
  std::size_t first = 0, bytes = 0;
  for (std::size_t i = 0; i < strings.size(); ++i) {
    if (strings[i].size() > 0xFFFFFFF0u) throw std::length_error("a string longer than 4 GiB cannot be saved");
    if (i > first && (bytes + strings[i].size() > chunk || i - first >= chunk)) {
      blocks.emplace_back(first, i);
      first = i;
      bytes = 0;
    }
    bytes += strings[i].size();
  }
  if (first < strings.size()) blocks.emplace_back(first, strings.size());
  auto list = out.initBlocks(static_cast<unsigned>(blocks.size()));
  for (std::size_t b = 0; b < blocks.size(); ++b) {
    auto [lo, hi] = blocks[b];
    auto offsets = list[static_cast<unsigned>(b)].initOffsets(static_cast<unsigned>(hi - lo + 1));
    std::size_t total = 0;
    for (std::size_t i = lo; i < hi; ++i) {
      offsets.set(static_cast<unsigned>(i - lo), static_cast<std::uint32_t>(total));
      total += strings[i].size();
    }
    offsets.set(static_cast<unsigned>(hi - lo), static_cast<std::uint32_t>(total));
    auto data = list[static_cast<unsigned>(b)].initBytes(static_cast<unsigned>(total));
    std::size_t at = 0;
    for (std::size_t i = lo; i < hi; ++i) {
      std::memcpy(data.begin() + at, strings[i].data(), strings[i].size());
      at += strings[i].size();
    }
  }
}

class StringPool {
 public:
  std::uint32_t id(std::string_view s) {
    auto [it, inserted] = ids_.try_emplace(s, static_cast<std::uint32_t>(strings_.size()));
    if (inserted) strings_.push_back(s);
    return it->second;
  }
  const std::vector<std::string_view>& strings() const { return strings_; }

 private:
  std::unordered_map<std::string_view, std::uint32_t> ids_;
  std::vector<std::string_view> strings_;
};

struct Columns {
  std::vector<std::uint64_t> offsets{0};
  std::vector<std::uint32_t> keys;
  std::vector<std::uint8_t> tags;
  std::vector<std::uint64_t> values;
  std::vector<std::uint64_t> list_offsets{0};
  std::vector<std::uint8_t> list_tags;
  std::vector<std::uint64_t> list_values;
};

class ColumnWriter {
 public:
  ColumnWriter(Columns& c, StringPool& strings) : c_(c), strings_(strings) {}

  void add(const PropertyMap& props) {
    for (const auto& [key, value] : props) {
      auto [tag, payload] = encode(value);
      c_.keys.push_back(key);
      c_.tags.push_back(tag);
      c_.values.push_back(payload);
    }
    c_.offsets.push_back(c_.keys.size());
  }

 private:
  std::pair<std::uint8_t, std::uint64_t> encode(const Value& v) {
    switch (v.type()) {
      case ValueType::Null: return {0, 0};
      case ValueType::Bool: return {1, v.as_bool() ? 1u : 0u};
      case ValueType::Int: return {2, static_cast<std::uint64_t>(v.as_int())};
      case ValueType::Float: return {3, std::bit_cast<std::uint64_t>(v.as_float())};
      case ValueType::String: return {4, strings_.id(v.as_string())};
      case ValueType::List: {
        // items first, so nested lists get smaller ids than the list holding them
        std::vector<std::pair<std::uint8_t, std::uint64_t>> items;
        items.reserve(v.as_list().size());
        for (const auto& item : v.as_list()) items.push_back(encode(item));
        for (auto [tag, payload] : items) {
          c_.list_tags.push_back(tag);
          c_.list_values.push_back(payload);
        }
        c_.list_offsets.push_back(c_.list_tags.size());
        return {5, c_.list_offsets.size() - 2};
      }
    }
    return {0, 0};
  }

  Columns& c_;
  StringPool& strings_;
};

// Chunks of a triple array hold a power-of-two number of whole triples (the last may hold fewer),
// so a reader finds entry j with a shift and a mask (TripleChunks).
std::size_t triple_chunk(std::size_t chunk) { return 3 * std::bit_floor(std::max<std::size_t>(chunk / 3, 1)); }

void put_columns(cs::PropertyColumns::Builder out, const Columns& c, std::size_t chunk) {
  put_chunks(out.initOffsets(), c.offsets, chunk);
  std::vector<std::uint32_t> entries;
  entries.reserve(3 * c.keys.size());
  for (std::size_t j = 0; j < c.keys.size(); ++j) {
    if (c.keys[j] >= (1u << 24)) throw std::length_error("more than 2^24 property keys cannot be saved");
    entries.push_back(c.keys[j] | std::uint32_t{c.tags[j]} << 24);
    entries.push_back(static_cast<std::uint32_t>(c.values[j]));
    entries.push_back(static_cast<std::uint32_t>(c.values[j] >> 32));
  }
  put_chunks(out.initEntries(), entries, triple_chunk(chunk));
  put_chunks(out.initListOffsets(), c.list_offsets, chunk);
  put_bytes(out.initListTags(), c.list_tags, chunk);
  put_chunks(out.initListValues(), c.list_values, chunk);
}

void put_adjacency(cs::Adjacency::Builder out, const Graph& g, bool outgoing, std::size_t chunk) {
  std::vector<std::uint64_t> offsets{0};
  std::vector<std::uint32_t> entries;
  entries.reserve(3 * g.edge_count());
  for (NodeId n = 0; n < g.node_count(); ++n) {
    for (const auto& a : outgoing ? g.out_adjacent(n) : g.in_adjacent(n)) {
      entries.push_back(a.type);
      entries.push_back(a.other);
      entries.push_back(a.edge);
    }
    offsets.push_back(entries.size() / 3);
  }
  put_chunks(out.initOffsets(), offsets, chunk);
  // Chunks hold whole entries, so a reader that concatenates them sees the same triples.
  put_chunks(out.initEntries(), entries, triple_chunk(chunk));
}

template <class Members>
void put_symbol_index(cs::SymbolIndex::Builder out, const std::vector<Symbol>& symbols, Members&& members,
                      std::size_t chunk) {
  auto syms = out.initSymbols(static_cast<unsigned>(symbols.size()));
  std::vector<std::uint64_t> offsets{0};
  std::vector<std::uint32_t> all;
  for (std::size_t i = 0; i < symbols.size(); ++i) {
    syms.set(static_cast<unsigned>(i), symbols[i]);
    auto m = members(symbols[i]);
    std::vector<std::uint32_t> sorted(m.begin(), m.end());
    std::sort(sorted.begin(), sorted.end());
    all.insert(all.end(), sorted.begin(), sorted.end());
    offsets.push_back(all.size());
  }
  put_chunks(out.initOffsets(), offsets, chunk);
  put_chunks(out.initMembers(), all, chunk);
}

void put_name_index(cs::NameIndex::Builder out, const Graph& g, std::size_t chunk) {
  std::map<std::string, std::vector<NodeId>> index;
  for (NodeId n = 0; n < g.node_count(); ++n)
    for (auto& key : SnapshotAccess::name_keys(g, n)) {
      auto& v = index[std::move(key)];
      if (v.empty() || v.back() != n) v.push_back(n);
    }
  std::vector<std::string_view> keys;
  std::vector<std::uint64_t> offsets{0};
  std::vector<std::uint32_t> nodes;
  for (const auto& [key, members] : index) {
    keys.push_back(key);
    nodes.insert(nodes.end(), members.begin(), members.end());
    offsets.push_back(nodes.size());
  }
  put_strings(out.initKeys(), keys, chunk);
  put_chunks(out.initOffsets(), offsets, chunk);
  put_chunks(out.initNodes(), nodes, chunk);
}

std::vector<std::string> distinct_sources(const Graph& g) {
  std::set<std::string> sources;
  auto key = g.find_symbol(prov::sources);
  auto first = g.find_symbol(prov::source);
  auto collect = [&](const PropertyMap& props) {
    if (key)
      if (const auto* v = props.get(*key); v && v->is_list())
        for (const auto& s : v->as_list())
          if (s.is_string()) sources.insert(s.as_string());
    if (first)
      if (const auto* v = props.get(*first); v && v->is_string()) sources.insert(v->as_string());
  };
  for (NodeId n = 0; n < g.node_count(); ++n) collect(g.node_properties(n));
  for (EdgeId e = 0; e < g.edge_count(); ++e) collect(g.edge_properties(e));
  return {sources.begin(), sources.end()};
}

}  // namespace

namespace {
class WriterStream : public kj::OutputStream {
 public:
  explicit WriterStream(const std::function<void(std::string_view)>& write) : write_(write) {}
  void write(const void* buffer, size_t size) override { write_(std::string_view(static_cast<const char*>(buffer), size)); }

 private:
  const std::function<void(std::string_view)>& write_;
};
}  // namespace

std::string serialize_graph(const Graph& g, const SnapshotOptions& options) {
  std::string out;
  serialize_graph(g, [&](std::string_view bytes) { out.append(bytes); }, options);
  return out;
}

void serialize_graph(const Graph& g, const std::function<void(std::string_view)>& write, const SnapshotOptions& options) {
  std::size_t chunk = std::clamp<std::size_t>(options.chunk_elements, 1, kMaxChunkElements);
  // One large first segment keeps small and medium graphs in a single segment.
  capnp::MallocMessageBuilder message(1u << 20, capnp::AllocationStrategy::GROW_HEURISTICALLY);
  auto root = message.initRoot<cs::Snapshot>();
  root.setMagic(capnp::Text::Reader(kMagic.data(), kMagic.size()));
  root.setFormatVersion(kFormatVersion);
  root.setCreatedUnixMs(g.created_unix_ms());
  root.setNodeCount(g.node_count());
  root.setEdgeCount(g.edge_count());
  auto sources = distinct_sources(g);
  auto src = root.initSources(static_cast<unsigned>(sources.size()));
  for (unsigned i = 0; i < sources.size(); ++i) src.set(i, capnp::Text::Reader(sources[i].data(), sources[i].size()));
  const auto& names = g.symbols().names();
  auto symbols = root.initSymbols(static_cast<unsigned>(names.size()));
  for (unsigned i = 0; i < names.size(); ++i) symbols.set(i, capnp::Text::Reader(names[i].data(), names[i].size()));

  StringPool strings;
  // Names first, in node order: scans that read every node's name (WHERE p.name STARTS WITH ...)
  // then walk one contiguous run of the string table instead of names scattered among evidence.
  for (NodeId n = 0; n < g.node_count(); ++n)
    if (const auto* name = g.node_property(n, g.key_name()); name && name->is_string()) strings.id(name->as_string());
  Columns node_cols, edge_cols;
  std::vector<std::uint64_t> label_offsets{0};
  std::vector<std::uint32_t> labels;
  {
    ColumnWriter w(node_cols, strings);
    for (NodeId n = 0; n < g.node_count(); ++n) {
      for (auto l : g.labels(n)) labels.push_back(l);
      label_offsets.push_back(labels.size());
      w.add(g.node_properties(n));
    }
  }
  std::vector<std::uint32_t> from, to, type;
  from.reserve(g.edge_count());
  to.reserve(g.edge_count());
  type.reserve(g.edge_count());
  {
    ColumnWriter w(edge_cols, strings);
    for (EdgeId e = 0; e < g.edge_count(); ++e) {
      from.push_back(g.source(e));
      to.push_back(g.target(e));
      type.push_back(g.edge_type(e));
      w.add(g.edge_properties(e));
    }
  }
  put_strings(root.initStrings(), strings.strings(), chunk);
  put_chunks(root.initNodeLabelOffsets(), label_offsets, chunk);
  put_chunks(root.initNodeLabels(), labels, chunk);
  put_columns(root.initNodeProperties(), node_cols, chunk);
  put_chunks(root.initEdgeFrom(), from, chunk);
  put_chunks(root.initEdgeTo(), to, chunk);
  put_chunks(root.initEdgeType(), type, chunk);
  put_columns(root.initEdgeProperties(), edge_cols, chunk);
  put_adjacency(root.initOutgoing(), g, true, chunk);
  put_adjacency(root.initIncoming(), g, false, chunk);
  put_symbol_index(root.initLabelIndex(), g.labels_in_use(), [&](Symbol s) { return g.nodes_with_label(s); }, chunk);
  put_symbol_index(root.initTypeIndex(), g.edge_types_in_use(), [&](Symbol s) { return g.edges_with_type(s); }, chunk);
  put_name_index(root.initNameIndex(), g, chunk);

  // The same framing as messageToFlatArray, written segment by segment.
  WriterStream stream(write);
  capnp::writeMessage(stream, message);
}

}  // namespace fg::graph
