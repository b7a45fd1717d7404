#include "graph/provenance.hpp"

#include "graph/schema.hpp"

namespace fg::graph {

namespace {
// The list under `key`, created empty when absent or not a list.
List& list_at(PropertyMap& props, Symbol key) {
  Value* v = props.get(key);
  if (!v || !v->is_list()) {
    props.set(key, Value(List{}));
    v = props.get(key);
  }
  return v->as_list();
}
}  // namespace

namespace {
constexpr std::string_view key_names[ProvenanceKeys::Count] = {
    prov::sources, prov::sentences, prov::evidences, prov::mentions, prov::confidence,
    prov::source,  prov::sentence,  prov::evidence,  prov::rule};
}  // namespace

std::optional<Symbol> ProvenanceKeys::find(const Graph& g, Key k) {
  if (known_ & (1u << k)) return symbols_[k];
  auto sym = g.find_symbol(key_names[k]);
  if (sym) {
    symbols_[k] = *sym;
    known_ |= 1u << k;
  }
  return sym;
}

Symbol ProvenanceKeys::get(Graph& g, Key k) {
  const auto& names = key_names;
  if (!(known_ & (1u << k))) {
    symbols_[k] = g.intern(names[k]);
    known_ |= 1u << k;
  }
  return symbols_[k];
}

bool record_sighting(Graph& g, PropertyMap& props, const Sighting& s) {
  ProvenanceKeys keys;
  return record_sighting(g, keys, props, s);
}

bool record_sighting(Graph& g, ProvenanceKeys& keys, PropertyMap& props, const Sighting& s, const bool* seen_hint) {
  using K = ProvenanceKeys;
  const Symbol sources_key = keys.get(g, K::Sources), sentences_key = keys.get(g, K::Sentences),
               evidences_key = keys.get(g, K::Evidences), mentions_key = keys.get(g, K::Mentions),
               conf_key = keys.get(g, K::Confidence);
  const Value sentence = s.sentence ? Value(*s.sentence) : Value();
  bool changed = false;

  const Value* existing = props.get(sources_key);
  if (!existing || !existing->is_list() || existing->as_list().empty()) {  // the first sighting
    props.set(keys.get(g, K::Source), Value(s.source));
    if (s.sentence) props.set(keys.get(g, K::Sentence), sentence);
    if (!s.evidence.empty()) props.set(keys.get(g, K::Evidence), Value(s.evidence));
    if (!s.rule.empty()) props.set(keys.get(g, K::Rule), Value(s.rule));
    changed = true;
  }
  // Create every key first: later inserts would move the lists we hold references to.
  list_at(props, sources_key);
  list_at(props, sentences_key);
  list_at(props, evidences_key);
  if (!props.get(mentions_key)) props.set(mentions_key, Value(std::int64_t{0}));
  if (!props.get(conf_key)) props.set(conf_key, Value(0.0));
  List& sources = list_at(props, sources_key);
  List& sentences = list_at(props, sentences_key);
  List& evidences = list_at(props, evidences_key);

  bool seen = false;
  if (seen_hint) seen = *seen_hint;
  else
    for (std::size_t i = 0; i < sources.size() && i < sentences.size() && !seen; ++i)
      seen = sources[i].is_string() && sources[i].as_string() == s.source && sentences[i] == sentence;
  if (!seen) {
    sources.emplace_back(s.source);
    sentences.push_back(sentence);
    evidences.emplace_back(s.evidence);
    changed = true;
  }
  Value mentions(static_cast<std::int64_t>(sources.size()));
  if (!(*props.get(mentions_key) == mentions)) {
    props.set(mentions_key, mentions);
    changed = true;
  }
  double confidence = s.confidence.value_or(1.0);
  Value* conf = props.get(conf_key);
  if (!conf->is_float() || conf->as_float() < confidence) {
    *conf = Value(confidence);
    changed = true;
  }
  return changed;
}

}  // namespace fg::graph
