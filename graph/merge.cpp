#include "graph/merge.hpp"

#include <algorithm>

#include "graph/names.hpp"

namespace fg::graph {

namespace {

bool same_identity_value(const Value* a, const Value* b) {
  if (!a || !b) return !a && !b;
  if (a->is_string() && b->is_string()) return normalize_name(a->as_string()) == normalize_name(b->as_string());
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

MergeResult<NodeId> Merger::find_or_create(const std::string& label, const std::string& name) {
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
  auto res = g_.resolve(label_sym, name, ResolveMode::Strict);
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

bool Merger::would_change(const PropertyMap& target, const PropertyList& props, bool skip_identity,
                          const RelTypeSpec* spec, const Sighting& s) const {
  for (const auto& [key, value] : props) {
    if (value.is_null() || key == "name" || key == "aliases" || key == "id") continue;
    if (skip_identity && is_identity(spec, key)) continue;
    auto sym = g_.find_symbol(key);
    if (!sym || !target.contains(*sym)) return true;
  }
  auto find = [&](std::string_view key) -> const Value* {
    auto sym = g_.find_symbol(key);
    return sym ? target.get(*sym) : nullptr;
  };
  const Value* sources = find(prov::sources);
  const Value* sentences = find(prov::sentences);
  const Value* conf = find(prov::confidence);
  if (!sources || !sources->is_list() || !sentences || !sentences->is_list()) return true;
  if (!conf || !conf->is_float() || conf->as_float() < s.confidence.value_or(1.0)) return true;
  Value sentence = s.sentence ? Value(*s.sentence) : Value();
  const auto& src = sources->as_list();
  const auto& sen = sentences->as_list();
  for (std::size_t i = 0; i < src.size() && i < sen.size(); ++i)
    if (src[i].is_string() && src[i].as_string() == s.source && sen[i] == sentence) return false;
  return true;
}

MergeResult<NodeId> Merger::merge_entity(const EntityFact& fact) {
  auto r = find_or_create(fact.label, fact.name);
  if (!r.ok) return r;
  if (add_aliases(r.id, fact.aliases)) r.changed = true;
  // In place: neither property fill nor provenance touches `name` or `aliases`, so the name
  // indexes stay valid. (A change is detected first so an unchanged merge keeps the revision.)
  if (would_change(g_.node_properties(r.id), fact.props, false, nullptr, fact.sighting)) {
    auto& props = g_.node_properties_for_update(r.id);
    fill_properties(props, fact.props, false, nullptr, r.id);
    record_sighting(g_, props, fact.sighting);
    r.changed = true;
  }
  return r;
}

std::optional<EdgeId> Merger::find_edge(NodeId from, Symbol type, NodeId to, const RelationFact& fact,
                                        const RelTypeSpec* spec) const {
  auto matches = [&](EdgeId e) {
    if (!spec) return true;
    for (auto key : spec->identity) {
      auto sym = g_.find_symbol(key);
      const Value* have = sym ? g_.edge_property(e, *sym) : nullptr;
      if (!same_identity_value(have, find_prop(fact.props, key))) return false;
    }
    return true;
  };
  for (auto e : g_.edges_between(from, type, to))
    if (matches(e)) return e;
  if (spec && spec->symmetric)
    for (auto e : g_.edges_between(to, type, from))
      if (matches(e)) return e;
  return std::nullopt;
}

MergeResult<EdgeId> Merger::merge_relation(const RelationFact& fact) {
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
  for (const auto* end : {&fact.from, &fact.to}) {
    auto res = g_.resolve(end->label, end->name, ResolveMode::Strict);
    if (res.status == Resolution::Status::Ambiguous) {
      r.error = "ambiguous " + end->label + " name '" + end->name + "'";
      return r;
    }
  }
  auto from = find_or_create(fact.from.label, fact.from.name);
  if (!from.ok) {
    r.error = from.error;
    return r;
  }
  auto to = find_or_create(fact.to.label, fact.to.name);
  if (!to.ok) {
    r.error = to.error;
    return r;
  }
  r.ok = true;
  r.changed = from.changed || to.changed;
  // A node first seen as an endpoint takes this fact's sighting as its first sighting. Later
  // relationships do not add to a node's own provenance: a hub such as a state would otherwise
  // carry every sentence that mentions it (the relationships keep those).
  for (const auto* end : {&from, &to})
    if (end->created) record_sighting(g_, g_.node_properties_for_update(end->id), fact.sighting);
  auto type = g_.intern(fact.type);
  auto existing = find_edge(from.id, type, to.id, fact, spec);
  if (existing) {
    r.id = *existing;
  } else {
    r.id = g_.add_edge(from.id, type, to.id);
    r.created = r.changed = true;
  }
  if (!existing || would_change(g_.edge_properties(r.id), fact.props, true, spec, fact.sighting)) {
    auto& props = g_.edge_properties_for_update(r.id);
    fill_properties(props, fact.props, existing.has_value(), spec, 0);
    record_sighting(g_, props, fact.sighting);
    r.changed = true;
  }
  return r;
}

}  // namespace fg::graph
