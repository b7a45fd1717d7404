#include "importers/article/facts.hpp"

#include "graph/names.hpp"
#include "importers/article/resolve.hpp"
#include "importers/article/translit.hpp"

namespace fg::importers::article {

using namespace std::string_view_literals;  // `== "x"sv` compares inline, without strlen

std::string NameRegistry::key(Label label, const std::string& name, const std::string& date) {
  switch (label) {
    case Label::Person: return name.find(' ') == std::string::npos ? "" : "H|" + person_key(name);
    case Label::Organization: return "O|" + name_key(name);
    case Label::Place: return "P|" + name_key(name);
    case Label::Meeting: return "M|" + meeting_key(name) + "@" + date;
    default: return "";
  }
}

void NameRegistry::seed(const graph::Graph& g) {
  for (auto label : {Label::Person, Label::Organization, Label::Place, Label::Meeting}) {
    auto sym = g.find_symbol(label_name(label));
    if (!sym) continue;
    auto date_sym = g.find_symbol("date");
    for (auto n : g.nodes_with_label(*sym)) {
      const auto* name = g.node_property(n, g.key_name());
      if (!name || !name->is_string()) continue;
      std::string date;
      if (date_sym)
        if (const auto* d = g.node_property(n, *date_sym); d && d->is_string()) date = d->as_string();
      canonical(label, name->as_string(), date);
      if (const auto* al = g.node_property(n, g.key_aliases()); al && al->is_list())
        for (const auto& v : al->as_list())
          if (v.is_string() && !(label == Label::Person && graph::is_name_part_alias(name->as_string(), v.as_string())))
            add_alias(label, v.as_string(), name->as_string(), date);
    }
  }
}

std::string NameRegistry::canonical(Label label, const std::string& name, const std::string& date) {
  auto k = key(label, name, date);
  if (k.empty()) return name;
  auto [it, added] = names_.emplace(k, name);
  return it->second;
}

void NameRegistry::add_alias(Label label, const std::string& alias, const std::string& canonical_name, const std::string& date) {
  auto k = key(label, alias, date);
  if (!k.empty()) names_.emplace(k, canonical_name);
}

std::vector<Fact> make_facts(Analysis& a, NameRegistry& registry) {
  std::vector<Fact> out;
  std::unordered_map<std::string, std::string> renamed;
  for (auto& e : a.entities) {
    std::string date = e.label == Label::Meeting && e.props.count("date") ? e.props.at("date") : "";
    auto canon = registry.canonical(e.label, e.name, date);
    if (canon != e.name) {
      renamed[e.name] = canon;
      e.aliases.push_back(e.name);
      e.name = canon;
    }
    for (const auto& al : e.aliases)
      if (!(e.label == Label::Person && graph::is_name_part_alias(e.name, al))) registry.add_alias(e.label, al, e.name, date);
  }
  // the analysis is spent once its facts are made: what a fact keeps is moved out of it (entity
  // names stay, as the relations below name their ends by them)
  out.reserve(a.entities.size() + a.relations.size());
  for (auto& e : a.entities) {
    if (e.label == Label::None) continue;  // dropped by the relation stage
    graph::EntityFact f;
    f.label = std::string(label_name(e.label));
    f.name = e.name;
    const std::string own(normalized(e.name));
    for (auto& al : e.aliases)
      if (normalized(al) != own) f.aliases.push_back(std::move(al));
    for (auto& [k, v] : e.props)
      if (!v.empty()) f.props.emplace_back(k, graph::Value(std::move(v)));
    f.sighting.source = a.doc.id;
    f.sighting.sentence = e.sentence;
    f.sighting.evidence = e.evidence.empty() ? std::string(a.sentence(e.sentence)) : std::move(e.evidence);
    f.sighting.confidence = e.confidence;
    f.sighting.rule = std::move(e.rule);
    out.emplace_back(std::move(f));
  }
  for (auto& r : a.relations) {
    const auto& from = a.entities[static_cast<std::size_t>(r.from)];
    const auto& to = a.entities[static_cast<std::size_t>(r.to)];
    if (from.label == Label::None || to.label == Label::None) continue;
    graph::RelationFact f;
    f.type = std::move(r.type);
    f.from = {std::string(label_name(from.label)), from.name};
    f.to = {std::string(label_name(to.label)), to.name};
    for (auto& [k, v] : r.props) {
      if (v.empty()) continue;
      if (auto it = renamed.find(v); it != renamed.end() && (k == "forum"sv || k == "meeting"sv)) f.props.emplace_back(k, graph::Value(it->second));
      else f.props.emplace_back(k, graph::Value(std::move(v)));
    }
    f.sighting.source = a.doc.id;
    f.sighting.sentence = r.sentence;
    f.sighting.evidence = r.evidence.empty() ? std::string(a.sentence(r.sentence)) : std::move(r.evidence);
    f.sighting.confidence = r.confidence;
    f.sighting.rule = std::move(r.rule);
    out.emplace_back(std::move(f));
  }
  return out;
}

}  // namespace fg::importers::article
