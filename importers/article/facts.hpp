#pragma once
// Stage 8: facts. Entities and relations of one article become graph::EntityFact and
// graph::RelationFact with their sightings (article id, sentence, evidence, confidence, rule).
// A NameRegistry, shared by the articles of one import and seeded from the graph, gives every
// person, organization, place and meeting the spelling it already has there, so respellings
// merge across articles (Alexandre Grushko -> Alexander Grushko; the NATO-Russia Council meeting
// of one date from two outlets -> one Meeting) while namesakes stay apart (full-name keys only).
#include <string>
#include <unordered_map>
#include <variant>
#include <vector>

#include "graph/graph.hpp"
#include "graph/merge.hpp"
#include "importers/article/analysis.hpp"

namespace fg::importers::article {

using Fact = std::variant<graph::EntityFact, graph::RelationFact>;

class NameRegistry {
 public:
  // Learns the names already in a graph.
  void seed(const graph::Graph& g);
  // The canonical name for `name` of `label` (the first spelling seen), registering it if new.
  std::string canonical(Label label, const std::string& name, const std::string& date = "");
  void add_alias(Label label, const std::string& alias, const std::string& canonical_name, const std::string& date = "");

 private:
  static std::string key(Label label, const std::string& name, const std::string& date);
  std::unordered_map<std::string, std::string> names_;
};

// The facts of an analysed article, its names made canonical across articles through the registry.
// Spends the analysis: what the facts keep is moved out of it.
std::vector<Fact> make_facts(Analysis& a, NameRegistry& registry);

}  // namespace fg::importers::article
