#include "graph/provenance.hpp"

#include "graph/schema.hpp"

namespace fg::graph {

namespace {
List* list_at(Graph& g, PropertyMap& props, std::string_view key) {
  auto sym = g.intern(key);
  if (!props.get(sym) || !props.get(sym)->is_list()) props.set(sym, List{});
  return &props.get(sym)->as_list();
}
}  // namespace

bool record_sighting(Graph& g, PropertyMap& props, const Sighting& s) {
  bool changed = false;
  Value sentence = s.sentence ? Value(*s.sentence) : Value();
  auto* sources = list_at(g, props, prov::sources);
  auto* sentences = list_at(g, props, prov::sentences);
  auto* evidences = list_at(g, props, prov::evidences);
  if (sources->empty()) {
    props.set(g.intern(prov::source), Value(s.source));
    if (s.sentence) props.set(g.intern(prov::sentence), Value(*s.sentence));
    if (!s.evidence.empty()) props.set(g.intern(prov::evidence), Value(s.evidence));
    if (!s.rule.empty()) props.set(g.intern(prov::rule), Value(s.rule));
    changed = true;
    // list_at pointers may have moved while the map grew
    sources = list_at(g, props, prov::sources);
    sentences = list_at(g, props, prov::sentences);
    evidences = list_at(g, props, prov::evidences);
  }
  bool seen = false;
  for (std::size_t i = 0; i < sources->size() && i < sentences->size(); ++i)
    if ((*sources)[i] == Value(s.source) && (*sentences)[i] == sentence) seen = true;
  if (!seen) {
    sources->push_back(Value(s.source));
    sentences->push_back(sentence);
    evidences->push_back(Value(s.evidence));
    changed = true;
  }
  auto mentions = static_cast<std::int64_t>(sources->size());
  auto mentions_sym = g.intern(prov::mentions);
  if (!props.get(mentions_sym) || !(*props.get(mentions_sym) == Value(mentions))) {
    props.set(mentions_sym, Value(mentions));
    changed = true;
  }
  double confidence = s.confidence.value_or(1.0);
  auto conf_sym = g.intern(prov::confidence);
  const Value* old = props.get(conf_sym);
  if (!old || (old->is_float() && old->as_float() < confidence)) {
    props.set(conf_sym, Value(confidence));
    changed = true;
  }
  return changed;
}

}  // namespace fg::graph
