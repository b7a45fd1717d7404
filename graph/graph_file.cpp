// Reading the graph file into a Graph (the builder): version 2 and 3 snapshots (graph/snapshot.capnp) and version 1 files.
// Nothing in a file is trusted before it is checked: Cap'n Proto bounds-checks every pointer,
// and every id, offset and order the graph relies on is validated below before use.
#include "graph/graph_file.hpp"

#include <capnp/any.h>
#include <capnp/message.h>
#include <capnp/serialize.h>
#include <kj/exception.h>

#include <algorithm>
#include <bit>
#include <chrono>
#include <cstring>
#include <type_traits>

#include "graph/mapped_file.hpp"
#include "graph/snapshot.capnp.h"
#include "graph/snapshot_access.hpp"
#include "graph/snapshot_reader.hpp"

namespace fg::graph {

namespace cs = capnp_schema;

namespace {

using namespace snapshot_reader;

constexpr unsigned kMaxListNesting = 64;

template <class T>
using Array = PackedArray<T>;

Array<std::uint32_t> u32(cs::U32Array::Reader r, const char* what) { return read_packed<std::uint32_t>(r.getChunks(), what); }
Array<std::uint64_t> u64(cs::U64Array::Reader r, const char* what) { return read_packed<std::uint64_t>(r.getChunks(), what); }
Array<std::uint8_t> u8(cs::U8Array::Reader r, const char* what) { return read_packed<std::uint8_t>(r.getChunks(), what); }

// offsets must have rows + 1 entries, start at 0, never decrease and end at `total`.
void check_offsets(const Array<std::uint64_t>& offsets, std::uint64_t rows, std::uint64_t total, const char* what) {
  if (offsets.size() != rows + 1) corrupt(std::string(what) + " offsets have the wrong length");
  if (offsets[0] != 0 || offsets[rows] != total) corrupt(std::string(what) + " offsets do not span their values");
  for (std::uint64_t i = 0; i < rows; ++i)
    if (offsets[i] > offsets[i + 1]) corrupt(std::string(what) + " offsets decrease");
}

std::vector<std::string_view> read_strings(cs::StringTable::Reader table, const char* what) {
  std::vector<std::string_view> out;
  for (const auto& block : read_string_blocks(table, what)) {
    for (std::uint64_t i = 0; i < block.count; ++i) {
      if (block.offsets[i] > block.offsets[i + 1] || block.offsets[i + 1] > block.size)
        corrupt(std::string(what) + ": string offsets decrease or leave their block");
      out.emplace_back(block.bytes + block.offsets[i], block.offsets[i + 1] - block.offsets[i]);
    }
  }
  return out;
}

class PropertyDecoder {
 public:
  PropertyDecoder(cs::PropertyColumns::Reader r, std::uint32_t version, std::uint64_t entities, std::size_t symbols,
                  const std::vector<std::string_view>& strings, const char* what)
      : offsets_(u64(r.getOffsets(), what)), list_offsets_(u64(r.getListOffsets(), what)),
        list_tags_(u8(r.getListTags(), what)), list_values_(u64(r.getListValues(), what)), strings_(strings),
        what_(what) {
    if (version >= 4) {
      // (key | tag << 24, payload low, payload high) triples, split into columns here.
      auto entries = u32(r.getEntries(), what);
      if (entries.size() % 3 != 0) corrupt(std::string(what) + " entries are not whole triples");
      std::vector<std::uint32_t> keys(entries.size() / 3);
      std::vector<std::uint8_t> tags(keys.size());
      std::vector<std::uint64_t> values(keys.size());
      for (std::size_t j = 0; j < keys.size(); ++j) {
        keys[j] = entries[3 * j] & 0xFFFFFF;
        tags[j] = static_cast<std::uint8_t>(entries[3 * j] >> 24);
        values[j] = entries[3 * j + 1] | std::uint64_t{entries[3 * j + 2]} << 32;
      }
      keys_ = Array<std::uint32_t>(std::move(keys));
      tags_ = Array<std::uint8_t>(std::move(tags));
      values_ = Array<std::uint64_t>(std::move(values));
    } else {
      keys_ = u32(r.getKeys(), what);
      tags_ = u8(r.getTags(), what);
      values_ = u64(r.getValues(), what);
    }
    if (keys_.size() != tags_.size() || keys_.size() != values_.size()) corrupt(std::string(what) + " columns differ in length");
    check_offsets(offsets_, entities, keys_.size(), what);
    if (list_offsets_.size() == 0) corrupt(std::string(what) + " list offsets are missing");
    lists_ = list_offsets_.size() - 1;
    if (list_tags_.size() != list_values_.size()) corrupt(std::string(what) + " list columns differ in length");
    check_offsets(list_offsets_, lists_, list_tags_.size(), what);
    for (auto k : keys_)
      if (k >= symbols) corrupt(std::string(what) + ": property key symbol out of range");
  }

  void fill(std::uint64_t entity, PropertyMap& props) const {
    std::uint64_t lo = offsets_[entity], hi = offsets_[entity + 1];
    for (std::uint64_t j = lo; j < hi; ++j) {
      if (j > lo && keys_[j] <= keys_[j - 1]) corrupt(std::string(what_) + ": property keys out of order");
      if (tags_[j] == 0) corrupt(std::string(what_) + ": null property value");
      props.set(keys_[j], decode(tags_[j], values_[j], lists_, 0));
    }
  }

 private:
  // `below`: a list value must refer to a list id smaller than this (no cycles).
  Value decode(std::uint8_t tag, std::uint64_t payload, std::uint64_t below, unsigned depth) const {
    switch (tag) {
      case 0: return Value();
      case 1:
        if (payload > 1) corrupt(std::string(what_) + ": bad boolean");
        return Value(payload == 1);
      case 2: return Value(static_cast<std::int64_t>(payload));
      case 3: return Value(std::bit_cast<double>(payload));
      case 4:
        if (payload >= strings_.size()) corrupt(std::string(what_) + ": string id out of range");
        return Value(strings_[payload]);
      case 5: {
        if (payload >= below) corrupt(std::string(what_) + ": list id out of range");
        if (depth >= kMaxListNesting) corrupt(std::string(what_) + ": lists nested too deeply");
        List items;
        items.reserve(list_offsets_[payload + 1] - list_offsets_[payload]);
        for (auto i = list_offsets_[payload]; i < list_offsets_[payload + 1]; ++i)
          items.push_back(decode(list_tags_[i], list_values_[i], payload, depth + 1));
        return Value(std::move(items));
      }
      default: corrupt(std::string(what_) + ": unknown value type " + std::to_string(tag));
    }
  }

  Array<std::uint64_t> offsets_;
  Array<std::uint32_t> keys_;
  Array<std::uint8_t> tags_;
  Array<std::uint64_t> values_;
  Array<std::uint64_t> list_offsets_;
  Array<std::uint8_t> list_tags_;
  Array<std::uint64_t> list_values_;
  std::uint64_t lists_ = 0;
  const std::vector<std::string_view>& strings_;
  const char* what_;
};

void read_adjacency(Graph& g, cs::Adjacency::Reader r, bool outgoing, std::uint32_t version,
                    const Array<std::uint32_t>& from, const Array<std::uint32_t>& to, const Array<std::uint32_t>& type) {
  const char* what = outgoing ? "outgoing adjacency" : "incoming adjacency";
  auto offsets = u64(r.getOffsets(), what);
  std::uint64_t n = g.node_count(), m = from.size();
  // Version 3 keeps each entry's (type, other end, relationship) together; version 2 had a column each.
  Array<std::uint32_t> entries, types, others, edges;
  if (version >= 3) {
    entries = u32(r.getEntries(), what);
    if (entries.size() != 3 * m) corrupt(std::string(what) + " has the wrong length");
  } else {
    types = u32(r.getTypes(), what);
    others = u32(r.getOthers(), what);
    edges = u32(r.getEdges(), what);
    if (types.size() != m || others.size() != m || edges.size() != m) corrupt(std::string(what) + " has the wrong length");
  }
  check_offsets(offsets, n, m, what);
  std::vector<bool> seen(m);
  for (NodeId v = 0; v < n; ++v) {
    auto& adj = outgoing ? SnapshotAccess::out(g, v) : SnapshotAccess::in(g, v);
    adj.reserve(offsets[v + 1] - offsets[v]);
    for (auto i = offsets[v]; i < offsets[v + 1]; ++i) {
      Adjacent a = version >= 3 ? Adjacent{entries[3 * i], entries[3 * i + 1], entries[3 * i + 2]}
                                : Adjacent{types[i], others[i], edges[i]};
      EdgeId e = a.edge;
      if (e >= m || seen[e]) corrupt(std::string(what) + ": relationship id out of range or repeated");
      seen[e] = true;
      NodeId here = outgoing ? from[e] : to[e], there = outgoing ? to[e] : from[e];
      if (here != v || a.other != there || a.type != type[e]) corrupt(std::string(what) + " disagrees with the relationships");
      if (!adj.empty() && !(adj.back() < a)) corrupt(std::string(what) + " is not sorted");
      adj.push_back(a);
    }
  }
}

template <class Check, class Fill>
void read_symbol_index(cs::SymbolIndex::Reader r, std::size_t symbols, std::uint64_t members_limit,
                       std::uint64_t expected_total, const char* what, Check&& check, Fill&& fill) {
  auto syms = r.getSymbols();
  auto offsets = u64(r.getOffsets(), what);
  auto members = u32(r.getMembers(), what);
  check_offsets(offsets, syms.size(), members.size(), what);
  if (members.size() != expected_total) corrupt(std::string(what) + " does not cover every member");
  for (unsigned i = 0; i < syms.size(); ++i) {
    Symbol s = syms[i];
    if (s >= symbols) corrupt(std::string(what) + ": symbol out of range");
    for (auto j = offsets[i]; j < offsets[i + 1]; ++j) {
      if (members[j] >= members_limit || (j > offsets[i] && members[j] <= members[j - 1]) || !check(members[j], s))
        corrupt(std::string(what) + ": bad member");
      fill(s, members[j]);
    }
  }
}

Graph read_snapshot(cs::Snapshot::Reader root, std::uint32_t version) {
  Graph g;
  g.set_created_unix_ms(root.getCreatedUnixMs());
  std::uint64_t n = root.getNodeCount(), m = root.getEdgeCount();
  if (n > 0xFFFFFFFFull || m > 0xFFFFFFFFull) corrupt("node or relationship count out of range");
  auto symbols = root.getSymbols();
  for (unsigned i = 0; i < symbols.size(); ++i)
    if (g.intern(text(symbols[i])) != i) corrupt("duplicate or misplaced symbol");
  std::size_t nsym = symbols.size();
  auto strings = read_strings(root.getStrings(), "string table");

  auto label_offsets = u64(root.getNodeLabelOffsets(), "node labels");
  auto labels = u32(root.getNodeLabels(), "node labels");
  check_offsets(label_offsets, n, labels.size(), "node labels");
  auto from = u32(root.getEdgeFrom(), "relationship sources");
  auto to = u32(root.getEdgeTo(), "relationship targets");
  auto type = u32(root.getEdgeType(), "relationship types");
  if (from.size() != m || to.size() != m || type.size() != m) corrupt("relationship columns have the wrong length");
  PropertyDecoder node_props(root.getNodeProperties(), version, n, nsym, strings, "node properties");
  SnapshotAccess::reserve(g, n, m);  // both counts are now known to match the arrays
  for (NodeId v = 0; v < n; ++v) {
    auto& ls = SnapshotAccess::labels(g, v);
    for (auto i = label_offsets[v]; i < label_offsets[v + 1]; ++i) {
      if (labels[i] >= nsym) corrupt("label symbol out of range");
      if (std::find(ls.begin(), ls.end(), labels[i]) != ls.end()) corrupt("repeated label");
      ls.push_back(labels[i]);
    }
    node_props.fill(v, SnapshotAccess::node_props(g, v));
  }

  PropertyDecoder edge_props(root.getEdgeProperties(), version, m, nsym, strings, "relationship properties");
  for (EdgeId e = 0; e < m; ++e) {
    if (from[e] >= n || to[e] >= n) corrupt("relationship endpoint out of range");
    if (type[e] >= nsym) corrupt("relationship type symbol out of range");
    edge_props.fill(e, SnapshotAccess::add_edge_record(g, from[e], type[e], to[e]));
  }
  read_adjacency(g, root.getOutgoing(), true, version, from, to, type);
  read_adjacency(g, root.getIncoming(), false, version, from, to, type);

  read_symbol_index(
      root.getLabelIndex(), nsym, n, labels.size(), "label index",
      [&](std::uint32_t v, Symbol s) { return g.has_label(v, s); },
      [&](Symbol s, std::uint32_t v) { SnapshotAccess::label_members(g, s).push_back(v); });
  read_symbol_index(
      root.getTypeIndex(), nsym, m, m, "relationship type index",
      [&](std::uint32_t e, Symbol s) { return type[e] == s; },
      [&](Symbol s, std::uint32_t e) { SnapshotAccess::type_members(g, s).push_back(e); });

  auto names = root.getNameIndex();
  auto keys = read_strings(names.getKeys(), "name index");
  auto name_offsets = u64(names.getOffsets(), "name index");
  auto name_nodes = u32(names.getNodes(), "name index");
  check_offsets(name_offsets, keys.size(), name_nodes.size(), "name index");
  for (std::size_t i = 0; i < keys.size(); ++i) {
    const auto& key = keys[i];
    if (key.size() < 1 + sizeof(Symbol) || !SnapshotAccess::valid_name_tag(key[0]) || (i > 0 && !(keys[i - 1] < key)))
      corrupt("name index key malformed or out of order");
    Symbol label;
    std::memcpy(&label, key.data() + 1, sizeof label);
    if (label >= nsym) corrupt("name index label out of range");
    for (auto j = name_offsets[i]; j < name_offsets[i + 1]; ++j) {
      if (name_nodes[j] >= n || (j > name_offsets[i] && name_nodes[j] <= name_nodes[j - 1]))
        corrupt("name index node out of range or out of order");
      SnapshotAccess::add_name_key(g, key, name_nodes[j]);
    }
  }
  SnapshotAccess::reset_revision(g);
  return g;
}

Value read_v1_value(cs::Value::Reader in, unsigned depth) {
  switch (in.which()) {
    case cs::Value::NULL_: return Value();
    case cs::Value::BOOLEAN: return Value(in.getBoolean());
    case cs::Value::INTEGER: return Value(static_cast<std::int64_t>(in.getInteger()));
    case cs::Value::FLOAT: return Value(in.getFloat());
    case cs::Value::TEXT: return Value(text(in.getText()));
    case cs::Value::LIST: {
      if (depth >= kMaxListNesting) corrupt("lists nested too deeply");
      List items;
      for (auto item : in.getList()) items.push_back(read_v1_value(item, depth + 1));
      return Value(std::move(items));
    }
  }
  corrupt("unknown value kind");
}

Graph read_v1(cs::GraphFile::Reader root) {
  Graph g;
  g.set_created_unix_ms(root.getCreatedUnixMs());
  auto symbols = root.getSymbols();
  for (unsigned i = 0; i < symbols.size(); ++i)
    if (g.intern(text(symbols[i])) != i) corrupt("duplicate symbol");
  auto check_symbol = [&](std::uint32_t s) {
    if (s >= symbols.size()) corrupt("symbol id out of range");
    return s;
  };
  auto nodes = root.getNodes();
  for (auto node : nodes) {
    std::vector<Symbol> labels;
    for (auto l : node.getLabels()) labels.push_back(check_symbol(l));
    auto v = g.add_node(labels);
    for (auto p : node.getProperties()) g.set_node_property(v, check_symbol(p.getKey()), read_v1_value(p.getValue(), 0));
  }
  for (auto edge : root.getEdges()) {
    if (edge.getFrom() >= nodes.size() || edge.getTo() >= nodes.size()) corrupt("relationship endpoint out of range");
    auto e = g.add_edge(edge.getFrom(), check_symbol(edge.getType()), edge.getTo());
    for (auto p : edge.getProperties()) g.set_edge_property(e, check_symbol(p.getKey()), read_v1_value(p.getValue(), 0));
  }
  return g;
}

}  // namespace

Graph deserialize_graph(std::string_view bytes, const std::string& origin) {
  return with_message(bytes, origin, [](capnp::MessageReader& reader, std::uint32_t version) {
    return version == 1 ? read_v1(reader.getRoot<cs::GraphFile>()) : read_snapshot(reader.getRoot<cs::Snapshot>(), version);
  });
}

Graph load_graph(const std::filesystem::path& path) {
  MappedFile file(path);
  return deserialize_graph(file.bytes(), path.string());
}

void save_graph(Graph& g, const std::filesystem::path& path) {
  if (g.created_unix_ms() == 0)
    g.set_created_unix_ms(std::chrono::duration_cast<std::chrono::milliseconds>(
                              std::chrono::system_clock::now().time_since_epoch())
                              .count());
  write_file_atomically(path, [&](const ByteWriter& write) { serialize_graph(g, write); });
}

SnapshotInfo snapshot_info(const std::filesystem::path& path) {
  MappedFile file(path);
  auto origin = path.string();
  auto info = with_message(file.bytes(), origin, [&](capnp::MessageReader& reader, std::uint32_t version) {
    SnapshotInfo out;
    out.format_version = version;
    if (version == 1) {
      auto g = read_v1(reader.getRoot<cs::GraphFile>());
      out.created_unix_ms = g.created_unix_ms();
      out.nodes = g.node_count();
      out.relationships = g.edge_count();
      out.symbols = g.symbols().size();
      return out;
    }
    auto root = reader.getRoot<cs::Snapshot>();
    out.created_unix_ms = root.getCreatedUnixMs();
    out.nodes = root.getNodeCount();
    out.relationships = root.getEdgeCount();
    out.symbols = root.getSymbols().size();
    out.strings = read_strings(root.getStrings(), "string table").size();
    for (auto s : root.getSources()) out.sources.push_back(text(s));
    auto bytes = [](auto r) { return std::uint64_t{r.totalSize().wordCount} * sizeof(capnp::word); };
    out.section_bytes = {
        {"strings", bytes(root.getStrings())},
        {"node labels", bytes(root.getNodeLabelOffsets()) + bytes(root.getNodeLabels())},
        {"node properties", bytes(root.getNodeProperties())},
        {"relationships", bytes(root.getEdgeFrom()) + bytes(root.getEdgeTo()) + bytes(root.getEdgeType())},
        {"relationship properties", bytes(root.getEdgeProperties())},
        {"adjacency (out + in)", bytes(root.getOutgoing()) + bytes(root.getIncoming())},
        {"label and type indexes", bytes(root.getLabelIndex()) + bytes(root.getTypeIndex())},
        {"name index", bytes(root.getNameIndex())},
    };
    return out;
  });
  info.file_bytes = file.bytes().size();
  return info;
}

}  // namespace fg::graph
