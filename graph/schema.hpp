#pragma once
// Schema v1 (shared/spec/schema.md): the labels and relationship types importers write, with the
// endpoint labels each type allows. It is a validation layer: the graph itself holds any label
// and any relationship type.
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace fg::graph {

struct LabelSpec {
  std::string_view name;
  std::vector<std::string_view> optional_properties;
};

struct RelTypeSpec {
  std::string_view name;
  std::vector<std::string_view> from;
  std::vector<std::string_view> to;
  std::vector<std::string_view> properties;
  // Properties that tell two facts of this type between the same nodes apart
  // (Wendy Sherman REPRESENTS the United States at two forums: two relationships).
  std::vector<std::string_view> identity;
  bool symmetric = false;  // MET_WITH: stored once, either direction is the same fact
};

class Schema {
 public:
  static const Schema& v1();

  const LabelSpec* label(std::string_view name) const;
  const RelTypeSpec* rel_type(std::string_view name) const;
  const std::vector<LabelSpec>& labels() const { return labels_; }
  const std::vector<RelTypeSpec>& rel_types() const { return rel_types_; }

  // An error message when `name` is not a schema label, with the closest known one.
  std::optional<std::string> check_label(std::string_view name) const;
  // An error message when a `type` relationship may not go from a node labelled `from` to one
  // labelled `to` (or the type is unknown).
  std::optional<std::string> check_relation(std::string_view from, std::string_view type,
                                            std::string_view to) const;

 private:
  std::vector<LabelSpec> labels_;
  std::vector<RelTypeSpec> rel_types_;
};

// Provenance property keys every importer maintains (schema.md, "Provenance").
namespace prov {
inline constexpr std::string_view source = "source";
inline constexpr std::string_view sentence = "sentence";
inline constexpr std::string_view evidence = "evidence";
inline constexpr std::string_view sources = "sources";
inline constexpr std::string_view sentences = "sentences";
inline constexpr std::string_view evidences = "evidences";
inline constexpr std::string_view confidence = "confidence";
inline constexpr std::string_view mentions = "mentions";
inline constexpr std::string_view rule = "rule";
bool is_provenance_key(std::string_view key);
}  // namespace prov

// The closest of `candidates` to `word` by edit distance, case-insensitive, when it is close
// enough to be a plausible typo; for "did you mean ...?" messages.
std::optional<std::string> closest_name(std::string_view word, std::span<const std::string_view> candidates);
std::optional<std::string> closest_name(std::string_view word, std::span<const std::string> candidates);

}  // namespace fg::graph
