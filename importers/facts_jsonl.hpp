#pragma once
// Facts JSONL v1 (shared/spec/facts-jsonl.md): one entity, relation or article object per line.
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "graph/merge.hpp"

namespace fg::importers {

// An article carried inside a facts file; it goes through the article importer.
struct ArticleRecord {
  std::string id, title, date, url, text;
};

using FactLine = std::variant<graph::EntityFact, graph::RelationFact, ArticleRecord>;

struct LineError {
  std::size_t column = 1;  // 1-based code point column of the offending spot
  std::string message;
};

// Parses facts lines one after another. It keeps its buffers and the storage of the last fact,
// so a long run of lines allocates almost nothing. Entity and relation lines take a fast path
// (simdjson); anything that path does not accept as it is (errors, article lines, \u escapes,
// numbers at the edges of their types) is parsed again by the reference path, which owns every
// error message, so results and diagnostics are the same either way. Not thread-safe: one per thread.
class FactParser {
 public:
  FactParser();
  ~FactParser();
  FactParser(FactParser&&) noexcept;
  FactParser& operator=(FactParser&&) noexcept;

  // Parses one non-blank, non-comment line into `out` (reusing its storage) and returns true,
  // or sets `error` and returns false. `default_source` fills a missing "source".
  bool parse(std::string_view line, std::string_view default_source, FactLine& out, LineError& error);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Parses one non-blank, non-comment line. `default_source` fills a missing "source".
// Returns the fact or what is wrong with the line.
std::variant<FactLine, LineError> parse_fact_line(std::string_view line, std::string_view default_source);

// True for lines the format ignores: blank, or starting with "//".
bool is_ignorable_line(std::string_view line);

// One line of facts JSONL for a fact (what `factgraph extract` prints), without a newline.
std::string to_jsonl(const graph::EntityFact& fact);
std::string to_jsonl(const graph::RelationFact& fact);

}  // namespace fg::importers
