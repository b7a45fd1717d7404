#pragma once
// One Cypher template per question form (question.hpp), filled with the nodes the question's
// names resolve to (name_resolver.hpp). Names become parameters: `{name: $x}` for one node,
// `x.name IN $x` when a phrase names several (an ambiguous alias, a vague meeting name).
// Every query returns the answer columns, in the question's slot order, and three helper
// columns with the provenance lists of the facts behind each row:
//   _sources, _sentences, _evidences   (lists of the relationships' sources/sentences/evidences)
// Rows with the same answer are one row (the answer columns are the grouping keys).
#include <stdexcept>
#include <string>
#include <vector>

#include "query/ask/name_resolver.hpp"
#include "query/ask/question.hpp"
#include "query/engine.hpp"

namespace fg::query::ask {

inline constexpr const char* kSourcesColumn = "_sources";
inline constexpr const char* kSentencesColumn = "_sentences";
inline constexpr const char* kEvidencesColumn = "_evidences";

struct CypherPlan {
  std::string cypher;                // with $parameters
  Params params;
  std::vector<std::string> columns;  // the answer columns (helper columns excluded)
  std::vector<std::string> notes;    // how phrases were read: "'Pretoria peace talks' = Ethiopia–Tigray ..."
};

// A name of the question that the graph does not know (or a question the graph cannot answer).
struct AskError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Throws AskError when a name cannot be resolved.
CypherPlan plan_question(const ParsedQuestion& q, const NameResolver& names);

// The Cypher with each $parameter replaced by its literal, for display: it runs unchanged in
// `factgraph query` and in other Cypher engines.
std::string inline_parameters(const std::string& cypher, const Params& params);

// A Cypher string literal: 'it''s' style escaping with backslashes ('O\'Neil').
std::string cypher_literal(const Value& v);

// The word a title is matched on: "chairmanship" -> "chair", "presidency" -> "president".
std::string title_stem(std::string_view title);

// An ISO date prefix for a date phrase: "January 2022" -> "2022-01", "12 March 2023" ->
// "2023-03-12", "2022" -> "2022"; empty when the phrase has no year.
std::string date_prefix(std::string_view date_phrase);

}  // namespace fg::query::ask
