#include "graph/schema.hpp"

#include <algorithm>
#include <cctype>

namespace fg::graph {

const Schema& Schema::v1() {
  static const Schema schema = [] {
    Schema s;
    s.labels_ = {
        {"Person", {"aliases", "title", "nationality"}},
        {"State", {"aliases", "official_name", "iso2", "iso3"}},
        {"Organization", {"aliases", "acronym", "kind", "founded"}},
        {"Meeting", {"aliases", "date", "date_text", "status"}},
        {"Place", {"aliases", "kind"}},
    };
    s.rel_types_ = {
        {"REPRESENTS", {"Person"}, {"State", "Organization"}, {"forum", "role"}, {"forum"}, false},
        {"HOLDS_ROLE", {"Person"}, {"State", "Organization"}, {"title"}, {"title"}, false},
        {"ATTENDS", {"Person", "State", "Organization"}, {"Meeting"}, {"on_behalf_of"}, {"on_behalf_of"}, false},
        {"MEMBER_OF", {"State", "Organization"}, {"Organization"}, {"since"}, {}, false},
        {"HELD_IN", {"Meeting"}, {"Place"}, {}, {}, false},
        {"CONVENED_BY", {"Meeting"}, {"Organization"}, {}, {}, false},
        {"MET_WITH", {"Person"}, {"Person"}, {"meeting"}, {"meeting"}, true},
        {"LOCATED_IN", {"Place", "Organization"}, {"State", "Place"}, {}, {}, false},
        {"STATED", {"Person", "Organization", "State"}, {"Meeting", "State", "Organization", "Person"},
         {"quote", "date"}, {"quote"}, false},
    };
    return s;
  }();
  return schema;
}

const LabelSpec* Schema::label(std::string_view name) const {
  for (const auto& l : labels_)
    if (l.name == name) return &l;
  return nullptr;
}

const RelTypeSpec* Schema::rel_type(std::string_view name) const {
  for (const auto& t : rel_types_)
    if (t.name == name) return &t;
  return nullptr;
}

namespace {
std::string join(const std::vector<std::string_view>& names, std::string_view last_sep) {
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += (i + 1 == names.size()) ? last_sep : std::string_view(", ");
    out += names[i];
  }
  return out;
}

bool contains(const std::vector<std::string_view>& names, std::string_view n) {
  return std::find(names.begin(), names.end(), n) != names.end();
}

std::string did_you_mean(std::string_view word, std::span<const std::string_view> candidates) {
  auto best = closest_name(word, candidates);
  return best ? " (did you mean " + *best + "?)" : std::string();
}
}  // namespace

std::optional<std::string> Schema::check_label(std::string_view name) const {
  if (label(name)) return std::nullopt;
  std::vector<std::string_view> names;
  for (const auto& l : labels_) names.push_back(l.name);
  return "unknown label '" + std::string(name) + "'" + did_you_mean(name, names) +
         "; schema v1 labels are " + join(names, " and ");
}

std::optional<std::string> Schema::check_relation(std::string_view from, std::string_view type,
                                                  std::string_view to) const {
  const auto* spec = rel_type(type);
  if (!spec) {
    std::vector<std::string_view> names;
    for (const auto& t : rel_types_) names.push_back(t.name);
    return "unknown relationship type '" + std::string(type) + "'" + did_you_mean(type, names);
  }
  if (!contains(spec->from, from))
    return std::string(type) + " cannot start at a " + std::string(from) + " node: it goes from " +
           join(spec->from, " or ");
  if (!contains(spec->to, to))
    return std::string(type) + " cannot end at a " + std::string(to) + " node: it goes to " +
           join(spec->to, " or ");
  return std::nullopt;
}

namespace prov {
bool is_provenance_key(std::string_view key) {
  return key == source || key == sentence || key == evidence || key == sources || key == sentences ||
         key == evidences || key == confidence || key == mentions || key == rule;
}
}  // namespace prov

namespace {
std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      bool same = std::tolower(static_cast<unsigned char>(a[i - 1])) ==
                  std::tolower(static_cast<unsigned char>(b[j - 1]));
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (same ? 0 : 1)});
    }
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

template <typename Range>
std::optional<std::string> closest_impl(std::string_view word, const Range& candidates) {
  std::optional<std::string> best;
  std::size_t best_d = std::max<std::size_t>(2, word.size() / 3) + 1;
  for (const auto& c : candidates) {
    auto d = edit_distance(word, c);
    if (d < best_d) {
      best_d = d;
      best = std::string(c);
    }
  }
  return best;
}
}  // namespace

std::optional<std::string> closest_name(std::string_view word, std::span<const std::string_view> candidates) {
  return closest_impl(word, candidates);
}
std::optional<std::string> closest_name(std::string_view word, std::span<const std::string> candidates) {
  return closest_impl(word, candidates);
}

}  // namespace fg::graph
