#include "graph/name_resolution.hpp"

#include <algorithm>
#include <cstring>

#include "graph/names.hpp"

namespace fg::graph {

std::string name_index_key(Symbol label, std::string_view text) {
  std::string key(sizeof(Symbol), '\0');
  std::memcpy(key.data(), &label, sizeof(Symbol));
  key += text;
  return key;
}

namespace {
Resolution decide(std::vector<NodeId> candidates) {
  Resolution r;
  if (candidates.size() == 1) {
    r.status = Resolution::Status::Found;
    r.node = candidates.front();
  } else if (candidates.size() > 1) {
    r.status = Resolution::Status::Ambiguous;
    std::sort(candidates.begin(), candidates.end());
  }
  r.candidates = std::move(candidates);
  return r;
}
}  // namespace

Resolution resolve_name(const NameIndexLookup& index, const NameLabels& labels, Symbol label, std::string_view name,
                        ResolveMode mode) {
  std::vector<NodeId> found;
  index.find('e', name_index_key(label, name), found);
  if (!found.empty()) return decide(std::move(found));

  if (is_code_like(name)) index.find('c', name_index_key(label, name), found);
  auto norm = normalize_name(name);
  index.find('n', name_index_key(label, norm), found);
  if (found.empty() && label == labels.state) {
    if (const auto* state = StateLexicon::builtin().find(name)) {
      index.find('e', name_index_key(label, state->name), found);
      if (found.empty()) index.find('n', name_index_key(label, normalize_name(state->name)), found);
    }
  }
  if (!found.empty() || mode == ResolveMode::Strict || label != labels.person) return decide(std::move(found));
  // A Person's unique surname ("Sherman"), at query time only.
  if (norm.find(' ') == std::string::npos) index.find('s', name_index_key(label, norm), found);
  return decide(std::move(found));
}

}  // namespace fg::graph
