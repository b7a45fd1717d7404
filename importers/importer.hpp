#pragma once
// Imports inputs into a graph: facts JSONL files, folders of them, stdin, and (through the
// article extractor) article text. Each fact goes through the graph's merge service.
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
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
  // --threads: with N > 1, N worker threads parse facts lines and extract articles while the
  // importing thread merges their results in input order (the graph is the same as with 1).
  std::size_t threads = 1;
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

// Article extraction split in two, so that a parallel import can run the expensive, independent
// part on worker threads: `prepare` may run for several articles at once (it must not touch
// shared mutable state); `finish` runs on the importing thread in input order, turns what prepare
// made into facts and reports errors as an ArticleExtractor does.
class PreparedArticle {
 public:
  virtual ~PreparedArticle() = default;
};
struct ArticlePipeline {
  std::function<std::unique_ptr<PreparedArticle>(const ArticleRecord& article, const ImportOptions& options)> prepare;
  std::function<std::optional<std::vector<ExtractedFact>>(PreparedArticle& prepared, const ArticleRecord& article,
                                                          const std::string& file, std::size_t line,
                                                          const ImportOptions& options, const DiagnosticSink& sink)>
      finish;
};

// Expands command-line paths: a file stays itself; a folder yields its *.jsonl and *.txt files,
// recursively, in sorted order; "-" is stdin. Throws std::runtime_error for a missing path.
std::vector<Input> expand_inputs(const std::vector<std::string>& paths);

class Importer {
 public:
  Importer(graph::Graph& g, ImportOptions options, DiagnosticSink sink);
  ~Importer();

  void set_article_extractor(ArticleExtractor extractor) { extractor_ = std::move(extractor); }
  // Used instead of the extractor for articles when the import runs on several threads.
  void set_article_pipeline(ArticlePipeline pipeline) { pipeline_ = std::move(pipeline); }
  // Called after each line or article with bytes done in the current input.
  void set_progress(std::function<void(const Input&, std::size_t done, std::size_t total)> p) { progress_ = std::move(p); }

  // All inputs in order: on options.threads threads when more than 1, else one by one.
  void import_all(const std::vector<Input>& inputs);
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
  const ImportOptions& options() const { return options_; }

 private:
  bool apply_entity(const graph::EntityFact& fact, const std::string& file, std::size_t line, std::size_t column);
  bool apply_relation(const graph::RelationFact& fact, const std::string& file, std::size_t line, std::size_t column);
  bool counted(bool ok, std::string& error, const std::string& file, std::size_t line, std::size_t column);
  struct Job;
  struct Feeder;
  void import_parallel(const std::vector<Input>& inputs);
  void prepare_job(Job& job, std::size_t worker);
  void merge_job(Job& job);
  void finish_article(PreparedArticle* prepared, const ArticleRecord& article, const std::string& file, std::size_t line);
  void report_too_long(const std::string& file, std::size_t line, std::size_t length);
  void report(Diagnostic::Severity severity, const std::string& file, std::size_t line, std::size_t column,
              std::string message);

  ImportOptions options_;
  DiagnosticSink sink_;
  graph::Merger merger_;
  FactParser parser_;
  FactLine fact_;    // reused line after line: the hot loop keeps its storage
  LineError error_;
  ArticleExtractor extractor_;
  ArticlePipeline pipeline_;
  std::vector<FactParser> worker_parsers_;
  std::function<void(const Input&, std::size_t, std::size_t)> progress_;
  const Input* current_ = nullptr;
  ImportSummary summary_;
};

}  // namespace fg::importers
