// factgraph tck DIR [--graphs DIR] [--filter REGEX] [--verbose] [--skips FILE]
//                   [--expected-passes FILE] [--write-expected-passes FILE] [--report FILE]
// Runs the openCypher TCK feature files under DIR against the query engine.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>

#include "cli/commands.hpp"
#include "query/tck/runner.hpp"

namespace fg::cli {

namespace {

namespace fs = std::filesystem;
using query::tck::Outcome;

struct TckArgs {
  std::string dir;
  std::string graphs;
  std::string filter;
  std::string skips;
  std::string expected_passes;
  std::string write_expected_passes;
  std::string report;
  long timeout_ms = 10'000;
  bool verbose = false;
};

void write_file_atomically(const fs::path& path, const std::string& text) {
  auto tmp = path;
  tmp += ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) throw std::runtime_error(tmp.string() + ": cannot write");
    out << text;
    out.flush();
    if (!out) throw std::runtime_error(tmp.string() + ": write failed");
  }
  fs::rename(tmp, path);
}

std::string indent(const std::string& text, const std::string& pad) {
  std::string out = pad;
  for (char c : text) {
    out += c;
    if (c == '\n') out += pad;
  }
  while (!out.empty() && (out.back() == ' ')) out.pop_back();
  if (!out.empty() && out.back() != '\n') out += '\n';
  return out;
}

int run_tck(const TckArgs& args) {
  query::tck::RunOptions opts;
  opts.features_dir = args.dir;
  if (!fs::is_directory(opts.features_dir)) {
    std::cerr << "factgraph tck: " << args.dir << ": not a directory of .feature files\n";
    return kExitFailure;
  }
  opts.graphs_dir = args.graphs.empty() ? opts.features_dir / ".." / "graphs" : fs::path(args.graphs);
  if (!args.graphs.empty() && !fs::is_directory(opts.graphs_dir)) {
    std::cerr << "factgraph tck: --graphs " << args.graphs << ": not a directory\n";
    return kExitFailure;
  }
  if (!args.filter.empty()) {
    try {
      opts.filter.emplace(args.filter, std::regex::ECMAScript);
    } catch (const std::regex_error& e) {
      std::cerr << "factgraph tck: --filter '" << args.filter << "': invalid regular expression: " << e.what() << "\n";
      return kExitUsage;
    }
  }
  if (!args.skips.empty()) opts.skips = query::tck::read_skip_list(args.skips);
  opts.timeout = std::chrono::milliseconds(args.timeout_ms);
  std::vector<std::string> expected;
  if (!args.expected_passes.empty()) expected = query::tck::read_id_list(args.expected_passes);

  query::tck::Runner runner(opts);
  std::vector<query::tck::FeatureResult> results;
  std::size_t passed = 0, failed = 0, skipped = 0;
  std::set<std::string> skip_ids_seen;
  for (const auto& file : query::tck::find_feature_files(opts.features_dir)) {
    auto fr = runner.run_feature(file);
    if (!fr.error.empty()) {
      std::cout << fr.id << ": cannot be read: " << fr.error << "\n";
      ++failed;
      results.push_back(std::move(fr));
      continue;
    }
    if (fr.cases.empty()) continue;  // everything filtered out
    for (const auto& c : fr.cases) {
      if (c.outcome == Outcome::Failed) {
        std::cout << "FAIL " << c.id << "\n  at " << c.location << "\n  [" << c.category << "]\n"
                  << indent(c.message, "  ");
      } else if (c.outcome == Outcome::Skipped) {
        if (c.skipped_but_passes)
          std::cout << "NOTE skip-list entry passes now, remove it: " << c.id << "\n";
        else if (args.verbose)
          std::cout << "SKIP " << c.id << " [" << c.skip_reason << "]\n";
      } else if (args.verbose) {
        std::cout << "PASS " << c.id << "\n";
      }
    }
    passed += fr.count(Outcome::Passed);
    failed += fr.count(Outcome::Failed);
    skipped += fr.count(Outcome::Skipped);
    std::cout << fr.id << ": " << fr.count(Outcome::Passed) << " passed, " << fr.count(Outcome::Failed) << " failed, "
              << fr.count(Outcome::Skipped) << " skipped\n";
    std::cout.flush();
    results.push_back(std::move(fr));
  }

  std::map<std::string, Outcome> outcome_of;
  for (const auto& fr : results)
    for (const auto& c : fr.cases) outcome_of[c.id] = c.outcome;

  if (!args.report.empty()) write_file_atomically(args.report, query::tck::markdown_report(results));
  if (!args.write_expected_passes.empty()) {
    std::string text =
        "# openCypher TCK cases that pass (one case id per line), checked by the tck ctest test.\n"
        "# Regenerate: factgraph tck FEATURES --skips tests/tck/skips.txt --write-expected-passes THIS_FILE\n";
    for (const auto& fr : results)
      for (const auto& c : fr.cases)
        if (c.outcome == Outcome::Passed) text += c.id + "\n";
    write_file_atomically(args.write_expected_passes, text);
  }

  int rc = failed ? kExitFailure : kExitOk;
  if (!args.expected_passes.empty()) {
    std::vector<std::string> regressions;
    for (const auto& id : expected) {
      auto it = outcome_of.find(id);
      if (it == outcome_of.end()) {
        if (!opts.filter) regressions.push_back(id + " (no such case)");
      } else if (it->second == Outcome::Failed) {
        regressions.push_back(id + " (failed)");
      } else if (it->second == Outcome::Skipped) {
        regressions.push_back(id + " (listed as expected to pass and in the skip list)");
      }
    }
    for (const auto& r : regressions)
      std::cerr << "factgraph tck: " << args.expected_passes << ": regression: " << r << "\n";
    if (!regressions.empty())
      std::cerr << "factgraph tck: " << regressions.size() << " case(s) listed in " << args.expected_passes
                << " did not pass\n";
    rc = regressions.empty() ? kExitOk : kExitFailure;
  }
  std::cerr.flush();
  std::cout << "TOTAL: " << passed << " passed, " << failed << " failed, " << skipped << " skipped" << std::endl;
  return rc;
}

Command register_tck(CLI::App& app) {
  auto args = std::make_shared<TckArgs>();
  auto* cmd = app.add_subcommand("tck", "Run openCypher TCK feature files against the query engine");
  cmd->add_option("DIR", args->dir, "Folder searched recursively for *.feature files")->required();
  cmd->add_option("--graphs", args->graphs, "Folder of named graphs (default: DIR/../graphs)");
  cmd->add_option("--filter", args->filter, "Run only cases whose id matches this regular expression");
  cmd->add_flag("-v,--verbose", args->verbose, "Also list passed and skipped cases");
  cmd->add_option("--skips", args->skips, "Skip list: '[missing feature] CASE-ID' per line");
  cmd->add_option("--expected-passes", args->expected_passes,
                  "Cases that must pass: exit 1 only when one of them does not (regression gate)");
  cmd->add_option("--write-expected-passes", args->write_expected_passes,
                  "Write the ids of the cases that passed to this file");
  cmd->add_option("--report", args->report, "Write a Markdown report: counts per folder, failures by category");
  cmd->add_option("--timeout-ms", args->timeout_ms, "Time limit per statement in milliseconds (0: none)")
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str();
  return [args] { return run_tck(*args); };
}

}  // namespace

FG_REGISTER_COMMAND("tck", register_tck);

}  // namespace fg::cli
