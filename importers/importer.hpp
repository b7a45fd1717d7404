#pragma once
// Imports inputs into a graph: facts JSONL files, folders of them, stdin, and (through the
// article extractor) article text. Each fact goes through the graph's merge service.
#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "graph/graph.hpp"
#include "graph/merge.hpp"
#include "importers/diagnostics.hpp"
#include "importers/facts_jsonl.hpp"

namespace fg::importers {

struct ImportOptions {
  bool strict = false;            // any rejected line fails the whole import
  bool allow_extensions = false;  // accept labels and relationship types outside schema v1
  std::optional<std::string> date;  // --date: for articles without a date of their own
  std::size_t max_line_bytes = 64u << 20;  // --max-line-bytes: longer facts lines are rejected
};

struct ImportSummary {
  std::size_t imported = 0;   // facts applied (new or merged)
  std::size_t rejected = 0;   // lines or articles refused, each with a diagnostic
  std::size_t files = 0;
  std::size_t articles = 0;
  std::size_t bytes = 0;
};

// One input: a file path, or stdin (path "-").
struct Input {
  std::filesystem::path path;
  bool is_stdin() const { return path == "-"; }
  std::string display() const { return is_stdin() ? "<stdin>" : path.string(); }
};

using ExtractedFact = std::variant<graph::EntityFact, graph::RelationFact>;
// Turns an article into facts (the article importer provides it). Errors go to the sink.
using ArticleExtractor = std::function<std::optional<std::vector<ExtractedFact>>(
    const ArticleRecord& article, const std::string& file, std::size_t line, const ImportOptions& options,
    const DiagnosticSink& sink)>;

// Expands command-line paths: a file stays itself; a folder yields its *.jsonl and *.txt files,
// recursively, in sorted order; "-" is stdin. Throws std::runtime_error for a missing path.
std::vector<Input> expand_inputs(const std::vector<std::string>& paths);

class Importer {
 public:
  Importer(graph::Graph& g, ImportOptions options, DiagnosticSink sink);

  void set_article_extractor(ArticleExtractor extractor) { extractor_ = std::move(extractor); }
  // Called after each line or article with bytes done in the current input.
  void set_progress(std::function<void(const Input&, std::size_t done, std::size_t total)> p) { progress_ = std::move(p); }

  void import_input(const Input& input);
  // Facts JSONL text; `file` names it in diagnostics, `default_source` fills missing sources.
  void import_jsonl(std::string_view text, const std::string& file, const std::string& default_source);
  // One line of facts JSONL (line numbers are 1-based).
  void import_line(std::string_view line, std::size_t line_no, const std::string& file,
                   const std::string& default_source);
  // One article (a .txt file's contents or an article line).
  void import_article(const ArticleRecord& article, const std::string& file, std::size_t line);
  // Applies one fact; returns false (and reports) when the graph refuses it.
  bool apply(const ExtractedFact& fact, const std::string& file, std::size_t line, std::size_t column);

  const ImportSummary& summary() const { return summary_; }

 private:
  void report(Diagnostic::Severity severity, const std::string& file, std::size_t line, std::size_t column,
              std::string message);

  ImportOptions options_;
  DiagnosticSink sink_;
  graph::Merger merger_;
  ArticleExtractor extractor_;
  std::function<void(const Input&, std::size_t, std::size_t)> progress_;
  const Input* current_ = nullptr;
  ImportSummary summary_;
};

}  // namespace fg::importers
