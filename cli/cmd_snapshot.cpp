// factgraph snapshot info GRAPH [--format text|json]: what a graph file holds, read from its
// header and sections without loading the graph.
// factgraph snapshot upgrade GRAPH [--wait]: rewrites a graph file of an older format version in
// the current one (atomically, under the writer lock), so it opens without a rebuild.
#include <ctime>
#include <iomanip>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli/commands.hpp"
#include "graph/file_lock.hpp"
#include "graph/graph_file.hpp"

namespace fg::cli {

namespace {

struct SnapshotArgs {
  std::string graph;
  std::string format = "text";
  bool wait = false;
  bool force = false;
};

std::string iso_time(std::int64_t unix_ms) {
  if (unix_ms == 0) return "never saved";
  std::time_t t = static_cast<std::time_t>(unix_ms / 1000);
  std::tm tm{};
  gmtime_r(&t, &tm);
  std::ostringstream out;
  out << std::put_time(&tm, "%Y-%m-%dT%H:%M:%S") << "." << std::setw(3) << std::setfill('0') << (unix_ms % 1000) << "Z";
  return out.str();
}

std::string human_bytes(std::uint64_t b) {
  const char* units[] = {"B", "KiB", "MiB", "GiB", "TiB"};
  double v = static_cast<double>(b);
  int u = 0;
  while (v >= 1024 && u < 4) {
    v /= 1024;
    ++u;
  }
  std::ostringstream out;
  if (u == 0) out << b << " B";
  else out << std::fixed << std::setprecision(1) << v << " " << units[u];
  return out.str();
}

int run_info(const SnapshotArgs& args) {
  auto info = graph::snapshot_info(args.graph);
  if (args.format == "json") {
    nlohmann::ordered_json j;
    j["file"] = args.graph;
    j["format_version"] = info.format_version;
    j["created"] = info.created_unix_ms ? nlohmann::ordered_json(iso_time(info.created_unix_ms)) : nlohmann::ordered_json();
    j["created_unix_ms"] = info.created_unix_ms;
    j["nodes"] = info.nodes;
    j["relationships"] = info.relationships;
    j["symbols"] = info.symbols;
    j["strings"] = info.strings;
    j["file_bytes"] = info.file_bytes;
    j["sections"] = nlohmann::ordered_json::object();
    for (const auto& [name, bytes] : info.section_bytes) j["sections"][name] = bytes;
    j["sources"] = info.sources;
    std::cout << j.dump(2) << "\n";
    return kExitOk;
  }
  std::cout << "file: " << args.graph << "\n"
            << "format version: " << info.format_version
            << (info.format_version < graph::kFormatVersion ? " (older; the next save writes version " +
                                                                   std::to_string(graph::kFormatVersion) + ")"
                                                             : "")
            << "\n"
            << "created: " << iso_time(info.created_unix_ms) << "\n"
            << "nodes: " << info.nodes << "\n"
            << "relationships: " << info.relationships << "\n"
            << "symbols: " << info.symbols << "\n";
  if (info.format_version >= 2) std::cout << "distinct strings: " << info.strings << "\n";
  std::cout << "size: " << human_bytes(info.file_bytes) << " (" << info.file_bytes << " bytes)\n";
  for (const auto& [name, bytes] : info.section_bytes)
    std::cout << "  " << name << ": " << human_bytes(bytes) << "\n";
  if (info.format_version >= 2) {
    std::cout << "sources: " << info.sources.size() << "\n";
    for (const auto& s : info.sources) std::cout << "  " << s << "\n";
  }
  return kExitOk;
}

int run_upgrade(const SnapshotArgs& args) {
  graph::FileLock lock(args.graph, args.wait ? graph::FileLock::Wait::Yes : graph::FileLock::Wait::No);
  auto before = graph::snapshot_info(args.graph).format_version;
  if (before == graph::kFormatVersion && !args.force) {
    std::cerr << args.graph << ": already format version " << before << "\n";
    return kExitOk;
  }
  auto g = graph::load_graph(args.graph);
  graph::save_graph(g, args.graph);
  std::cerr << args.graph << ": format version " << before << " -> " << graph::kFormatVersion
            << (before == graph::kFormatVersion ? " (rewritten)" : "") << "\n";
  return kExitOk;
}

Command register_snapshot(CLI::App& app) {
  auto args = std::make_shared<SnapshotArgs>();
  auto* cmd = app.add_subcommand("snapshot", "Inspect graph files (Cap'n Proto snapshots)");
  cmd->require_subcommand(1);
  auto* info = cmd->add_subcommand("info", "Format version, counts, sizes, created time and sources of a graph file");
  info->add_option("graph", args->graph, "Graph file")->required();
  info->add_option("--format", args->format, "Output format")->check(CLI::IsMember({"text", "json"}))->capture_default_str();
  auto* upgrade = cmd->add_subcommand("upgrade", "Rewrite a graph file of an older format version in the current one");
  upgrade->add_option("graph", args->graph, "Graph file")->required();
  upgrade->add_flag("--wait", args->wait, "Wait for another writer instead of failing");
  upgrade->add_flag("--force", args->force, "Rewrite the file even when it is already in the current version");
  return [args, upgrade] { return upgrade->parsed() ? run_upgrade(*args) : run_info(*args); };
}

}  // namespace

FG_REGISTER_COMMAND("snapshot", register_snapshot);

}  // namespace fg::cli
