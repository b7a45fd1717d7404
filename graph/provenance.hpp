#pragma once
// Provenance bookkeeping (schema.md, "Provenance"): where a node or relationship was seen.
#include <cstdint>
#include <optional>
#include <string>

#include "graph/graph.hpp"

namespace fg::graph {

struct Sighting {
  std::string source;                   // article or facts file id
  std::optional<std::int64_t> sentence; // 0-based sentence index
  std::string evidence;                 // the sentence text or the shortest span
  std::optional<double> confidence;     // 0..1; absent counts as 1 (a curated fact)
  std::string rule;                     // the extraction rule that produced it, if any
};

// Records one sighting in a property map: the first one fills source/sentence/evidence, every
// distinct (source, sentence) pair is appended to sources/sentences/evidences, mentions counts
// them and confidence keeps the maximum. Returns whether anything changed.
bool record_sighting(Graph& g, PropertyMap& props, const Sighting& s);

}  // namespace fg::graph
