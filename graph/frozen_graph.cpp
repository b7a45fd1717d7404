#include "graph/frozen_graph.hpp"

#include <algorithm>

#include "graph/graph_file.hpp"
#include "graph/name_resolution.hpp"
#include "graph/snapshot_reader.hpp"

namespace fg::graph {

namespace {
using namespace snapshot_reader;

PackedArray<std::uint32_t> u32(cs::U32Array::Reader r, const char* what) { return read_packed<std::uint32_t>(r.getChunks(), what); }
PackedArray<std::uint64_t> u64(cs::U64Array::Reader r, const char* what) { return read_packed<std::uint64_t>(r.getChunks(), what); }
PackedArray<std::uint8_t> u8(cs::U8Array::Reader r, const char* what) { return read_packed<std::uint8_t>(r.getChunks(), what); }

FrozenColumns::Arrays columns(cs::PropertyColumns::Reader r, const char* what) {
  return {u64(r.getOffsets(), what), read_triples(r.getEntries().getChunks(), what), u64(r.getListOffsets(), what),
          u8(r.getListTags(), what), u64(r.getListValues(), what)};
}

FrozenGraph::Adjacency adjacency_arrays(cs::Adjacency::Reader r, std::uint64_t nodes, std::uint64_t edges, const char* what) {
  FrozenGraph::Adjacency a{u64(r.getOffsets(), what), u32(r.getEntries(), what), {}};
  if (a.offsets.size() != nodes + 1 || a.entries.size() != 3 * edges) corrupt(std::string(what) + " has the wrong length");
  a.checked.resize(nodes);
  return a;
}

FrozenGraph::SymbolIndex symbol_index(cs::SymbolIndex::Reader r, std::size_t symbols, const char* what) {
  FrozenGraph::SymbolIndex index;
  auto syms = r.getSymbols();
  auto offsets = u64(r.getOffsets(), what);
  index.members = u32(r.getMembers(), what);
  if (offsets.size() != std::uint64_t{syms.size()} + 1) corrupt(std::string(what) + " offsets have the wrong length");
  for (unsigned i = 0; i < syms.size(); ++i) {
    if (syms[i] >= symbols) corrupt(std::string(what) + ": symbol out of range");
    if (offsets[i] > offsets[i + 1] || offsets[i + 1] > index.members.size()) corrupt(std::string(what) + " offsets out of range");
    index.ranges.push_back({syms[i], {offsets[i], offsets[i + 1]}});
  }
  index.checked.resize(index.ranges.size());
  return index;
}
}  // namespace

std::unique_ptr<FrozenGraph> FrozenGraph::open(const std::filesystem::path& path) {
  auto file = std::make_unique<MappedFile>(path, MappedFile::Access::Random);
  std::string origin = path.string();
  auto version = with_message(file->bytes(), origin, [](capnp::MessageReader&, std::uint32_t v) { return v; });
  if (version < kFormatVersion) {
    auto frozen = freeze(deserialize_graph(file->bytes(), origin));
    frozen->origin_ = origin;
    return frozen;
  }
  std::unique_ptr<FrozenGraph> g(new FrozenGraph());
  g->origin_ = std::move(origin);
  g->file_ = std::move(file);
  g->read(g->file_->bytes());
  return g;
}

std::unique_ptr<FrozenGraph> FrozenGraph::freeze(const Graph& graph) {
  auto g = from_bytes(serialize_graph(graph), "(graph in memory)");
  g->created_unix_ms_ = graph.created_unix_ms();
  return g;
}

std::unique_ptr<FrozenGraph> FrozenGraph::from_bytes(std::string bytes, const std::string& origin) {
  auto version = with_message(bytes, origin, [](capnp::MessageReader&, std::uint32_t v) { return v; });
  if (version < kFormatVersion) return freeze(deserialize_graph(bytes, origin));
  std::unique_ptr<FrozenGraph> g(new FrozenGraph());
  g->origin_ = origin;
  g->owned_ = std::move(bytes);
  g->read(g->owned_);
  return g;
}

Graph FrozenGraph::thaw() const { return deserialize_graph(file_ ? file_->bytes() : std::string_view(owned_), origin_); }

void FrozenGraph::read(std::string_view bytes) {
  // The views below point into `bytes`; with_message copies unaligned input, so insist on alignment.
  if (reinterpret_cast<std::uintptr_t>(bytes.data()) % alignof(std::uint64_t) != 0)
    throw GraphFileError(origin_ + ": graph file bytes are not 8-byte aligned in memory");
  with_message(bytes, origin_, [&](capnp::MessageReader& reader, std::uint32_t) {
    auto root = reader.getRoot<cs::Snapshot>();
    created_unix_ms_ = root.getCreatedUnixMs();
    n_ = root.getNodeCount();
    m_ = root.getEdgeCount();
    if (n_ > 0xFFFFFFFFull || m_ > 0xFFFFFFFFull) corrupt("node or relationship count out of range");
    for (auto s : root.getSymbols()) symbols_.push_back(text(s));
    for (std::size_t i = 0; i < symbols_.size(); ++i)
      if (!symbol_ids_.emplace(symbols_[i], static_cast<Symbol>(i)).second) corrupt("duplicate symbol");
    key_name_ = find_symbol("name").value_or(~0u);
    key_aliases_ = find_symbol("aliases").value_or(~0u);
    label_state_ = find_symbol("State");
    label_person_ = find_symbol("Person");

    strings_ = FrozenStrings(read_string_blocks(root.getStrings(), "string table"), &origin_);
    label_offsets_ = u64(root.getNodeLabelOffsets(), "node labels");
    labels_ = u32(root.getNodeLabels(), "node labels");
    if (label_offsets_.size() != n_ + 1) corrupt("node label offsets have the wrong length");
    from_ = u32(root.getEdgeFrom(), "relationship sources");
    to_ = u32(root.getEdgeTo(), "relationship targets");
    type_ = u32(root.getEdgeType(), "relationship types");
    if (from_.size() != m_ || to_.size() != m_ || type_.size() != m_) corrupt("relationship columns have the wrong length");
    node_props_ = FrozenColumns(columns(root.getNodeProperties(), "node properties"), n_, &strings_, &origin_);
    edge_props_ = FrozenColumns(columns(root.getEdgeProperties(), "relationship properties"), m_, &strings_, &origin_);
    out_ = adjacency_arrays(root.getOutgoing(), n_, m_, "outgoing adjacency");
    in_ = adjacency_arrays(root.getIncoming(), n_, m_, "incoming adjacency");
    if (reinterpret_cast<std::uintptr_t>(out_.entries.data()) % alignof(Adjacent) != 0 ||
        reinterpret_cast<std::uintptr_t>(in_.entries.data()) % alignof(Adjacent) != 0)
      corrupt("adjacency is misaligned");
    label_index_ = symbol_index(root.getLabelIndex(), symbols_.size(), "label index");
    type_index_ = symbol_index(root.getTypeIndex(), symbols_.size(), "relationship type index");
    auto names = root.getNameIndex();
    name_keys_ = FrozenStrings(read_string_blocks(names.getKeys(), "name index"), &origin_);
    name_offsets_ = u64(names.getOffsets(), "name index");
    name_nodes_ = u32(names.getNodes(), "name index");
    if (name_offsets_.size() != name_keys_.size() + 1) corrupt("name index offsets have the wrong length");
    return 0;
  });
}

std::optional<Symbol> FrozenGraph::find_symbol(std::string_view name) const {
  auto it = symbol_ids_.find(name);
  if (it == symbol_ids_.end()) return std::nullopt;
  return it->second;
}

const std::string& FrozenGraph::symbol_name(Symbol s) const {
  if (s >= symbols_.size()) corrupt_snapshot(origin_, "symbol id out of range");
  return symbols_[s];
}

std::span<const Symbol> FrozenGraph::labels(NodeId n) const {
  if (n >= n_) corrupt_snapshot(origin_, "node id out of range");
  auto lo = label_offsets_[n], hi = label_offsets_[n + 1];
  if (lo > hi || hi > labels_.size()) corrupt_snapshot(origin_, "node label offsets out of range");
  return {labels_.data() + lo, hi - lo};
}

NodeId FrozenGraph::source(EdgeId e) const {
  if (e >= m_ || from_[e] >= n_) corrupt_snapshot(origin_, "relationship id or endpoint out of range");
  return from_[e];
}
NodeId FrozenGraph::target(EdgeId e) const {
  if (e >= m_ || to_[e] >= n_) corrupt_snapshot(origin_, "relationship id or endpoint out of range");
  return to_[e];
}
Symbol FrozenGraph::edge_type(EdgeId e) const {
  if (e >= m_) corrupt_snapshot(origin_, "relationship id out of range");
  return type_[e];
}

std::span<const Adjacent> FrozenGraph::adjacency(const Adjacency& a, NodeId n) const {
  if (n >= n_) corrupt_snapshot(origin_, "node id out of range");
  auto lo = a.offsets[n], hi = a.offsets[n + 1];
  if (lo > hi || hi > m_) corrupt_snapshot(origin_, "adjacency offsets out of range");
  std::span<const Adjacent> adj(reinterpret_cast<const Adjacent*>(a.entries.data()) + lo, hi - lo);
  // Callers use these ids as they are: the first time a node's run is read, check them all.
  if (!a.checked[n]) {
    std::uint32_t bad = 0;
    for (const auto& x : adj) bad |= static_cast<std::uint32_t>(x.other >= n_) | static_cast<std::uint32_t>(x.edge >= m_);
    if (bad) corrupt_snapshot(origin_, "adjacency entry out of range");
    a.checked[n] = 1;
  }
  return adj;
}

std::span<const std::uint32_t> FrozenGraph::members(const SymbolIndex& index, Symbol s, std::uint64_t limit) const {
  for (std::size_t i = 0; i < index.ranges.size(); ++i) {
    const auto& [sym, range] = index.ranges[i];
    if (sym != s) continue;
    std::span<const std::uint32_t> out(index.members.data() + range.first, range.second - range.first);
    if (!index.checked[i]) {
      std::uint32_t bad = 0;
      for (auto x : out) bad |= static_cast<std::uint32_t>(x >= limit);
      if (bad) corrupt_snapshot(origin_, "index member out of range");
      index.checked[i] = 1;
    }
    return out;
  }
  return {};
}

std::span<const NodeId> FrozenGraph::nodes_with_label(Symbol label) const { return members(label_index_, label, n_); }
std::span<const EdgeId> FrozenGraph::edges_with_type(Symbol type) const { return members(type_index_, type, m_); }

namespace {
std::vector<Symbol> used(const FrozenGraph::SymbolIndex& index, const FrozenGraph& g) {
  std::vector<Symbol> out;
  for (const auto& [sym, range] : index.ranges)
    if (range.second > range.first) out.push_back(sym);
  std::sort(out.begin(), out.end(), [&](Symbol a, Symbol b) { return g.symbol_name(a) < g.symbol_name(b); });
  return out;
}
}  // namespace

std::vector<Symbol> FrozenGraph::labels_in_use() const { return used(label_index_, *this); }
std::vector<Symbol> FrozenGraph::edge_types_in_use() const { return used(type_index_, *this); }

class FrozenGraph::NameLookup : public NameIndexLookup {
 public:
  explicit NameLookup(const FrozenGraph& g) : g_(g) {}
  void find(char tag, const std::string& key, std::vector<NodeId>& out) const override {
    std::string wanted = tag + key;
    std::uint64_t lo = 0, hi = g_.name_keys_.size();
    while (lo < hi) {  // keys are sorted bytewise
      auto mid = lo + (hi - lo) / 2;
      if (g_.name_keys_.get(mid) < std::string_view(wanted)) lo = mid + 1;
      else hi = mid;
    }
    if (lo >= g_.name_keys_.size() || g_.name_keys_.get(lo) != wanted) return;
    auto begin = g_.name_offsets_[lo], end = g_.name_offsets_[lo + 1];
    if (begin > end || end > g_.name_nodes_.size()) corrupt_snapshot(g_.origin_, "name index offsets out of range");
    for (auto i = begin; i < end; ++i) {
      NodeId n = g_.name_nodes_[i];
      if (n >= g_.n_) corrupt_snapshot(g_.origin_, "name index node out of range");
      if (std::find(out.begin(), out.end(), n) == out.end()) out.push_back(n);
    }
  }

 private:
  const FrozenGraph& g_;
};

Resolution FrozenGraph::resolve(Symbol label, std::string_view name, ResolveMode mode) const {
  return resolve_name(NameLookup(*this), NameLabels{label_state_, label_person_}, label, name, mode);
}

std::uint64_t FrozenGraph::structure_bytes() const {
  return label_offsets_.size() * 8 + labels_.size() * 4 + (from_.size() + to_.size() + type_.size()) * 4 +
         node_props_.bytes() + edge_props_.bytes() + (out_.offsets.size() + in_.offsets.size()) * 8 +
         (out_.entries.size() + in_.entries.size()) * 4 + (label_index_.members.size() + type_index_.members.size()) * 4 +
         name_offsets_.size() * 8 + name_nodes_.size() * 4;
}

}  // namespace fg::graph
