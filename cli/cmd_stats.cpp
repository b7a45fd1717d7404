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
  auto g = open_graph(args.graph, false);
  std::vector<std::pair<std::string, std::size_t>> labels, types;
  for (auto l : g.labels_in_use()) labels.emplace_back(g.symbol_name(l), g.nodes_with_label(l).size());
  for (auto t : g.edge_types_in_use()) types.emplace_back(g.symbol_name(t), g.edges_with_type(t).size());

  std::set<std::string> sources;
  auto collect = [&](const graph::PropertyMap& props) {
    auto sym = g.find_symbol(graph::prov::sources);
    if (!sym) return;
    if (const auto* v = props.get(*sym); v && v->is_list())
      for (const auto& s : v->as_list())
        if (s.is_string()) sources.insert(s.as_string());
  };
  std::size_t aliases = 0;
  for (graph::NodeId n = 0; n < g.node_count(); ++n) {
    collect(g.node_properties(n));
    if (const auto* a = g.node_property(n, g.key_aliases()); a && a->is_list()) aliases += a->as_list().size();
  }
  for (graph::EdgeId e = 0; e < g.edge_count(); ++e) collect(g.edge_properties(e));

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
