#include "graph/graph.hpp"

#include <algorithm>
#include <cstring>

#include "graph/name_resolution.hpp"
#include "graph/names.hpp"

namespace fg::graph {

namespace {

void erase_one(std::unordered_map<std::string, std::vector<NodeId>>& index, const std::string& key, NodeId n) {
  auto it = index.find(key);
  if (it == index.end()) return;
  auto& v = it->second;
  v.erase(std::remove(v.begin(), v.end(), n), v.end());
  if (v.empty()) index.erase(it);
}

void insert_one(std::unordered_map<std::string, std::vector<NodeId>>& index, std::string key, NodeId n) {
  auto& v = index[std::move(key)];
  if (std::find(v.begin(), v.end(), n) == v.end()) v.push_back(n);
}

std::string last_word(std::string_view normalized) {
  auto pos = normalized.rfind(' ');
  return std::string(pos == std::string_view::npos ? normalized : normalized.substr(pos + 1));
}

}  // namespace

bool is_name_part_alias(std::string_view name, std::string_view alias) {
  auto a = normalize_name(alias);
  if (a.empty() || a.find(' ') != std::string::npos) return false;
  auto n = normalize_name(name);
  std::size_t start = 0;
  while (start <= n.size()) {
    auto end = n.find(' ', start);
    if (end == std::string::npos) end = n.size();
    if (n.compare(start, end - start, a) == 0 && n.size() != a.size()) return true;
    start = end + 1;
  }
  return false;
}

Graph::Graph()
    : key_name_(symbols_.intern("name")),
      key_aliases_(symbols_.intern("aliases")),
      key_id_(symbols_.intern("id")),
      label_state_(symbols_.intern("State")),
      label_person_(symbols_.intern("Person")) {}

NodeId Graph::add_node(std::span<const Symbol> labels) {
  auto id = static_cast<NodeId>(nodes_.size());
  nodes_.emplace_back();
  for (auto l : labels) add_label(id, l);
  ++revision_;
  return id;
}

bool Graph::has_label(NodeId n, Symbol label) const {
  const auto& ls = nodes_[n].labels;
  return std::find(ls.begin(), ls.end(), label) != ls.end();
}

void Graph::add_label(NodeId n, Symbol label) {
  if (has_label(n, label)) return;
  unindex_names(n);
  nodes_[n].labels.push_back(label);
  by_label_[label].push_back(n);
  index_names(n);
  ++revision_;
}

const Value* Graph::node_property(NodeId n, std::string_view key) const {
  auto s = symbols_.find(key);
  return s ? nodes_[n].props.get(*s) : nullptr;
}

void Graph::set_node_property(NodeId n, Symbol key, Value v) {
  bool named = key == key_name_ || key == key_aliases_;
  if (named) unindex_names(n);
  nodes_[n].props.set(key, std::move(v));
  if (named) index_names(n);
  ++revision_;
}

EdgeId Graph::add_edge(NodeId from, Symbol type, NodeId to) {
  auto id = static_cast<EdgeId>(edges_.size());
  edges_.push_back(EdgeRecord{from, to, type, {}});
  auto& out = nodes_[from].out;
  Adjacent o{type, to, id};
  out.insert(std::upper_bound(out.begin(), out.end(), o), o);
  auto& in = nodes_[to].in;
  Adjacent i{type, from, id};
  in.insert(std::upper_bound(in.begin(), in.end(), i), i);
  by_type_[type].push_back(id);
  ++revision_;
  return id;
}

const Value* Graph::edge_property(EdgeId e, std::string_view key) const {
  auto s = symbols_.find(key);
  return s ? edges_[e].props.get(*s) : nullptr;
}

void Graph::set_edge_property(EdgeId e, Symbol key, Value v) {
  edges_[e].props.set(key, std::move(v));
  ++revision_;
}

void Graph::for_each_node_property(NodeId n, const PropertyVisitor& visit) const {
  for (const auto& [k, v] : nodes_[n].props) visit(k, ValueRef::of(v));
}
void Graph::for_each_edge_property(EdgeId e, const PropertyVisitor& visit) const {
  for (const auto& [k, v] : edges_[e].props) visit(k, ValueRef::of(v));
}

std::vector<EdgeId> Graph::edges_between(NodeId from, Symbol type, NodeId to) const {
  const auto& out = nodes_[from].out;
  auto lo = std::lower_bound(out.begin(), out.end(), Adjacent{type, to, 0});
  std::vector<EdgeId> result;
  for (auto it = lo; it != out.end() && it->type == type && it->other == to; ++it) result.push_back(it->edge);
  return result;
}

std::span<const NodeId> Graph::nodes_with_label(Symbol label) const {
  auto it = by_label_.find(label);
  if (it == by_label_.end()) return {};
  return it->second;
}

std::span<const EdgeId> Graph::edges_with_type(Symbol type) const {
  auto it = by_type_.find(type);
  if (it == by_type_.end()) return {};
  return it->second;
}

namespace {
template <typename Map>
std::vector<Symbol> used_symbols(const Map& map, const SymbolTable& symbols) {
  std::vector<Symbol> out;
  for (const auto& [sym, items] : map)
    if (!items.empty()) out.push_back(sym);
  std::sort(out.begin(), out.end(), [&](Symbol a, Symbol b) { return symbols.name(a) < symbols.name(b); });
  return out;
}
}  // namespace

std::vector<Symbol> Graph::labels_in_use() const { return used_symbols(by_label_, symbols_); }
std::vector<Symbol> Graph::edge_types_in_use() const { return used_symbols(by_type_, symbols_); }

// --- the name indexes ---

std::vector<std::string> Graph::name_keys(NodeId n) const {
  // Encoded as one tag byte ('e' exact, 'n' normalized, 'c' code, 's' surname) + the index key.
  std::vector<std::string> keys;
  const auto& rec = nodes_[n];
  const Value* name = rec.props.get(key_name_);
  const Value* aliases = rec.props.get(key_aliases_);
  std::string name_text = name && name->is_string() ? name->as_string() : std::string();
  for (auto label : rec.labels) {
    bool person = label == label_person_;
    auto add_form = [&](const std::string& form, bool is_alias) {
      if (form.empty()) return;
      if (is_alias && person && is_name_part_alias(name_text, form)) return;
      if (is_alias && is_code_like(form)) {
        keys.push_back('c' + name_index_key(label, form));
        return;
      }
      auto norm = normalize_name(form);
      keys.push_back('n' + name_index_key(label, norm));
      if (person && norm.find(' ') != std::string::npos) keys.push_back('s' + name_index_key(label, last_word(norm)));
    };
    if (!name_text.empty()) {
      keys.push_back('e' + name_index_key(label, name_text));
      add_form(name_text, false);
    }
    if (aliases && aliases->is_list())
      for (const auto& a : aliases->as_list())
        if (a.is_string()) add_form(a.as_string(), true);
  }
  return keys;
}

void Graph::unindex_names(NodeId n) {
  for (const auto& k : name_keys(n)) {
    auto key = k.substr(1);
    switch (k[0]) {
      case 'e': erase_one(by_exact_name_, key, n); break;
      case 'n': erase_one(by_norm_name_, key, n); break;
      case 'c': erase_one(by_code_, key, n); break;
      case 's': erase_one(by_surname_, key, n); break;
    }
  }
}

void Graph::index_names(NodeId n) {
  for (const auto& k : name_keys(n)) {
    auto key = k.substr(1);
    switch (k[0]) {
      case 'e': insert_one(by_exact_name_, key, n); break;
      case 'n': insert_one(by_norm_name_, key, n); break;
      case 'c': insert_one(by_code_, key, n); break;
      case 's': insert_one(by_surname_, key, n); break;
    }
  }
}

class Graph::Lookup : public NameIndexLookup {
 public:
  explicit Lookup(const Graph& g) : g_(g) {}
  void find(char tag, const std::string& key, std::vector<NodeId>& out) const override {
    const auto& index = tag == 'e' ? g_.by_exact_name_ : tag == 'n' ? g_.by_norm_name_ : tag == 'c' ? g_.by_code_ : g_.by_surname_;
    auto it = index.find(key);
    if (it == index.end()) return;
    for (auto n : it->second)
      if (std::find(out.begin(), out.end(), n) == out.end()) out.push_back(n);
  }

 private:
  const Graph& g_;
};

Resolution Graph::resolve(std::string_view label, std::string_view name, ResolveMode mode) const {
  auto sym = symbols_.find(label);
  if (!sym) return {};
  return resolve(*sym, name, mode);
}

Resolution Graph::resolve(Symbol label, std::string_view name, ResolveMode mode) const {
  return resolve_name(Lookup(*this), NameLabels{label_state_, label_person_}, label, name, mode);
}

}  // namespace fg::graph
