#include "graph/merge.hpp"

#include <algorithm>
#include <iterator>

#include "graph/names.hpp"

namespace fg::graph {

namespace {

bool same_identity_value(const Value* a, const Value* b) {
  if (!a || !b) return !a && !b;
  if (a->is_string() && b->is_string())
    return a->as_string() == b->as_string() || normalize_name(a->as_string()) == normalize_name(b->as_string());
  return *a == *b;
}

const Value* find_prop(const PropertyList& props, std::string_view key) {
  for (const auto& [k, v] : props)
    if (k == key && !v.is_null()) return &v;
  return nullptr;
}

bool is_identity(const RelTypeSpec* spec, std::string_view key) {
  return spec && std::find(spec->identity.begin(), spec->identity.end(), key) != spec->identity.end();
}

}  // namespace

void Merger::sync() {
  if (synced_ && g_.revision() == revision_seen_) return;
  exact_.clear();
  prov_keys_.clear();
  sighting_index_.clear();
  synced_ = true;
  revision_seen_ = g_.revision();
}

Resolution Merger::resolve(std::string_view label, const std::string& name) {
  auto sym = g_.find_symbol(label);
  if (!sym) return {};
  key_.assign(reinterpret_cast<const char*>(&*sym), sizeof(Symbol));
  key_ += name;
  if (auto it = exact_.find(key_); it != exact_.end()) {
    Resolution r;
    r.status = Resolution::Status::Found;
    r.node = it->second;  // (candidates matter only for an ambiguous name; this one is not)
    return r;
  }
  auto r = g_.resolve(*sym, name, ResolveMode::Strict);
  if (r.found()) {
    const Value* n = g_.node_property(r.node, g_.key_name());
    if (n && n->is_string() && n->as_string() == name) exact_.emplace(key_, r.node);
  }
  return r;
}

MergeResult<NodeId> Merger::find_or_create(const std::string& label, const std::string& name, const Resolution* known) {
  MergeResult<NodeId> r;
  if (name.empty()) {
    r.error = "a " + label + " needs a non-empty name";
    return r;
  }
  if (schema_) {
    if (auto err = schema_->check_label(label)) {
      r.error = *err;
      return r;
    }
  }
  auto label_sym = g_.intern(label);
  Resolution looked_up;
  if (!known) looked_up = resolve(label, name);
  const Resolution& res = known ? *known : looked_up;
  if (res.status == Resolution::Status::Ambiguous) {
    r.error = "ambiguous " + label + " name '" + name + "': it is a name or alias of " +
              std::to_string(res.candidates.size()) + " nodes (";
    for (std::size_t i = 0; i < res.candidates.size(); ++i) {
      if (i) r.error += ", ";
      const Value* n = g_.node_property(res.candidates[i], g_.key_name());
      r.error += n && n->is_string() ? n->as_string() : "?";
    }
    r.error += ")";
    return r;
  }
  r.ok = true;
  if (res.found()) {
    r.id = res.node;
    return r;
  }
  // A new node: States take their canonical short name from the lexicon.
  std::string canonical = name;
  const StateEntry* state = label == "State" ? StateLexicon::builtin().find(name) : nullptr;
  if (state) canonical = state->name;
  r.id = g_.add_node(std::span<const Symbol>(&label_sym, 1));
  g_.set_node_property(r.id, g_.key_id(), Value(make_node_id(label, canonical)));
  g_.set_node_property(r.id, g_.key_name(), Value(canonical));
  if (state) {
    if (!state->official_name.empty()) g_.set_node_property(r.id, "official_name", Value(state->official_name));
    g_.set_node_property(r.id, "iso2", Value(state->iso2));
    g_.set_node_property(r.id, "iso3", Value(state->iso3));
  }
  if (canonical != name) add_aliases(r.id, {name});
  key_.assign(reinterpret_cast<const char*>(&label_sym), sizeof(Symbol));
  key_ += canonical;
  exact_.emplace(key_, r.id);
  r.created = r.changed = true;
  return r;
}

bool Merger::add_aliases(NodeId n, const std::vector<std::string>& aliases) {
  const Value* name = g_.node_property(n, g_.key_name());
  const Value* current = g_.node_property(n, g_.key_aliases());
  List list = current && current->is_list() ? current->as_list() : List{};
  bool changed = false;
  for (const auto& a : aliases) {
    if (a.empty() || (name && name->is_string() && name->as_string() == a)) continue;
    if (std::find(list.begin(), list.end(), Value(a)) != list.end()) continue;
    list.emplace_back(a);
    changed = true;
  }
  if (changed) g_.set_node_property(n, g_.key_aliases(), Value(std::move(list)));
  return changed;
}

bool Merger::fill_properties(PropertyMap& target, const PropertyList& props, bool skip_identity,
                             const RelTypeSpec* spec, NodeId) {
  bool changed = false;
  for (const auto& [key, value] : props) {
    if (value.is_null() || key == "name" || key == "aliases" || key == "id") continue;
    if (skip_identity && is_identity(spec, key)) continue;
    auto sym = g_.intern(key);
    if (!target.contains(sym)) {  // the first value seen is kept
      target.set(sym, value);
      changed = true;
    }
  }
  return changed;
}

namespace {
constexpr std::size_t kIndexedSightings = 32;  // lists at least this long get an index

std::uint64_t sighting_hash(std::string_view source, const Value& sentence) {
  std::uint64_t h = std::hash<std::string_view>{}(source);
  std::uint64_t v = sentence.is_int() ? static_cast<std::uint64_t>(sentence.as_int()) * 2 + 1 : 0;
  return h ^ (v * 0x9E3779B97F4A7C15ull + (h << 6) + (h >> 2));
}

Value sentence_value(const Sighting& s) { return s.sentence ? Value(*s.sentence) : Value(); }

std::uint64_t node_key(NodeId n) { return n; }
std::uint64_t edge_key(EdgeId e) { return (std::uint64_t{1} << 32) | e; }
}  // namespace

bool Merger::has_sighting(std::uint64_t target_key, const List& src, const List& sen, const Sighting& s) {
  const Value sentence = sentence_value(s);
  auto same_at = [&](std::size_t i) {
    return src[i].is_string() && src[i].as_string() == s.source && sen[i] == sentence;
  };
  const std::size_t n = std::min(src.size(), sen.size());
  if (n < kIndexedSightings) {
    for (std::size_t i = 0; i < n; ++i)
      if (same_at(i)) return true;
    return false;
  }
  auto [it, fresh] = sighting_index_.try_emplace(target_key);
  auto& index = it->second;
  if (fresh)
    for (std::size_t i = 0; i < n; ++i)
      if (src[i].is_string()) index.emplace(sighting_hash(src[i].as_string(), sen[i]), static_cast<std::uint32_t>(i));
  auto hit = index.find(sighting_hash(s.source, sentence));
  if (hit == index.end()) return false;
  if (hit->second < n && same_at(hit->second)) return true;
  for (std::size_t i = 0; i < n; ++i)  // a hash collision: decide by the lists themselves
    if (same_at(i)) return true;
  return false;
}

void Merger::note_sighting(std::uint64_t target_key, const List& sources, const Sighting& s) {
  auto it = sighting_index_.find(target_key);
  if (it == sighting_index_.end() || sources.empty()) return;
  it->second.emplace(sighting_hash(s.source, sentence_value(s)), static_cast<std::uint32_t>(sources.size() - 1));
}

bool Merger::would_change(const PropertyMap& target, std::uint64_t target_key, const PropertyList& props,
                          bool skip_identity, const RelTypeSpec* spec, const Sighting& s, bool& seen) {
  seen = false;
  bool props_change = false;
  for (const auto& [key, value] : props) {
    if (value.is_null() || key == "name" || key == "aliases" || key == "id") continue;
    if (skip_identity && is_identity(spec, key)) continue;
    auto sym = g_.find_symbol(key);
    if (!sym || !target.contains(*sym)) {
      props_change = true;
      break;
    }
  }
  auto find = [&](ProvenanceKeys::Key k) -> const Value* {
    auto sym = prov_keys_.find(g_, k);
    return sym ? target.get(*sym) : nullptr;
  };
  const Value* sources = find(ProvenanceKeys::Sources);
  const Value* sentences = find(ProvenanceKeys::Sentences);
  const Value* conf = find(ProvenanceKeys::Confidence);
  if (!sources || !sources->is_list() || !sentences || !sentences->is_list()) return true;
  seen = has_sighting(target_key, sources->as_list(), sentences->as_list(), s);
  if (props_change) return true;
  if (!conf || !conf->is_float() || conf->as_float() < s.confidence.value_or(1.0)) return true;
  return !seen;
}

void Merger::record(PropertyMap& props, std::uint64_t target_key, const Sighting& s, const bool* seen) {
  record_sighting(g_, prov_keys_, props, s, seen);
  if (auto sym = prov_keys_.find(g_, ProvenanceKeys::Sources))
    if (const Value* list = props.get(*sym); list && list->is_list()) note_sighting(target_key, list->as_list(), s);
}

MergeResult<NodeId> Merger::merge_entity(const EntityFact& fact) {
  sync();
  auto r = find_or_create(fact.label, fact.name);
  if (r.ok) {
    if (add_aliases(r.id, fact.aliases)) r.changed = true;
    // In place: neither property fill nor provenance touches `name` or `aliases`, so the name
    // indexes stay valid. (A change is detected first so an unchanged merge keeps the revision.)
    bool seen = false;
    if (would_change(g_.node_properties(r.id), node_key(r.id), fact.props, false, nullptr, fact.sighting, seen)) {
      auto& props = g_.node_properties_for_update(r.id);
      fill_properties(props, fact.props, false, nullptr, r.id);
      record(props, node_key(r.id), fact.sighting, &seen);
      r.changed = true;
    }
  }
  revision_seen_ = g_.revision();
  return r;
}

std::optional<EdgeId> Merger::find_edge(NodeId from, Symbol type, NodeId to, const RelationFact& fact,
                                        const RelTypeSpec* spec) const {
  // The identity properties' symbols and the fact's values, looked up once for all candidates.
  struct Identity {
    std::optional<Symbol> sym;
    const Value* value;
    std::optional<std::string> normalized;  // the fact's string value normalized, once needed
  };
  Identity ids[4];
  std::size_t n_ids = 0;
  std::vector<Identity> more;
  if (spec)
    for (const auto& key : spec->identity) {
      Identity id{g_.find_symbol(key), find_prop(fact.props, key), std::nullopt};
      if (n_ids < std::size(ids)) ids[n_ids++] = std::move(id);
      else more.push_back(std::move(id));
    }
  auto matches = [&](EdgeId e) {
    auto same = [&](Identity& id) {
      const Value* have = id.sym ? g_.edge_property(e, *id.sym) : nullptr;
      // As same_identity_value, normalizing the fact's side once for all candidates.
      if (have && id.value && have->is_string() && id.value->is_string()) {
        if (have->as_string() == id.value->as_string()) return true;
        if (!id.normalized) id.normalized = normalize_name(id.value->as_string());
        return normalize_name(have->as_string()) == *id.normalized;
      }
      return same_identity_value(have, id.value);
    };
    for (std::size_t i = 0; i < n_ids; ++i)
      if (!same(ids[i])) return false;
    for (auto& id : more)
      if (!same(id)) return false;
    return true;
  };
  // Relationships a -[type]-> b in creation order: the adjacency is sorted by (type, other, edge).
  auto between = [&](NodeId a, NodeId b) -> std::optional<EdgeId> {
    auto adj = g_.out_adjacent(a);
    auto it = std::lower_bound(adj.begin(), adj.end(), Adjacent{type, b, 0});
    for (; it != adj.end() && it->type == type && it->other == b; ++it)
      if (matches(it->edge)) return it->edge;
    return std::nullopt;
  };
  if (auto e = between(from, to)) return e;
  if (spec && spec->symmetric)
    if (auto e = between(to, from)) return e;
  return std::nullopt;
}

MergeResult<EdgeId> Merger::merge_relation(const RelationFact& fact) {
  sync();
  MergeResult<EdgeId> r;
  const RelTypeSpec* spec = nullptr;
  if (schema_) {
    if (auto err = schema_->check_relation(fact.from.label, fact.type, fact.to.label)) {
      r.error = *err;
      return r;
    }
    spec = schema_->rel_type(fact.type);
  } else {
    spec = Schema::v1().rel_type(fact.type);  // identity rules still apply to known types
  }
  // Resolve both ends before creating either, so a refused fact leaves no stray node.
  Resolution ends[2];
  for (int i = 0; i < 2; ++i) {
    const auto& end = i == 0 ? fact.from : fact.to;
    ends[i] = resolve(end.label, end.name);
    if (ends[i].status == Resolution::Status::Ambiguous) {
      r.error = "ambiguous " + end.label + " name '" + end.name + "'";
      return r;
    }
  }
  auto from = find_or_create(fact.from.label, fact.from.name, &ends[0]);
  if (!from.ok) {
    r.error = from.error;
    return r;
  }
  // Creating `from` can change what the other end's name denotes (the same name, say).
  auto to = find_or_create(fact.to.label, fact.to.name, from.created ? nullptr : &ends[1]);
  if (!to.ok) {
    r.error = to.error;
    revision_seen_ = g_.revision();
    return r;
  }
  r.ok = true;
  r.changed = from.changed || to.changed;
  // A node first seen as an endpoint takes this fact's sighting as its first sighting. Later
  // relationships do not add to a node's own provenance: a hub such as a state would otherwise
  // carry every sentence that mentions it (the relationships keep those).
  for (const auto* end : {&from, &to})
    if (end->created) record(g_.node_properties_for_update(end->id), node_key(end->id), fact.sighting, nullptr);
  auto type = g_.intern(fact.type);
  auto existing = find_edge(from.id, type, to.id, fact, spec);
  if (existing) {
    r.id = *existing;
  } else {
    r.id = g_.add_edge(from.id, type, to.id);
    r.created = r.changed = true;
  }
  bool seen = false;
  if (!existing || would_change(g_.edge_properties(r.id), edge_key(r.id), fact.props, true, spec, fact.sighting, seen)) {
    auto& props = g_.edge_properties_for_update(r.id);
    if (!existing) props.reserve(fact.props.size() + 9);  // the properties and the provenance keys
    fill_properties(props, fact.props, existing.has_value(), spec, 0);
    record(props, edge_key(r.id), fact.sighting, existing ? &seen : nullptr);
    r.changed = true;
  }
  revision_seen_ = g_.revision();
  return r;
}

}  // namespace fg::graph
