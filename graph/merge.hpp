#pragma once
// The merge service importers call: resolve an entity or a relationship to what the graph
// already holds, create it when new, and record the sighting. The same fact seen twice is one
// relationship with two sightings; importing the same facts again changes nothing.
// (A Cypher CREATE does not come here: it always creates.)
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <variant>
#include <vector>

#include "graph/graph.hpp"
#include "graph/provenance.hpp"
#include "graph/schema.hpp"

namespace fg::graph {

using PropertyList = std::vector<std::pair<std::string, Value>>;

struct EntityFact {
  std::string label;
  std::string name;
  std::vector<std::string> aliases;
  PropertyList props;
  Sighting sighting;
};

struct EndpointRef {
  std::string label;
  std::string name;
};

struct RelationFact {
  std::string type;
  EndpointRef from, to;
  PropertyList props;
  Sighting sighting;
};

template <typename Id>
struct MergeResult {
  bool ok = false;
  Id id{};
  bool created = false;  // a new node or relationship
  bool changed = false;  // anything in the graph changed
  std::string error;     // why it was refused (when !ok)
};

class Merger {
 public:
  // With a schema, facts are validated against it; without (nullptr), any label and type is accepted.
  Merger(Graph& g, const Schema* schema) : g_(g), schema_(schema) {}

  MergeResult<NodeId> merge_entity(const EntityFact& fact);
  MergeResult<EdgeId> merge_relation(const RelationFact& fact);

 private:
  // Finds or creates the node `label`/`name` would denote, without recording anything else.
  // `known` is the name's resolution when the caller already has it.
  MergeResult<NodeId> find_or_create(const std::string& label, const std::string& name,
                                     const Resolution* known = nullptr);
  // graph.resolve(label, name, Strict), answered from `exact_` when this merger has seen the name.
  Resolution resolve(std::string_view label, const std::string& name);
  // Forgets the caches when someone else changed the graph since this merger last did.
  void sync();
  bool add_aliases(NodeId n, const std::vector<std::string>& aliases);
  bool fill_properties(PropertyMap& target, const PropertyList& props, bool skip_identity,
                       const RelTypeSpec* spec, NodeId node_for_names);
  // Whether merging these properties and this sighting into `target` (node or edge `target_key`)
  // would change anything; `seen` says whether the sighting is already recorded there.
  bool would_change(const PropertyMap& target, std::uint64_t target_key, const PropertyList& props,
                    bool skip_identity, const RelTypeSpec* spec, const Sighting& s, bool& seen);
  // Whether (source, sentence) is among the target's sightings: a scan for short lists, an index
  // for long ones (a hub seen in thousands of articles would make every merge a long scan).
  bool has_sighting(std::uint64_t target_key, const List& sources, const List& sentences, const Sighting& s);
  void note_sighting(std::uint64_t target_key, const List& sources, const Sighting& s);
  // record_sighting, keeping the target's index (if it has one) up to date.
  void record(PropertyMap& props, std::uint64_t target_key, const Sighting& s, const bool* seen);
  std::optional<EdgeId> find_edge(NodeId from, Symbol type, NodeId to, const RelationFact& fact,
                                  const RelTypeSpec* spec) const;

  Graph& g_;
  const Schema* schema_;
  // Exact names resolved or created by this merger: label symbol bytes + name -> node. An exact
  // name can only stop denoting its node when another node of the label takes the same name,
  // which the merger never does (it resolves first); other writers are caught by sync().
  std::unordered_map<std::string, NodeId> exact_;
  std::string key_;  // scratch for exact_ keys
  ProvenanceKeys prov_keys_;
  // Long provenance lists: hash of (source, sentence) -> position in the lists, per target.
  std::unordered_map<std::uint64_t, std::unordered_map<std::uint64_t, std::uint32_t>> sighting_index_;
  std::uint64_t revision_seen_ = 0;
  bool synced_ = false;
};
}  // namespace fg::graph
