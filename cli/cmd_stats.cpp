// factgraph stats [-g GRAPH] [--format text|json]: what the graph holds.
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "cli/commands.hpp"
#include "cli/graph_option.hpp"
#include "graph/schema.hpp"

namespace fg::cli {

namespace {
struct StatsArgs {
  std::string graph;
  std::string format = "text";
};

int run_stats(const StatsArgs& args) {
  auto frozen = open_frozen_graph(args.graph);
  const graph::GraphView& g = *frozen;
  std::vector<std::pair<std::string, std::size_t>> labels, types;
  for (auto l : g.labels_in_use()) labels.emplace_back(g.symbol_name(l), g.nodes_with_label(l).size());
  for (auto t : g.edge_types_in_use()) types.emplace_back(g.symbol_name(t), g.edges_with_type(t).size());

  std::set<std::string> sources;
  auto sources_key = g.find_symbol(graph::prov::sources);
  auto collect = [&](const graph::ValueRef& v) {
    if (!v.is_list()) return;
    for (std::size_t i = 0; i < v.list_size(); ++i)
      if (auto s = v.list_item(i); s.is_string()) sources.emplace(s.as_string());
  };
  std::size_t aliases = 0;
  for (graph::NodeId n = 0; n < g.node_count(); ++n) {
    if (sources_key) collect(g.node_value(n, *sources_key));
    if (auto a = g.node_value(n, g.key_aliases()); a.is_list()) aliases += a.list_size();
  }
  if (sources_key)
    for (graph::EdgeId e = 0; e < g.edge_count(); ++e) collect(g.edge_value(e, *sources_key));

  if (args.format == "json") {
    nlohmann::ordered_json j;
    j["nodes"] = g.node_count();
    j["relationships"] = g.edge_count();
    j["labels"] = nlohmann::ordered_json::object();
    for (const auto& [name, n] : labels) j["labels"][name] = n;
    j["relationship_types"] = nlohmann::ordered_json::object();
    for (const auto& [name, n] : types) j["relationship_types"][name] = n;
    j["sources"] = sources.size();
    j["aliases"] = aliases;
    std::cout << j.dump(2) << "\n";
  } else {
    for (const auto& [name, n] : labels) std::cout << name << ": " << n << "\n";
    for (const auto& [name, n] : types) std::cout << name << ": " << n << "\n";
    std::cout << "sources: " << sources.size() << "\n";
    std::cout << "aliases: " << aliases << "\n";
  }
  return kExitOk;
}
}  // namespace

namespace {
Command register_stats(CLI::App& app) {
  auto args = std::make_shared<StatsArgs>();
  auto* cmd = app.add_subcommand("stats", "Count nodes per label, relationships per type, sources and aliases");
  add_graph_option(*cmd, args->graph);
  cmd->add_option("--format", args->format, "Output format")->check(CLI::IsMember({"text", "json"}))->capture_default_str();
  return [args] { return run_stats(*args); };
}

}  // namespace

FG_REGISTER_COMMAND("stats", register_stats);

}  // namespace fg::cli
