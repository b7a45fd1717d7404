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

// The provenance keys' symbols in one graph, interned on first use. Bulk importers keep one to
// spare a symbol lookup per key and sighting. Symbols are interned in the same order with or
// without it, so the graph (and its file) does not depend on whether a cache was used.
class ProvenanceKeys {
 public:
  enum Key : std::uint8_t { Sources, Sentences, Evidences, Mentions, Confidence, Source, Sentence, Evidence, Rule, Count };
  Symbol get(Graph& g, Key k);                          // interning it if new
  std::optional<Symbol> find(const Graph& g, Key k);    // without interning
  void clear() { known_ = 0; }

 private:
  Symbol symbols_[Count] = {};
  std::uint32_t known_ = 0;  // bit k: symbols_[k] is set
};

// Records one sighting in a property map: the first one fills source/sentence/evidence, every
// distinct (source, sentence) pair is appended to sources/sentences/evidences, mentions counts
// them and confidence keeps the maximum. Returns whether anything changed.
bool record_sighting(Graph& g, PropertyMap& props, const Sighting& s);
// `seen`, when given, says whether (source, sentence) is already in the lists (the caller keeps an
// index of long lists), which spares the scan.
bool record_sighting(Graph& g, ProvenanceKeys& keys, PropertyMap& props, const Sighting& s, const bool* seen = nullptr);

}  // namespace fg::graph
