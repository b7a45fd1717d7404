#pragma once
// Runs openCypher TCK cases against the query engine: a fresh graph per case, the setup steps,
// parameters, the query, then the checks (result rows as a bag or a list, expected errors by
// type, phase and detail, side effects observed on the graph).
#include <chrono>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "query/tck/feature.hpp"

namespace fg::query::tck {

enum class Outcome { Passed, Failed, Skipped };

struct CaseResult {
  std::string id;
  std::string name;          // with placeholders substituted
  std::string location;      // FILE:LINE of the scenario (and of the Examples row)
  Outcome outcome = Outcome::Failed;
  std::string category;      // failures: a short grouping key ("unsupported: UNION", "wrong result", ...)
  std::string message;       // failures: what differed, expected vs actual
  std::string skip_reason;   // skips: the missing feature named by the skip list
  bool skipped_but_passes = false;  // a skip-list entry that is out of date
};

struct FeatureResult {
  std::string id;  // path relative to the features folder, with '/' separators
  std::string error;  // the feature file could not be read (its cases then count as none)
  std::vector<CaseResult> cases;
  std::size_t count(Outcome o) const;
};

// The committed skip list: one line per case, "[missing feature] CASE-ID"; '#' starts a comment.
// An outline's id without " [#N]" skips all of its rows.
struct SkipList {
  std::map<std::string, std::string> entries;  // id -> missing feature
  std::optional<std::string> reason_for(const std::string& case_id) const;
};
SkipList read_skip_list(const std::filesystem::path& file);  // throws std::runtime_error FILE:LINE: ...

// The committed list of cases that pass: one case id per line; '#' starts a comment.
std::vector<std::string> read_id_list(const std::filesystem::path& file);

struct RunOptions {
  std::filesystem::path features_dir;
  std::filesystem::path graphs_dir;             // named graphs: NAME/NAME.json and its scripts
  std::optional<std::regex> filter;             // matched (search) against case ids
  SkipList skips;
  std::chrono::milliseconds timeout{10'000};    // per statement
};

// *.feature files under dir, recursively, sorted by relative path.
std::vector<std::filesystem::path> find_feature_files(const std::filesystem::path& dir);

struct NamedGraph {
  std::vector<std::string> scripts;  // the Cypher text of each script, in order
  std::string error;                 // why the graph could not be read
};

class Runner {
 public:
  explicit Runner(RunOptions opts);
  FeatureResult run_feature(const std::filesystem::path& file);
  CaseResult run_case(const Case& c, const std::string& feature_path);
  const RunOptions& options() const { return opts_; }
  // Read once from graphs_dir/NAME/NAME.json ("scripts") and graphs_dir/NAME/SCRIPT.cypher.
  const NamedGraph& named_graph(const std::string& name);

 private:
  RunOptions opts_;
  std::map<std::string, NamedGraph> graphs_;
};

// Markdown: counts per folder, failures grouped by category, skips grouped by missing feature.
std::string markdown_report(const std::vector<FeatureResult>& results);

}  // namespace fg::query::tck
