#include "graph/provenance.hpp"

#include "graph/schema.hpp"

namespace fg::graph {

namespace {
List list_or_empty(const PropertyMap& props, Symbol key) {
  const Value* v = props.get(key);
  return v && v->is_list() ? v->as_list() : List{};
}

bool set_if_different(PropertyMap& props, Symbol key, Value v) {
  const Value* old = props.get(key);
  if (old && *old == v) return false;
  props.set(key, std::move(v));
  return true;
}
}  // namespace

bool record_sighting(Graph& g, PropertyMap& props, const Sighting& s) {
  auto sources_key = g.intern(prov::sources);
  auto sentences_key = g.intern(prov::sentences);
  auto evidences_key = g.intern(prov::evidences);
  List sources = list_or_empty(props, sources_key);
  List sentences = list_or_empty(props, sentences_key);
  List evidences = list_or_empty(props, evidences_key);
  Value sentence = s.sentence ? Value(*s.sentence) : Value();
  bool changed = false;

  if (sources.empty()) {  // the first sighting
    props.set(g.intern(prov::source), Value(s.source));
    if (s.sentence) props.set(g.intern(prov::sentence), sentence);
    if (!s.evidence.empty()) props.set(g.intern(prov::evidence), Value(s.evidence));
    if (!s.rule.empty()) props.set(g.intern(prov::rule), Value(s.rule));
    changed = true;
  }
  bool seen = false;
  for (std::size_t i = 0; i < sources.size() && i < sentences.size(); ++i)
    if (sources[i] == Value(s.source) && sentences[i] == sentence) seen = true;
  if (!seen) {
    sources.emplace_back(s.source);
    sentences.push_back(sentence);
    evidences.emplace_back(s.evidence);
    auto mentions = static_cast<std::int64_t>(sources.size());
    props.set(sources_key, Value(std::move(sources)));
    props.set(sentences_key, Value(std::move(sentences)));
    props.set(evidences_key, Value(std::move(evidences)));
    props.set(g.intern(prov::mentions), Value(mentions));
    changed = true;
  }
  double confidence = s.confidence.value_or(1.0);
  auto conf_key = g.intern(prov::confidence);
  const Value* old = props.get(conf_key);
  if (!old || !old->is_float() || old->as_float() < confidence)
    changed = set_if_different(props, conf_key, Value(confidence)) || changed;
  return changed;
}

}  // namespace fg::graph
